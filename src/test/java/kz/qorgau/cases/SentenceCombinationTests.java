package kz.qorgau.cases;

import static kz.qorgau.cases.CriminalCaseTests.INVESTIGATOR;
import static kz.qorgau.cases.CriminalCaseTests.NOW;
import static kz.qorgau.cases.CriminalCaseTests.REGISTERED;
import static kz.qorgau.cases.CriminalCaseTests.TODAY;
import static kz.qorgau.cases.CriminalCaseTests.assertRefused;
import static kz.qorgau.cases.CriminalCaseTests.conviction;
import static kz.qorgau.cases.CriminalCaseTests.inCourt;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The sentences the Criminal Code allows one person in one verdict: one main punishment (art. 40), a suspended
 * term being imprisonment or restriction of liberty not served (art. 63); a fine and confiscation beside it.
 */
class SentenceCombinationTests {

    @Test
    void refusesRealImprisonmentTogetherWithASuspendedTerm() {
        CriminalCase criminalCase = inCourt();
        assertRefused(criminalCase, () -> criminalCase.record(conviction(REGISTERED.plusMonths(8),
                new Sentence(48, 24, 12, null, null, false, false)), INVESTIGATOR, TODAY, NOW),
                "case.error.sentence-combination");
    }

    @Test
    void refusesTwoMainPunishmentsOfLiberty() {
        CriminalCase criminalCase = inCourt();
        assertRefused(criminalCase, () -> criminalCase.record(conviction(REGISTERED.plusMonths(8),
                new Sentence(48, null, null, 12, null, false, false)), INVESTIGATOR, TODAY, NOW),
                "case.error.sentence-combination");
        assertRefused(criminalCase, () -> criminalCase.record(conviction(REGISTERED.plusMonths(8),
                new Sentence(null, 24, 12, 12, null, false, false)), INVESTIGATOR, TODAY, NOW),
                "case.error.sentence-combination");
    }

    @Test
    void imprisonmentMayComeWithAFineAndConfiscation() {
        CriminalCase criminalCase = inCourt();
        criminalCase.record(conviction(REGISTERED.plusMonths(8), new Sentence(48, null, null, null, 500_000L, false,
                true)), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.verdicts(TODAY)).containsEntry(0, VerdictOutcome.CONVICTED);
    }

    @Test
    void anAppealCannotChangeASentenceIntoAForbiddenCombinationNorCanACorrection() {
        CriminalCase criminalCase = inCourt();
        criminalCase.record(conviction(REGISTERED.plusMonths(8), Sentence.imprisonment(48)), INVESTIGATOR, TODAY, NOW);
        int verdict = criminalCase.events().size() - 1;
        assertRefused(criminalCase, () -> criminalCase.record(new ProceduralEvent.Details(EventType.APPEAL,
                REGISTERED.plusMonths(10), null, null, 0, null, AppealOutcome.SENTENCE_CHANGED, null, null,
                new Sentence(36, 12, null, null, null, false, false)), INVESTIGATOR, TODAY, NOW),
                "case.error.sentence-combination");
        assertRefused(criminalCase, () -> criminalCase.correct(verdict, conviction(REGISTERED.plusMonths(8),
                new Sentence(36, 12, null, null, null, false, false)), INVESTIGATOR, TODAY, NOW),
                "case.error.sentence-combination");
    }
}
