package kz.qorgau.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import kz.qorgau.shared.ExploitationForm;

/** The demo's plans on their own (what they produce through the services: DemoCasesTests). */
class DemoCasePlanTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void closedYearsLeaveNoCaseOpenAndEndBeforeTheYearsTheScriptReproduces() {
        DemoCasePlan plan = RandomCasePlan.closed(2017, 2018, DemoCases.CLOSED_BEFORE);
        assertThat(plan.stories()).isNotEmpty().allSatisfy(story -> {
            assertThat(story.registered().from().getYear()).isBetween(2017, 2018);
            DemoStory.Step last = story.steps().getLast();
            assertThat(last).isInstanceOfAny(DemoStory.Terminated.class, DemoStory.Verdict.class);
            assertThat(last.when().to()).isBefore(DemoCases.CLOSED_BEFORE);
        });
        assertThat(plan.extraditions()).allSatisfy(request -> assertThat(request.executedOn()).isBefore(
                DemoCases.CLOSED_BEFORE));
        assertThat(plan.operations()).allSatisfy(operation -> assertThat(operation.endedOn()).isBefore(
                DemoCases.CLOSED_BEFORE));
    }

    @Test
    void randomYearsAreTheSameAtEveryStartWhateverTheDay() {
        assertThat(RandomCasePlan.open(2023, TODAY)).isEqualTo(RandomCasePlan.open(2023, TODAY));
        // a year later the same years come first, followed by the new one
        DemoCasePlan later = RandomCasePlan.open(2023, TODAY.plusYears(1));
        assertThat(later.stories()).startsWith(RandomCasePlan.open(2023, TODAY).stories().toArray(DemoStory[]::new));
    }

    @Test
    void theScriptUsesOnlyTheDemoRegionsAndRegistersInItsOwnYears() {
        DemoCasePlan script = DemoCasePlan.scripted();
        assertThat(script.stories()).allSatisfy(story -> {
            assertThat(DemoCasePlan.REGIONS).containsAll(story.regions());
            assertThat(story.registered().from().getYear())
                    .isBetween(DemoCasePlan.FIRST_SCRIPTED_YEAR, DemoCasePlan.LAST_SCRIPTED_YEAR);
        });
    }

    @Test
    void theCasesOfAStorySpreadOverEachSpanFromItsFirstToItsLastDay() {
        DemoStory.Span span = DemoStory.Span.of("2022-03", "2022-10");
        assertThat(span.nth(0, 6)).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(span.nth(5, 6)).isEqualTo(LocalDate.of(2022, 10, 31));
        assertThat(span.nth(0, 1)).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(DemoStory.Span.of("2022-03-14", "2022-03-14").nth(0, 1)).isEqualTo(LocalDate.of(2022, 3, 14));
    }

    @Test
    void aStepThatCouldComeBeforeThePreviousOneIsRefused() {
        DemoStory story = DemoStory.of(3, ExploitationForm.SEXUAL_EXPLOITATION, "128").registered("2021-01", "2021-06");
        assertThatThrownBy(() -> story.sentToCourt("2021-05", "2021-09")).isInstanceOf(IllegalArgumentException.class);
        assertThat(story.sentToCourt("2021-06-30", "2021-09").steps()).hasSize(1);
    }
}
