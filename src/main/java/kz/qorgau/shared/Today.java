package kz.qorgau.shared;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

/**
 * Today where Qorgau is used: the date every rule and form compares with, from the injected clock in the configured
 * time zone ({@code qorgau.time-zone}, Asia/Almaty by default). Dates of records are local dates in Kazakhstan; the
 * clock is UTC, whose own date is still yesterday's between midnight and five in the morning in Almaty.
 */
public final class Today {

    private final Clock clock;
    private final ZoneId zone;

    public Today(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Year year() {
        return Year.from(date());
    }

    public ZoneId zone() {
        return zone;
    }
}
