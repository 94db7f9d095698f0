package kz.qorgau.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The benchmark volume of the demo cases (qorgau.demo.scale): seeded, and proportional to the volume. */
class ScaledDemoPlanTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void theSameVolumeGivesTheSameCases() {
        assertThat(RandomCasePlan.volume(2017, TODAY, 18)).isEqualTo(RandomCasePlan.volume(2017, TODAY, 18));
        assertThat(RandomCasePlan.volume(2017, TODAY, 18)).isNotEqualTo(RandomCasePlan.volume(2017, TODAY, 20));
    }

    @Test
    void volumeMultipliesARandomYearsCasesStagesAndExtraditions() {
        int volume = 2 * 9;
        DemoCasePlan plan = RandomCasePlan.volume(2017, TODAY, volume);
        int years = TODAY.getYear() - 2017 + 1;
        // 10 to 14 cases, 1 or 2 stages, 1 to 3 requests a year at volume 1
        assertThat(plan.stories()).hasSizeBetween(10 * volume * years, 15 * volume * years);
        assertThat(plan.operations()).hasSizeBetween(volume * years, 2 * volume * years);
        assertThat(plan.extraditions()).hasSizeBetween(volume * years, 3 * volume * years);
        assertThat(plan.stories()).allSatisfy(story -> assertThat(story.registered().from().getYear()).isBetween(2017,
                TODAY.getYear()));
    }
}
