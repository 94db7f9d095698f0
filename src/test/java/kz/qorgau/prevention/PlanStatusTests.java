package kz.qorgau.prevention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * The National Action Plan's status rules: late once the deadline has passed without the item being done or dropped;
 * done and dropped as reported, whatever the deadline; done needs evidence, dropped a reason, late is never reported.
 */
class PlanStatusTests {

    static final LocalDate TODAY = LocalDate.of(2023, 3, 15);

    @Test
    void anItemNotDoneNorDroppedIsLateFromTheDayAfterItsDeadline() {
        assertThat(PlanStatus.of(TODAY, null, TODAY)).isEqualTo(PlanStatus.IN_PROGRESS);
        assertThat(PlanStatus.of(TODAY.minusDays(1), null, TODAY)).isEqualTo(PlanStatus.LATE);
        assertThat(PlanStatus.of(TODAY.minusDays(1), PlanStatus.IN_PROGRESS, TODAY)).isEqualTo(PlanStatus.LATE);
        assertThat(PlanStatus.of(TODAY.plusDays(1), PlanStatus.IN_PROGRESS, TODAY)).isEqualTo(PlanStatus.IN_PROGRESS);
    }

    @Test
    void doneAndDroppedStandWhateverTheDeadline() {
        assertThat(PlanStatus.of(TODAY.minusYears(1), PlanStatus.DONE, TODAY)).isEqualTo(PlanStatus.DONE);
        assertThat(PlanStatus.of(TODAY.plusYears(1), PlanStatus.DONE, TODAY)).isEqualTo(PlanStatus.DONE);
        assertThat(PlanStatus.of(TODAY.minusYears(1), PlanStatus.DROPPED, TODAY)).isEqualTo(PlanStatus.DROPPED);
        assertThat(PlanStatus.DONE.closed()).isTrue();
        assertThat(PlanStatus.LATE.closed()).isFalse();
    }

    @Test
    void doneNeedsEvidenceDroppedAReasonAndLateIsNeverReported() {
        assertThat(report(PlanStatus.DONE, null, null).errors(TODAY)).containsEntry("evidence", "plan.error.evidence");
        assertThat(report(PlanStatus.DONE, "Приказ № 1", null).errors(TODAY)).isEmpty();
        assertThat(report(PlanStatus.DROPPED, "Приказ № 1", " ").errors(TODAY)).containsEntry("reason",
                "plan.error.reason");
        assertThat(report(PlanStatus.DROPPED, null, "Утратил актуальность").errors(TODAY)).isEmpty();
        assertThat(report(PlanStatus.IN_PROGRESS, null, null).errors(TODAY)).isEmpty();
        assertThat(report(PlanStatus.LATE, null, null).errors(TODAY)).containsEntry("state", "plan.error.state");
        assertThat(new PlanCommands.Report(1L, 2024, PlanStatus.IN_PROGRESS, "Сделано", null, null).errors(TODAY))
                .containsEntry("period", "plan.error.future-period");
    }

    @Test
    void aPlanEndsNoEarlierThanItBegins() {
        assertThat(new PlanCommands.Plan("НПД", null, null, 2021, 2023).errors()).isEmpty();
        assertThat(new PlanCommands.Plan("НПД", null, null, 2024, 2023).errors()).containsEntry("lastYear",
                "plan.error.last-before-first");
        assertThat(new PlanCommands.Plan(" ", null, null, null, 2023).errors()).containsEntry("titleRu",
                "prevention.error.required").containsEntry("firstYear", "prevention.error.required");
    }

    static PlanCommands.Report report(PlanStatus state, String evidence, String reason) {
        return new PlanCommands.Report(1L, 2022, state, "Сделано", evidence, reason);
    }
}
