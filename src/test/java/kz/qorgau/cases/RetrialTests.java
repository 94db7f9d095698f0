package kz.qorgau.cases;

import static kz.qorgau.cases.CriminalCaseTests.INVESTIGATOR;
import static kz.qorgau.cases.CriminalCaseTests.NOW;
import static kz.qorgau.cases.CriminalCaseTests.REGISTERED;
import static kz.qorgau.cases.CriminalCaseTests.TODAY;
import static kz.qorgau.cases.CriminalCaseTests.acquittal;
import static kz.qorgau.cases.CriminalCaseTests.assertRefused;
import static kz.qorgau.cases.CriminalCaseTests.conviction;
import static kz.qorgau.cases.CriminalCaseTests.inCourt;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A retrial ordered on appeal: the defendant is tried again at first instance and gets a verdict of its own. */
class RetrialTests {

    static ProceduralEvent.Details appeal(LocalDate date, AppealOutcome outcome) {
        return new ProceduralEvent.Details(EventType.APPEAL, date, null, null, 0, null, outcome, null, null, null);
    }

    static CriminalCase convictedThenRetried() {
        CriminalCase criminalCase = inCourt();
        criminalCase.record(conviction(REGISTERED.plusMonths(8), Sentence.imprisonment(84)), INVESTIGATOR, TODAY, NOW);
        criminalCase.record(appeal(REGISTERED.plusMonths(11), AppealOutcome.RETRIAL_ORDERED), INVESTIGATOR, TODAY, NOW);
        return criminalCase;
    }

    @Test
    void theRetrialOrderedOnAppealGetsItsOwnVerdictAndTheFirstStaysInTheHistory() {
        CriminalCase criminalCase = convictedThenRetried();
        assertThat(criminalCase.status()).as("back in court until the retrial's verdict").isEqualTo(
                CaseStatus.IN_COURT);
        assertThat(criminalCase.verdicts(TODAY)).isEmpty();

        criminalCase.record(acquittal(REGISTERED.plusMonths(15), null), INVESTIGATOR, TODAY, NOW);

        assertThat(criminalCase.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(criminalCase.verdicts(TODAY)).containsEntry(0, VerdictOutcome.ACQUITTED);
        assertThat(criminalCase.timeline(TODAY).effective).extracting(event -> event.details().type())
                .containsExactly(EventType.REGISTERED, EventType.SENT_TO_COURT, EventType.VERDICT, EventType.APPEAL,
                        EventType.VERDICT);
        assertThat(criminalCase.timeline(TODAY).effective.get(2).details().occurredOn())
                .as("the first verdict keeps its date").isEqualTo(REGISTERED.plusMonths(8));
    }

    @Test
    void onlyAnAppealThatOrderedARetrialOpensASecondVerdict() {
        CriminalCase criminalCase = inCourt();
        criminalCase.record(conviction(REGISTERED.plusMonths(8), Sentence.imprisonment(84)), INVESTIGATOR, TODAY, NOW);
        criminalCase.record(appeal(REGISTERED.plusMonths(10), AppealOutcome.UPHELD), INVESTIGATOR, TODAY, NOW);
        assertRefused(criminalCase, () -> criminalCase.record(acquittal(REGISTERED.plusMonths(12), null), INVESTIGATOR,
                TODAY, NOW), "case.error.verdict-twice");
    }

    @Test
    void noAppealWhileTheRetrialIsPendingAndTheNextAppealIsAgainstTheRetrialsVerdict() {
        CriminalCase criminalCase = convictedThenRetried();
        assertRefused(criminalCase, () -> criminalCase.record(appeal(REGISTERED.plusMonths(12), AppealOutcome.UPHELD),
                INVESTIGATOR, TODAY, NOW), "case.error.appeal-before-verdict");
        criminalCase.record(conviction(REGISTERED.plusMonths(14), Sentence.imprisonment(60)), INVESTIGATOR, TODAY, NOW);
        criminalCase.record(appeal(REGISTERED.plusMonths(16), AppealOutcome.UPHELD), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.status()).isEqualTo(CaseStatus.DECIDED);
    }

    @Test
    void withdrawingTheAppealThatOrderedTheRetrialIsRefusedOnceTheRetrialHasAVerdict() {
        CriminalCase criminalCase = convictedThenRetried();
        criminalCase.record(conviction(REGISTERED.plusMonths(14), Sentence.imprisonment(60)), INVESTIGATOR, TODAY, NOW);
        assertRefused(criminalCase, () -> criminalCase.retract(3, INVESTIGATOR, TODAY, NOW),
                "case.error.verdict-twice");
    }
}
