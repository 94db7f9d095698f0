package kz.qorgau.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

/** Today is Kazakhstan's date, not the UTC clock's: they differ between midnight and five in Almaty. */
class TodayTests {

    static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    static Today at(String instant) {
        return new Today(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC), ALMATY);
    }

    @Test
    void at2330UtcItIsAlreadyTheNextDayInAlmaty() {
        Today today = at("2026-03-14T23:30:00Z");
        assertThat(LocalDate.now(Clock.fixed(Instant.parse("2026-03-14T23:30:00Z"), ZoneOffset.UTC)))
                .isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(today.date()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(at("2026-03-14T18:59:59Z").date()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(at("2026-03-14T19:00:00Z").date()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void onNewYearsNightInAlmatyTheYearIsTheNewOneAndNextYearMayBeAskedAbout() {
        Today today = at("2026-12-31T23:30:00Z");
        assertThat(today.year()).isEqualTo(Year.of(2027));
        assertThat(PlausibleYear.Validator.last(today)).isEqualTo(2028);
        assertThat(new PlausibleYear.Validator(today).isValid(2028, null)).isTrue();
        assertThat(new PlausibleYear.Validator(today).isValid(2029, null)).isFalse();
    }
}
