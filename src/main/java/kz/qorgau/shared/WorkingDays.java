package kz.qorgau.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Kazakhstan's working-day calendar, for deadlines counted in working days ("the police answer a labour inspector's
 * notification within one working day"). Saturdays and Sundays are weekends; public holidays and the days off
 * transferred from a holiday that fell on a weekend (Labour Code of the Republic of Kazakhstan, articles 84–85) come
 * from the reference file {@value #REFERENCE}, which lists them for the years in its {@code # years:} line.
 * <p>
 * A date outside those years is refused with an {@link IllegalStateException} rather than counted with weekends
 * only: a stale calendar must be noticed and its file extended, not produce deadlines that ignore holidays.
 */
public final class WorkingDays {

    public static final String REFERENCE = "reference/kz-non-working-days.csv";

    private final String version;
    private final int firstYear;
    private final int lastYear;
    private final Map<LocalDate, NonWorkingDay> nonWorkingDays;

    private WorkingDays(String version, int firstYear, int lastYear, Map<LocalDate, NonWorkingDay> nonWorkingDays) {
        this.version = version;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.nonWorkingDays = Collections.unmodifiableMap(nonWorkingDays);
    }

    /** The calendar of {@value #REFERENCE} on the class path. */
    public static WorkingDays fromReference() {
        try (InputStream in = WorkingDays.class.getClassLoader().getResourceAsStream(REFERENCE)) {
            if (in == null) {
                throw new IllegalStateException(REFERENCE + " is not on the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The calendar of the lines of a reference file: comment lines starting with {@code #}, among them
     * {@code # version: ...} and {@code # years: first-last}, then the header {@code date,kind,name} and one row per
     * non-working day other than a weekend. A row outside the years or a date listed twice is refused.
     */
    static WorkingDays parse(List<String> lines) {
        String version = null;
        Integer firstYear = null;
        Integer lastYear = null;
        Map<LocalDate, NonWorkingDay> days = new TreeMap<>();
        boolean header = false;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            if (line.startsWith("#")) {
                String comment = line.substring(1).strip();
                if (comment.startsWith("version:")) {
                    version = comment.substring("version:".length()).strip();
                } else if (comment.startsWith("years:")) {
                    String[] range = comment.substring("years:".length()).strip().split("-");
                    firstYear = Integer.parseInt(range[0].strip());
                    lastYear = Integer.parseInt(range[range.length - 1].strip());
                }
                continue;
            }
            if (!header) {
                if (!line.strip().equals("date,kind,name")) {
                    throw new IllegalStateException(REFERENCE + ": expected the header date,kind,name, not " + line);
                }
                header = true;
                continue;
            }
            NonWorkingDay day = NonWorkingDay.of(line);
            if (firstYear == null || lastYear == null || day.date().getYear() < firstYear
                    || day.date().getYear() > lastYear) {
                throw new IllegalStateException(REFERENCE + ": " + day.date() + " is outside the years listed");
            }
            if (days.put(day.date(), day) != null) {
                throw new IllegalStateException(REFERENCE + ": " + day.date() + " is listed twice");
            }
        }
        if (version == null || firstYear == null) {
            throw new IllegalStateException(REFERENCE + " has no '# version:' or '# years:' line");
        }
        return new WorkingDays(version, firstYear, lastYear, days);
    }

    /** The version of the reference data ({@code # version:}), to show which calendar a deadline was counted by. */
    public String version() {
        return version;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** The holidays and transferred days off listed, by date. */
    public Map<LocalDate, NonWorkingDay> nonWorkingDays() {
        return nonWorkingDays;
    }

    /** Not a Saturday, a Sunday, a public holiday or a day off transferred from one. */
    public boolean isWorkingDay(LocalDate date) {
        int year = date.getYear();
        if (year < firstYear || year > lastYear) {
            throw new IllegalStateException("no non-working days for year " + year + " in " + REFERENCE);
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !nonWorkingDays.containsKey(date);
    }

    /**
     * The n-th working day after {@code from}, {@code from} itself not counted whether it is a working day or not:
     * from a Friday, 1 gives the Monday; from the day before a run of holidays, 1 gives the first working day after
     * it. With 0, {@code from} itself.
     */
    public LocalDate plusWorkingDays(LocalDate from, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days to add must not be negative: " + days);
        }
        LocalDate date = from;
        for (int left = days; left > 0;) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    /**
     * When a deadline of {@code workingDays} working days that starts at {@code start} runs out: the start of the day
     * after the last working day, in the zone (Asia/Almaty for Kazakhstan). Exclusive: an answer is in time when it
     * comes before this instant, and a notification at 17:00 on a Friday with one working day is answered in time
     * until Monday ends.
     */
    public Instant deadline(Instant start, int workingDays, ZoneId zone) {
        LocalDate last = plusWorkingDays(start.atZone(zone).toLocalDate(), workingDays);
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Why a day listed in the reference file is not a working day. */
    public enum Kind {
        /** A public holiday (Labour Code, article 84). */
        HOLIDAY,
        /**
         * The working day after a public holiday that fell on a Saturday or Sunday (Labour Code, article 85); never for
         * the religious holidays (Orthodox Christmas, Kurban ait).
         */
        TRANSFERRED_DAY_OFF
    }

    /** A row of the reference file. */
    public record NonWorkingDay(LocalDate date, Kind kind, String name) {

        static NonWorkingDay of(String row) {
            String[] cells = row.split(",", 3);
            if (cells.length != 3) {
                throw new IllegalStateException(REFERENCE + ": expected date,kind,name, not " + row);
            }
            try {
                return new NonWorkingDay(LocalDate.parse(cells[0].strip()), Kind.valueOf(cells[1].strip()), cells[2]
                        .strip());
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalStateException(REFERENCE + ": not a date, a kind and a name: " + row, e);
            }
        }
    }
}
