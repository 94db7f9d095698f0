package kz.qorgau.cases;

import static kz.qorgau.cases.CriminalCaseTests.INVESTIGATOR;
import static kz.qorgau.cases.CriminalCaseTests.NOW;
import static kz.qorgau.cases.CriminalCaseTests.REGISTERED;
import static kz.qorgau.cases.CriminalCaseTests.TODAY;
import static kz.qorgau.cases.CriminalCaseTests.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Permission;

/**
 * A requalification is a dated entry of the case's timeline: the qualification in force on a date is the last one
 * dated on or before it, the registration's first, so that what was counted before a requalification stays as it
 * was.
 */
class RequalificationTests {

    static final Qualification FORCED_LABOUR = new Qualification(List.of(new Charge("128", 3)),
            Set.of(ExploitationForm.FORCED_LABOUR), Set.of(CaseFlag.TRANSNATIONAL));
    static final Qualification UNSPECIFIED = new Qualification(List.of(new Charge("128", 1)), Set.of(), Set.of());

    @Test
    void theRegistrationCarriesTheFirstQualification() {
        CriminalCase criminalCase = CriminalCaseTests.registered();
        Timeline timeline = criminalCase.timeline(TODAY);
        assertThat(timeline.qualificationOn(REGISTERED.minusDays(1))).isEmpty();
        assertThat(timeline.qualificationOn(REGISTERED)).get()
                .isEqualTo(new Qualification(List.of(new Charge("128", 2)), Set.of(
                        ExploitationForm.SEXUAL_EXPLOITATION),
                        Set.of()));
        assertThat(criminalCase.registrationQualification()).isEqualTo(timeline.qualification());
    }

    @Test
    void aRequalificationIsInForceFromItsDateAndTheEarlierQualificationBeforeIt() {
        CriminalCase criminalCase = CriminalCaseTests.registered();
        int seq = criminalCase.requalify(FORCED_LABOUR, REGISTERED.plusYears(1), INVESTIGATOR, TODAY, NOW);

        assertThat(criminalCase.events().get(seq).type()).isEqualTo(EventType.REQUALIFIED);
        assertThat(criminalCase.forms()).as("the current qualification is the latest")
                .containsExactly(ExploitationForm.FORCED_LABOUR);
        assertThat(criminalCase.charges()).containsExactly(new Charge("128", 3));
        assertThat(criminalCase.flags()).containsExactly(CaseFlag.TRANSNATIONAL);
        Timeline timeline = criminalCase.timeline(TODAY);
        assertThat(timeline.qualificationOn(REGISTERED.plusYears(1).minusDays(1))).get()
                .extracting(Qualification::forms).isEqualTo(Set.of(ExploitationForm.SEXUAL_EXPLOITATION));
        assertThat(timeline.qualificationOn(REGISTERED.plusYears(1))).contains(FORCED_LABOUR);
        assertThat(criminalCase.status()).as("a requalification changes no status").isEqualTo(CaseStatus.INVESTIGATION);
    }

    @Test
    void aRequalificationMayBeDatedBeforeLaterEventsButNotBeforeTheQualificationItReplaces() {
        CriminalCase criminalCase = CriminalCaseTests.registered();
        criminalCase.record(CriminalCaseTests.suspended(REGISTERED.plusMonths(6)), INVESTIGATOR, TODAY, NOW);
        criminalCase.requalify(FORCED_LABOUR, REGISTERED.plusMonths(2), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.status()).isEqualTo(CaseStatus.SUSPENDED);
        assertThat(criminalCase.timeline(TODAY).qualificationOn(REGISTERED.plusMonths(3))).contains(FORCED_LABOUR);

        assertRefused(criminalCase, () -> criminalCase.requalify(UNSPECIFIED, REGISTERED.plusMonths(1), INVESTIGATOR,
                TODAY, NOW), "case.error.requalification-order");
        assertRefused(criminalCase, () -> criminalCase.requalify(UNSPECIFIED, REGISTERED.minusDays(1), INVESTIGATOR,
                TODAY, NOW), "case.error.event-before-registration");
        assertRefused(criminalCase, () -> criminalCase.requalify(UNSPECIFIED, TODAY.plusDays(1), INVESTIGATOR,
                TODAY, NOW), "case.error.future-date");
        assertRefused(criminalCase, () -> criminalCase.requalify(UNSPECIFIED, null, INVESTIGATOR, TODAY, NOW),
                "case.error.date-required");
        assertRefused(criminalCase, () -> criminalCase.requalify(new Qualification(List.of(), Set.of(), Set.of()),
                REGISTERED.plusMonths(3), INVESTIGATOR, TODAY, NOW), "case.error.no-charge");
        assertThat(criminalCase.forms()).as("refusals changed nothing").containsExactly(ExploitationForm.FORCED_LABOUR);
    }

    @Test
    void twoRequalificationsOfOneDayLeaveTheLaterInForce() {
        CriminalCase criminalCase = CriminalCaseTests.registered();
        criminalCase.requalify(FORCED_LABOUR, REGISTERED, INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.timeline(TODAY).qualificationOn(REGISTERED)).as("the registration's is replaced")
                .contains(FORCED_LABOUR);
        criminalCase.requalify(UNSPECIFIED, REGISTERED, INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.timeline(TODAY).qualificationOn(REGISTERED)).contains(UNSPECIFIED);
        assertThat(criminalCase.forms()).isEmpty();
    }

    @Test
    void aDecidedCaseIsNotRequalifiedAndItsRequalificationsAreNotWithdrawn() {
        CriminalCase criminalCase = CriminalCaseTests.withDefendant();
        int requalified = criminalCase.requalify(FORCED_LABOUR, REGISTERED.plusMonths(1), INVESTIGATOR, TODAY, NOW);
        criminalCase.record(CriminalCaseTests.sentToCourt(REGISTERED.plusMonths(4)), INVESTIGATOR, TODAY, NOW);
        criminalCase.record(CriminalCaseTests.conviction(REGISTERED.plusMonths(8), Sentence.imprisonment(60)),
                INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.status()).isEqualTo(CaseStatus.DECIDED);

        assertRefused(criminalCase, () -> criminalCase.requalify(UNSPECIFIED, REGISTERED.plusMonths(9), INVESTIGATOR,
                TODAY, NOW), "case.error.decided");
        assertRefused(criminalCase, () -> criminalCase.retract(requalified, INVESTIGATOR, TODAY, NOW),
                "case.error.decided");
        assertThat(criminalCase.allowedActions(criminalCase.timeline(TODAY), permission -> true).mayCorrect(
                requalified))
                .isFalse();
    }

    @Test
    void aWithdrawnRequalificationPutsTheEarlierQualificationBackInForce() {
        CriminalCase criminalCase = CriminalCaseTests.registered();
        int requalified = criminalCase.requalify(FORCED_LABOUR, REGISTERED.plusMonths(1), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.allowedActions(criminalCase.timeline(TODAY),
                permission -> permission == Permission.CASES_QUALIFY).mayCorrect(requalified))
                .as("withdrawn by whoever may qualify the case").isTrue();

        criminalCase.retract(requalified, INVESTIGATOR, TODAY, NOW);

        assertThat(criminalCase.forms()).containsExactly(ExploitationForm.SEXUAL_EXPLOITATION);
        assertThat(criminalCase.timeline(TODAY).qualifications).hasSize(1);
        assertThat(criminalCase.events().get(requalified).type()).as("the withdrawn entry stays in the history")
                .isEqualTo(EventType.REQUALIFIED);
    }

    @Test
    void aRequalificationIsRecordedOnlyAsSuchAndWithdrawnRatherThanCorrected() {
        CriminalCase criminalCase = CriminalCaseTests.registered();
        assertRefused(criminalCase, () -> criminalCase.record(CriminalCaseTests.event(EventType.REQUALIFIED,
                REGISTERED.plusDays(1)), INVESTIGATOR, TODAY, NOW), "case.error.requalification-by-qualification");
        int requalified = criminalCase.requalify(FORCED_LABOUR, REGISTERED.plusMonths(1), INVESTIGATOR, TODAY, NOW);
        assertRefused(criminalCase, () -> criminalCase.correct(requalified, CriminalCaseTests.event(
                EventType.REQUALIFIED,
                REGISTERED.plusMonths(2)), INVESTIGATOR, TODAY, NOW), "case.error.requalification-correction");
    }

    @Test
    void aCorrectedRegistrationKeepsItsQualificationAndMayNotPassARequalification() {
        CriminalCase criminalCase = CriminalCaseTests.registered();
        criminalCase.requalify(FORCED_LABOUR, REGISTERED.plusMonths(2), INVESTIGATOR, TODAY, NOW);
        criminalCase.correct(0, CriminalCaseTests.event(EventType.REGISTERED, REGISTERED.plusMonths(1)), INVESTIGATOR,
                TODAY, NOW);
        Timeline timeline = criminalCase.timeline(TODAY);
        assertThat(timeline.qualificationOn(REGISTERED.plusMonths(1))).get().extracting(Qualification::forms)
                .isEqualTo(Set.of(ExploitationForm.SEXUAL_EXPLOITATION));
        assertThat(timeline.qualificationOn(REGISTERED)).as("nothing in force before the registration").isEmpty();

        assertRefused(criminalCase, () -> criminalCase.correct(0, CriminalCaseTests.event(EventType.REGISTERED,
                REGISTERED.plusMonths(3)), INVESTIGATOR, TODAY, NOW), "case.error.event-before-registration");
    }
}
