package kz.qorgau.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Deadlines in working days by Kazakhstan's calendar of weekends, public holidays and transferred days off. */
class WorkingDaysTests {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    final WorkingDays workingDays = WorkingDays.fromReference();

    @Test
    void oneWorkingDayAfterAFridayIsTheMonday() {
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 14), 1)).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 18));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 2, 13), 0)).isEqualTo(LocalDate.of(2026, 2, 13));
    }

    @Test
    void oneWorkingDayAfterTheDayBeforeNauryzIsTheFirstWorkingDayAfterIt() {
        // Nauryz 2022: 21 to 23 March, Monday to Wednesday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2022, 3, 21))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2022, 3, 23))).isFalse();
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2022, 3, 18), 1)).isEqualTo(LocalDate.of(2022, 3, 24));
    }

    @Test
    void aFridayHolidayFollowedByASundayHolidayGivesTheMondayOff() {
        // 7 May 2021, Defender of the Fatherland Day, a Friday; 9 May, Victory Day, a Sunday: Monday 10 May is off
        LocalDate thursday = LocalDate.of(2021, 5, 6);
        assertThat(workingDays.isWorkingDay(thursday)).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2021, 5, 7))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2021, 5, 10))).isFalse();
        assertThat(workingDays.nonWorkingDays().get(LocalDate.of(2021, 5, 10)).kind())
                .isEqualTo(WorkingDays.Kind.TRANSFERRED_DAY_OFF);
        assertThat(workingDays.plusWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2021, 5, 11));
    }

    @Test
    void aTransferredDayOffIsNotAWorkingDay() {
        // Nauryz 2026: 21 and 22 March are a Saturday and a Sunday, so 24 and 25 March are off after Monday 23
        assertThat(workingDays.nonWorkingDays().get(LocalDate.of(2026, 3, 24)).kind())
                .isEqualTo(WorkingDays.Kind.TRANSFERRED_DAY_OFF);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 24))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 3, 25))).isFalse();
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 3, 20), 1)).isEqualTo(LocalDate.of(2026, 3, 26));
    }

    @Test
    void religiousHolidaysOnAWeekendGiveNoDayOff() {
        // Orthodox Christmas 2023 was a Saturday; Kurban ait 2024 a Sunday
        assertThat(workingDays.isWorkingDay(LocalDate.of(2023, 1, 9))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2024, 6, 17))).isTrue();
    }

    @Test
    void theDeadlineIsTheStartOfTheDayAfterTheLastWorkingDayInAlmaty() {
        // a notification at 17:00 on Friday 13 February 2026 in Almaty (UTC+5) is answered in time until Monday ends
        Instant friday = Instant.parse("2026-02-13T12:00:00Z");
        assertThat(workingDays.deadline(friday, 1, ALMATY)).isEqualTo(Instant.parse("2026-02-16T19:00:00Z"));
        // 23:30 on Friday in Almaty is still Friday there, though 18:30 UTC
        assertThat(workingDays.deadline(Instant.parse("2026-02-13T18:30:00Z"), 1, ALMATY))
                .isEqualTo(Instant.parse("2026-02-16T19:00:00Z"));
    }

    @Test
    void aYearTheReferenceDataDoesNotCoverIsRefused() {
        assertThatThrownBy(() -> workingDays.isWorkingDay(LocalDate.of(2031, 6, 2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no non-working days for year 2031 in reference/kz-non-working-days.csv");
        assertThatThrownBy(() -> workingDays.plusWorkingDays(LocalDate.of(2016, 12, 30), 1))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> workingDays.plusWorkingDays(LocalDate.of(2027, 12, 31), 1))
                .hasMessageContaining("2028");
    }

    @Test
    void theReferenceFileListsEachDayOnceWithinItsYearsAndSaysItsVersion() throws IOException {
        assertThat(workingDays.version()).isEqualTo("2026-12-06");
        assertThat(workingDays.firstYear()).isEqualTo(2017);
        assertThat(workingDays.lastYear()).isEqualTo(2027);

        List<String> rows;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(WorkingDays.REFERENCE)) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).skip(1).toList();
        }
        Set<LocalDate> dates = new HashSet<>();
        for (String row : rows) {
            LocalDate date = LocalDate.parse(row.substring(0, row.indexOf(',')));
            assertThat(dates.add(date)).as("listed once: %s", row).isTrue();
            assertThat(date.getYear()).as(row).isBetween(2017, 2027);
        }
        assertThat(workingDays.nonWorkingDays()).hasSize(rows.size());
        for (WorkingDays.NonWorkingDay day : workingDays.nonWorkingDays().values()) {
            if (day.kind() == WorkingDays.Kind.TRANSFERRED_DAY_OFF) {
                assertThat(day.date().getDayOfWeek()).as(day.toString()).isNotIn(DayOfWeek.SATURDAY,
                        DayOfWeek.SUNDAY);
            }
        }
        for (int year = 2017; year <= 2027; year++) {
            assertThat(workingDays.nonWorkingDays()).containsKeys(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 22),
                    LocalDate.of(year, 12, 16));
        }
    }

    @Test
    void aRowOutsideTheYearsOrADateListedTwiceIsRefused() {
        List<String> head = List.of("# version: test", "# years: 2020-2020", "date,kind,name");
        assertThatThrownBy(() -> WorkingDays.parse(concat(head, "2021-01-01,HOLIDAY,New Year")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> WorkingDays.parse(concat(head, "2020-01-01,HOLIDAY,New Year",
                "2020-01-01,HOLIDAY,New Year"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("twice");
    }

    static List<String> concat(List<String> head, String... rows) {
        return Stream.concat(head.stream(), Arrays.stream(rows)).toList();
    }
}
