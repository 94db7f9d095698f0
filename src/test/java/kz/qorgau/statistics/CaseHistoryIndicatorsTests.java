package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kz.qorgau.cases.AppealOutcome;
import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.EventType;
import kz.qorgau.cases.Sentence;
import kz.qorgau.cases.TerminationReason;
import kz.qorgau.cases.VerdictOutcome;
import kz.qorgau.shared.ExploitationForm;

/**
 * How the figures of a year follow a case's later history: retrials ordered on appeal, requalifications and
 * reopened investigations, on cases of a region the demo data leaves alone (Kyzylorda region), in 2023–2025 (after
 * the years whose national figures the demo data reproduces). Each case is one statement of a rule.
 */
class CaseHistoryIndicatorsTests extends RegionalIndicatorsTests {

    CaseHistoryIndicatorsTests() {
        super("KZ-43", 66_000_000_000L);
    }

    @Override
    void recordCases() {
        // R1: convicted in 2023; the appeal ordered a retrial in 2024, which convicted again in 2024: one
        // conviction in each year, the one of 2023 standing
        long r1 = register("2023-01-10", ExploitationForm.FORCED_LABOUR);
        suspect(r1, person(), false, null, null);
        record(r1, court("2023-03-01"));
        record(r1, verdict("2023-06-01", VerdictOutcome.CONVICTED, Sentence.imprisonment(60)));
        record(r1, appeal("2024-02-01", AppealOutcome.RETRIAL_ORDERED));
        record(r1, verdict("2024-09-01", VerdictOutcome.CONVICTED, Sentence.imprisonment(48)));
        // R2: convicted in March 2024, retrial ordered in May, acquitted in October: the last verdict of 2024
        // counts, so no conviction in 2024
        long r2 = register("2023-02-10", ExploitationForm.FORCED_LABOUR);
        suspect(r2, person(), false, null, null);
        record(r2, court("2023-11-01"));
        record(r2, verdict("2024-03-01", VerdictOutcome.CONVICTED, Sentence.imprisonment(36)));
        record(r2, appeal("2024-05-01", AppealOutcome.RETRIAL_ORDERED));
        record(r2, verdict("2024-10-01", VerdictOutcome.ACQUITTED, null));
        // T1: registered in 2023, terminated on 1 January 2024: open when 2024 began, so continued in 2024
        long t1 = register("2023-03-10", ExploitationForm.SEXUAL_EXPLOITATION);
        record(t1, terminated("2024-01-01"));
        // T2: terminated in 2023, reopened in 2024 and terminated again in 2024: continued and reopened in 2024
        long t2 = register("2023-04-10", ExploitationForm.SEXUAL_EXPLOITATION);
        record(t2, terminated("2023-08-01"));
        record(t2, investigation(EventType.REOPENED, "2024-04-01", null));
        record(t2, terminated("2024-10-01"));
    }

    @Test
    void aRetrialsVerdictCountsInItsYearAndTheSetAsideVerdictStaysInItsOwn() {
        assertThat(figures(2023)).containsEntry("convictions.persons", 1L)
                .containsEntry("convictions.persons.forced_labour", 1L)
                .containsEntry("sentences.imprisonment.max_months", 60);
        assertThat(figures(2024)).as("R1's retrial conviction; R2's conviction replaced by its retrial's acquittal")
                .containsEntry("convictions.persons", 1L)
                .containsEntry("sentences.imprisonment.persons", 1L)
                .containsEntry("sentences.imprisonment.max_months", 48);
    }

    @Test
    void aCaseClosedOnTheFirstDayOfTheYearWasOpenWhenItBeganAndIsContinued() {
        // R1 and R2 were sent to court in 2023; T1 and T2 are the continued investigations of 2024
        assertThat(figures(2024)).containsEntry("investigations.continued", 2L)
                .containsEntry("investigations.continued.sexual_exploitation", 2L);
        assertThat(figures(2025)).as("nothing open in 2025").containsEntry("investigations.continued", 0L);
    }

    @Test
    void aCaseTerminatedBeforeTheYearAndReopenedInItIsContinuedAndReopened() {
        assertThat(figures(2024)).containsEntry("cases.reopened", 1L);
        assertThat(figures(2023)).containsEntry("cases.reopened", 0L)
                .as("T2 was registered in 2023 and counts there as initiated, not continued")
                .containsEntry("investigations.continued", 0L);
    }

    private static CaseCommands.Event verdict(String date, VerdictOutcome outcome, Sentence sentence) {
        boolean convicted = outcome == VerdictOutcome.CONVICTED;
        return verdict(0, date, outcome, convicted ? "128" : null, convicted ? 1 : null, sentence);
    }

    private static CaseCommands.Event terminated(String date) {
        return investigation(EventType.TERMINATED, date, TerminationReason.INSUFFICIENT_EVIDENCE);
    }

    private static CaseCommands.Event appeal(String date, AppealOutcome outcome) {
        return appeal(0, date, outcome);
    }
}
