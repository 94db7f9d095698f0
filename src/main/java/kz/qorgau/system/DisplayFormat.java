package kz.qorgau.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

import kz.qorgau.shared.Today;

/**
 * Dates and times as the views show them, in Kazakhstan's time zone (configurable). Available in
 * templates as {@code @fmt}.
 */
@Component("fmt")
public class DisplayFormat {

    private final ZoneId zone;
    private final Today today;
    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter dateTimeSeconds;

    DisplayFormat(Today today) {
        this.zone = today.zone();
        this.today = today;
        this.date = DateTimeFormatter.ofPattern("dd.MM.yyyy").withZone(this.zone);
        this.dateTime = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(this.zone);
        this.dateTimeSeconds = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss").withZone(this.zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** Today's date where the system is used (dates of records are local dates in Kazakhstan): {@link Today}. */
    public LocalDate today() {
        return today.date();
    }

    /** A sum or a count with its thousands apart by a space, as the reports print them; a dash for none. */
    public String amount(Number value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%,d", value.longValue()).replace(',', ' ');
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    public String date(LocalDate day) {
        return day == null ? "" : DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    public String dateTimeSeconds(Instant instant) {
        return instant == null ? "" : dateTimeSeconds.format(instant);
    }
}
