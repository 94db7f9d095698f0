package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Permission;

/** The rules of a case's timeline (issue: "rejected transitions give a clear message and change nothing"). */
class CriminalCaseTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final LocalDate REGISTERED = LocalDate.of(2022, 3, 1);
    static final Actor INVESTIGATOR = new Actor("investigator", 3);
    static final long COURT = 5;

    static CriminalCase registered() {
        return CriminalCase.register(new ErdrNumber("221750000000123"), REGISTERED, new RegionCode("KZ-75"), 3,
                new Qualification(List.of(new Charge("128", 2)), Set.of(ExploitationForm.SEXUAL_EXPLOITATION), Set
                        .of()),
                null, INVESTIGATOR, TODAY, NOW);
    }

    static CriminalCase withDefendant() {
        CriminalCase criminalCase = registered();
        criminalCase.addDefendant(new Defendant(42, PerpetratorRole.RECRUITER_OR_INTERMEDIARY, false,
                REGISTERED.plusDays(3), "KZ-75", null, REGISTERED.plusDays(2), true), NOW);
        return criminalCase;
    }

    static CriminalCase inCourt() {
        CriminalCase criminalCase = withDefendant();
        criminalCase.record(sentToCourt(REGISTERED.plusMonths(4)), INVESTIGATOR, TODAY, NOW);
        return criminalCase;
    }

    static ProceduralEvent.Details event(EventType type, LocalDate date) {
        return ProceduralEvent.Details.of(type, date);
    }

    static ProceduralEvent.Details suspended(LocalDate date) {
        return new ProceduralEvent.Details(EventType.SUSPENDED, date, SuspensionReason.SUSPECT_ABSCONDED.name(), null,
                null, null, null, null, null, null);
    }

    static ProceduralEvent.Details terminated(LocalDate date) {
        return new ProceduralEvent.Details(EventType.TERMINATED, date, TerminationReason.INSUFFICIENT_EVIDENCE.name(),
                null, null, null, null, null, null, null);
    }

    static ProceduralEvent.Details sentToCourt(LocalDate date) {
        return new ProceduralEvent.Details(EventType.SENT_TO_COURT, date, null, COURT, null, null, null, null, null,
                null);
    }

    static ProceduralEvent.Details conviction(LocalDate date, Sentence sentence) {
        return new ProceduralEvent.Details(EventType.VERDICT, date, null, null, 0, VerdictOutcome.CONVICTED, null,
                "128", 2,
                sentence);
    }

    static ProceduralEvent.Details acquittal(LocalDate date, Sentence sentence) {
        return new ProceduralEvent.Details(EventType.VERDICT, date, null, null, 0, VerdictOutcome.ACQUITTED, null, null,
                null, sentence);
    }

    static void assertRefused(CriminalCase criminalCase, Runnable action, String messageKey) {
        int entries = criminalCase.events().size();
        CaseStatus status = criminalCase.status();
        assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo(messageKey);
        assertThat(criminalCase.events()).as("nothing changed").hasSize(entries);
        assertThat(criminalCase.status()).isEqualTo(status);
    }

    @Test
    void aRegisteredCaseIsUnderInvestigationWithItsRegistrationAsFirstEvent() {
        CriminalCase criminalCase = registered();
        assertThat(criminalCase.status()).isEqualTo(CaseStatus.INVESTIGATION);
        assertThat(criminalCase.events()).singleElement().extracting(ProceduralEvent::type).isEqualTo(
                EventType.REGISTERED);
        assertThat(criminalCase.registeredOn()).isEqualTo(REGISTERED);
    }

    @Test
    void rejectsAnErdrNumberOfAnotherYear() {
        assertThatThrownBy(() -> CriminalCase.register(new ErdrNumber("211750000000123"), REGISTERED,
                new RegionCode("KZ-75"), 3, new Qualification(List.of(new Charge("128", 1)), Set.of(), Set.of()), null,
                INVESTIGATOR, TODAY, NOW)).hasMessageContaining("case.error.erdr-year");
    }

    @Test
    void rejectsACaseWithoutCharges() {
        assertThatThrownBy(() -> CriminalCase.register(new ErdrNumber("221750000000123"), REGISTERED,
                new RegionCode("KZ-75"), 3, new Qualification(List.of(), Set.of(), Set.of()), null, INVESTIGATOR, TODAY,
                NOW)).hasMessageContaining("case.error.no-charge");
    }

    @Test
    void rejectsARegistrationInTheFuture() {
        assertThatThrownBy(() -> CriminalCase.register(new ErdrNumber("261750000000123"), TODAY.plusDays(1),
                new RegionCode("KZ-75"), 3, new Qualification(List.of(new Charge("128", 1)), Set.of(), Set.of()), null,
                INVESTIGATOR, TODAY, NOW)).hasMessageContaining("case.error.future-date");
    }

    @Test
    void suspendsAndResumes() {
        CriminalCase criminalCase = registered();
        criminalCase.record(suspended(REGISTERED.plusMonths(1)), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.status()).isEqualTo(CaseStatus.SUSPENDED);
        criminalCase.record(event(EventType.RESUMED, REGISTERED.plusMonths(2)), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.status()).isEqualTo(CaseStatus.INVESTIGATION);
    }

    @Test
    void rejectsResumingACaseThatIsNotSuspended() {
        CriminalCase criminalCase = registered();
        assertRefused(criminalCase, () -> criminalCase.record(event(EventType.RESUMED, REGISTERED.plusDays(5)),
                INVESTIGATOR, TODAY, NOW), "case.error.resume-not-suspended");
    }

    @Test
    void rejectsSuspendingWithoutAReason() {
        CriminalCase criminalCase = registered();
        assertRefused(criminalCase, () -> criminalCase.record(event(EventType.SUSPENDED, REGISTERED.plusDays(5)),
                INVESTIGATOR, TODAY, NOW), "case.error.reason-required");
    }

    @Test
    void rejectsAnEventDatedBeforeRegistration() {
        CriminalCase criminalCase = registered();
        assertRefused(criminalCase, () -> criminalCase.record(suspended(REGISTERED.minusDays(1)), INVESTIGATOR, TODAY,
                NOW), "case.error.event-before-registration");
    }

    @Test
    void rejectsAnEventDatedBeforeThePreviousOne() {
        CriminalCase criminalCase = registered();
        criminalCase.record(suspended(REGISTERED.plusMonths(2)), INVESTIGATOR, TODAY, NOW);
        assertRefused(criminalCase, () -> criminalCase.record(event(EventType.RESUMED, REGISTERED.plusMonths(1)),
                INVESTIGATOR, TODAY, NOW), "case.error.date-order");
    }

    @Test
    void rejectsAnEventInTheFuture() {
        CriminalCase criminalCase = registered();
        assertRefused(criminalCase, () -> criminalCase.record(suspended(TODAY.plusDays(1)), INVESTIGATOR, TODAY, NOW),
                "case.error.future-date");
    }

    @Test
    void aTerminatedCaseTakesNoFurtherStepsUntilReopened() {
        CriminalCase criminalCase = withDefendant();
        criminalCase.record(terminated(REGISTERED.plusMonths(3)), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.status()).isEqualTo(CaseStatus.TERMINATED);
        assertRefused(criminalCase, () -> criminalCase.record(sentToCourt(REGISTERED.plusMonths(4)), INVESTIGATOR,
                TODAY, NOW), "case.error.court-not-open");
        assertRefused(criminalCase, () -> criminalCase.record(terminated(REGISTERED.plusMonths(4)), INVESTIGATOR,
                TODAY, NOW), "case.error.terminate-not-open");
        criminalCase.record(event(EventType.REOPENED, REGISTERED.plusMonths(5)), INVESTIGATOR, TODAY, NOW);
        criminalCase.record(sentToCourt(REGISTERED.plusMonths(6)), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.status()).isEqualTo(CaseStatus.IN_COURT);
    }

    @Test
    void rejectsSendingACaseWithoutDefendantsToCourt() {
        CriminalCase criminalCase = registered();
        assertRefused(criminalCase, () -> criminalCase.record(sentToCourt(REGISTERED.plusMonths(1)), INVESTIGATOR,
                TODAY, NOW), "case.error.court-no-defendants");
    }

    @Test
    void rejectsAVerdictBeforeTheCaseIsSentToCourt() {
        CriminalCase criminalCase = withDefendant();
        assertRefused(criminalCase, () -> criminalCase.record(conviction(REGISTERED.plusMonths(5),
                Sentence.imprisonment(60)), INVESTIGATOR, TODAY, NOW), "case.error.verdict-before-court");
    }

    @Test
    void recordsAConvictionWithItsSentenceAndDecidesTheCase() {
        CriminalCase criminalCase = inCourt();
        criminalCase.record(conviction(REGISTERED.plusMonths(8), Sentence.imprisonment(84)), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(criminalCase.verdicts(TODAY)).containsEntry(0, VerdictOutcome.CONVICTED);
    }

    @Test
    void rejectsASentenceOnAnAcquittal() {
        CriminalCase criminalCase = inCourt();
        assertRefused(criminalCase, () -> criminalCase.record(acquittal(REGISTERED.plusMonths(8),
                Sentence.imprisonment(12)), INVESTIGATOR, TODAY, NOW), "case.error.sentence-on-acquittal");
        criminalCase.record(acquittal(REGISTERED.plusMonths(8), null), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.verdicts(TODAY)).containsEntry(0, VerdictOutcome.ACQUITTED);
    }

    @Test
    void rejectsAConvictionWithoutSentenceOrArticle() {
        CriminalCase criminalCase = inCourt();
        assertRefused(criminalCase, () -> criminalCase.record(conviction(REGISTERED.plusMonths(8), null), INVESTIGATOR,
                TODAY, NOW), "case.error.conviction-needs-sentence");
        assertRefused(criminalCase, () -> criminalCase.record(new ProceduralEvent.Details(EventType.VERDICT,
                REGISTERED.plusMonths(8), null, null, 0, VerdictOutcome.CONVICTED, null, null, null,
                Sentence.imprisonment(48)), INVESTIGATOR, TODAY, NOW), "case.error.conviction-needs-article");
    }

    @Test
    void rejectsASecondVerdictForTheSameDefendant() {
        CriminalCase criminalCase = inCourt();
        criminalCase.record(conviction(REGISTERED.plusMonths(8), Sentence.imprisonment(84)), INVESTIGATOR, TODAY, NOW);
        assertRefused(criminalCase, () -> criminalCase.record(acquittal(REGISTERED.plusMonths(9), null), INVESTIGATOR,
                TODAY, NOW), "case.error.verdict-twice");
    }

    @Test
    void rejectsAVerdictForSomeoneWhoIsNotADefendant() {
        CriminalCase criminalCase = inCourt();
        assertRefused(criminalCase, () -> criminalCase.record(new ProceduralEvent.Details(EventType.VERDICT,
                REGISTERED.plusMonths(8), null, null, 7, VerdictOutcome.ACQUITTED, null, null, null, null),
                INVESTIGATOR,
                TODAY, NOW), "case.error.unknown-defendant");
    }

    @Test
    void rejectsAnAppealBeforeTheVerdict() {
        CriminalCase criminalCase = inCourt();
        assertRefused(criminalCase, () -> criminalCase.record(new ProceduralEvent.Details(EventType.APPEAL,
                REGISTERED.plusMonths(9), null, null, 0, null, AppealOutcome.UPHELD, null, null, null), INVESTIGATOR,
                TODAY, NOW), "case.error.appeal-before-verdict");
    }

    @Test
    void anAppealMayChangeTheSentenceOfAConviction() {
        CriminalCase criminalCase = inCourt();
        criminalCase.record(conviction(REGISTERED.plusMonths(8), Sentence.imprisonment(84)), INVESTIGATOR, TODAY, NOW);
        criminalCase.record(new ProceduralEvent.Details(EventType.APPEAL, REGISTERED.plusMonths(10), null, null, 0,
                null,
                AppealOutcome.SENTENCE_CHANGED, null, null, Sentence.imprisonment(60)), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.events()).hasSize(4);
    }

    @Test
    void noDefendantsAreAddedOnceTheCaseIsInCourt() {
        CriminalCase criminalCase = inCourt();
        assertThatThrownBy(() -> criminalCase.addDefendant(new Defendant(43, PerpetratorRole.EXPLOITER, false, null,
                null, null, REGISTERED.plusMonths(5), true), NOW)).hasMessageContaining(
                        "case.error.defendant-not-open");
        assertThat(criminalCase.defendants()).hasSize(1);
    }

    @Test
    void rejectsTheSamePersonTwiceAsDefendant() {
        CriminalCase criminalCase = withDefendant();
        assertThatThrownBy(() -> criminalCase.addDefendant(new Defendant(42, PerpetratorRole.EXPLOITER, false, null,
                null, null, REGISTERED.plusMonths(1), true), NOW)).hasMessageContaining("case.error.defendant-twice");
    }

    @Test
    void aCorrectionReplacesTheWrongEntryWhichStaysInTheHistory() {
        CriminalCase criminalCase = registered();
        int wrong = criminalCase.record(suspended(REGISTERED.plusMonths(3)), INVESTIGATOR, TODAY, NOW);
        criminalCase.correct(wrong, suspended(REGISTERED.plusMonths(2)), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.events()).hasSize(3);
        Timeline timeline = criminalCase.timeline(TODAY);
        assertThat(timeline.effective).hasSize(2);
        assertThat(timeline.effective.get(1).seq()).isEqualTo(wrong);
        assertThat(timeline.effective.get(1).details().occurredOn()).isEqualTo(REGISTERED.plusMonths(2));
        assertThat(timeline.correctedBy).containsEntry(wrong, 2);
    }

    @Test
    void aCorrectionMustKeepTheTypeAndLeaveAPossibleHistory() {
        CriminalCase criminalCase = registered();
        int suspension = criminalCase.record(suspended(REGISTERED.plusMonths(3)), INVESTIGATOR, TODAY, NOW);
        criminalCase.record(event(EventType.RESUMED, REGISTERED.plusMonths(4)), INVESTIGATOR, TODAY, NOW);
        assertRefused(criminalCase, () -> criminalCase.correct(suspension, terminated(REGISTERED.plusMonths(3)),
                INVESTIGATOR, TODAY, NOW), "case.error.correction-type");
        assertRefused(criminalCase, () -> criminalCase.correct(suspension, suspended(REGISTERED.plusMonths(5)),
                INVESTIGATOR, TODAY, NOW), "case.error.date-order");
    }

    @Test
    void aRetractedEntryNoLongerCounts() {
        CriminalCase criminalCase = registered();
        int suspension = criminalCase.record(suspended(REGISTERED.plusMonths(3)), INVESTIGATOR, TODAY, NOW);
        criminalCase.retract(suspension, INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.status()).isEqualTo(CaseStatus.INVESTIGATION);
        assertThat(criminalCase.events()).hasSize(3);
    }

    @Test
    void aRetractionThatWouldBreakTheHistoryIsRefused() {
        CriminalCase criminalCase = registered();
        int suspension = criminalCase.record(suspended(REGISTERED.plusMonths(3)), INVESTIGATOR, TODAY, NOW);
        criminalCase.record(event(EventType.RESUMED, REGISTERED.plusMonths(4)), INVESTIGATOR, TODAY, NOW);
        assertRefused(criminalCase, () -> criminalCase.retract(suspension, INVESTIGATOR, TODAY, NOW),
                "case.error.resume-not-suspended");
    }

    @Test
    void theRegistrationCannotBeRetractedButItsDateCanBeCorrected() {
        CriminalCase criminalCase = registered();
        assertRefused(criminalCase, () -> criminalCase.retract(0, INVESTIGATOR, TODAY, NOW),
                "case.error.retract-registration");
        criminalCase.correct(0, event(EventType.REGISTERED, REGISTERED.minusDays(10)), INVESTIGATOR, TODAY, NOW);
        assertThat(criminalCase.registeredOn()).isEqualTo(REGISTERED.minusDays(10));
        assertRefused(criminalCase, () -> criminalCase.correct(0, event(EventType.REGISTERED, LocalDate.of(2021, 12,
                30)),
                INVESTIGATOR, TODAY, NOW), "case.error.erdr-year");
    }

    @Test
    void aSecondRegistrationIsRefused() {
        CriminalCase criminalCase = registered();
        assertRefused(criminalCase, () -> criminalCase.record(event(EventType.REGISTERED, REGISTERED.plusDays(1)),
                INVESTIGATOR, TODAY, NOW), "case.error.registered-twice");
    }

    /** What a user may do follows from the case's state and the user's agency, as the case works it out. */
    @Test
    void theAllowedActionsFollowTheTimelineAndTheUsersAgency() {
        Set<Permission> police = Set.of(Permission.CASES_INVESTIGATE,
                Permission.CASES_QUALIFY);
        Set<Permission> prosecutor = Set.of(Permission.CASES_PROSECUTE);
        Set<Permission> court = Set.of(Permission.CASES_ADJUDICATE);

        CriminalCase investigated = withDefendant();
        CaseViews.Actions byPolice = investigated.allowedActions(investigated.timeline(TODAY), police::contains);
        assertThat(byPolice.actions()).containsExactlyInAnyOrder(CaseAction.DESCRIBE, CaseAction.LINK_VICTIMS,
                CaseAction.REQUALIFY, CaseAction.ADD_DEFENDANT);
        assertThat(byPolice.events()).containsExactly(EventType.SUSPENDED, EventType.TERMINATED);
        assertThat(byPolice.correctable()).containsExactly(0);
        assertThat(investigated.allowedActions(investigated.timeline(TODAY), prosecutor::contains).events())
                .containsExactly(EventType.SENT_TO_COURT);

        CriminalCase inCourt = inCourt();
        CaseViews.Actions byCourt = inCourt.allowedActions(inCourt.timeline(TODAY), court::contains);
        assertThat(byCourt.actions()).isEmpty();
        assertThat(byCourt.events()).as("no appeal before a verdict").containsExactly(EventType.VERDICT);
        assertThat(byCourt.correctable()).isEmpty();
        CaseViews.Actions policeInCourt = inCourt.allowedActions(inCourt.timeline(TODAY), police::contains);
        assertThat(policeInCourt.events()).isEmpty();
        assertThat(policeInCourt.actions()).doesNotContain(CaseAction.ADD_DEFENDANT).contains(CaseAction.REQUALIFY);
        assertThat(inCourt.allowedActions(inCourt.timeline(TODAY), prosecutor::contains).correctable())
                .containsExactly(1);

        inCourt.record(conviction(REGISTERED.plusMonths(8), Sentence.imprisonment(84)), INVESTIGATOR, TODAY, NOW);
        CaseViews.Actions afterVerdict = inCourt.allowedActions(inCourt.timeline(TODAY), court::contains);
        assertThat(afterVerdict.events()).containsExactly(EventType.APPEAL);
        assertThat(afterVerdict.correctable()).containsExactly(2);
        assertThat(inCourt.allowedActions(inCourt.timeline(TODAY), police::contains).actions())
                .as("a decided case keeps its qualification").doesNotContain(CaseAction.REQUALIFY);
    }
}
