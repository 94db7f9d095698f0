package kz.qorgau.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Sex;

/** The rules of a victim record: status history, consent and its gate, the foreign victim's deadlines. */
class VictimTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final LocalDate IDENTIFIED = LocalDate.of(2026, 3, 2);
    static final Victim.Actor INSPECTOR = new Victim.Actor("inspector", 6);

    static StatusChange status(TraffickingStatus status, LocalDate on) {
        return new StatusChange(status, on, 6, DecidingOrganisationType.NON_POLICE_GOVERNMENTAL_ORGANISATION, null,
                null,
                "inspector", NOW);
    }

    static ConsentEntry consent(ConsentScope scope, ConsentDecision decision, LocalDate on) {
        return new ConsentEntry(scope, decision, on, "inspector", 6, NOW);
    }

    static Victim identified(Long personId, String citizenship, ConsentEntry... consents) {
        Victim victim = Victim.identify("V-ABCDEFGH", personId, true, IDENTIFIED, status(TraffickingStatus.POSSIBLE,
                IDENTIFIED),
                List.of(consents), INSPECTOR, NOW);
        victim.describe(new VictimCommands.Situation(Sex.MALE, 34, "KZ-19", Set.of(ExploitationForm.FORCED_LABOUR),
                null,
                IsicSection.A, null, null, null, null, null, null, Set.of(CountryCode.of(citizenship)), null, null,
                null,
                null, null), null, null, TODAY, NOW);
        return victim;
    }

    static Victim foreigner() {
        return identified(42L, "UZ", consent(ConsentScope.PROCESSING, ConsentDecision.GIVEN, IDENTIFIED));
    }

    // --- status history

    @Test
    void theStatusIsTheLatestDecisionByDateAndIdentificationIsItsFirstPresumedOrConfirmedDate() {
        Victim victim = foreigner();
        victim.decideStatus(status(TraffickingStatus.CONFIRMED, LocalDate.of(2026, 9, 1)), TODAY);
        // recorded late: the presumption came before the confirmation
        victim.decideStatus(status(TraffickingStatus.PRESUMED, LocalDate.of(2026, 4, 15)), TODAY);
        assertThat(victim.status()).isEqualTo(TraffickingStatus.CONFIRMED);
        assertThat(victim.firstIdentifiedOn()).isEqualTo(LocalDate.of(2026, 4, 15));
        StatusHistory history = new StatusHistory(victim.statuses());
        assertThat(history.ordered()).extracting(entry -> entry.change().status()).containsExactly(
                TraffickingStatus.POSSIBLE, TraffickingStatus.PRESUMED, TraffickingStatus.CONFIRMED);
        assertThat(history.asOf(LocalDate.of(2026, 5, 1))).contains(TraffickingStatus.PRESUMED);
        assertThat(history.asOf(LocalDate.of(2026, 1, 1))).isEmpty();
    }

    @Test
    void aLaterReversalDoesNotMoveTheDateOfIdentification() {
        Victim victim = foreigner();
        victim.decideStatus(status(TraffickingStatus.PRESUMED, LocalDate.of(2026, 4, 15)), TODAY);
        victim.decideStatus(status(TraffickingStatus.NOT_A_VICTIM, LocalDate.of(2026, 10, 1)), TODAY);
        assertThat(victim.status()).isEqualTo(TraffickingStatus.NOT_A_VICTIM);
        assertThat(victim.firstIdentifiedOn()).isEqualTo(LocalDate.of(2026, 4, 15));
        assertThat(victim.statuses()).hasSize(3);
    }

    @Test
    void aPossibleVictimIsNotYetIdentified() {
        assertThat(foreigner().firstIdentifiedOn()).isNull();
    }

    @Test
    void aDecisionMustChangeTheStatusAndCannotPrecedeIdentificationOrLieInTheFuture() {
        Victim victim = foreigner();
        assertRefused(() -> victim.decideStatus(status(TraffickingStatus.POSSIBLE, LocalDate.of(2026, 5, 1)), TODAY),
                "victim.error.status-unchanged");
        assertRefused(() -> victim.decideStatus(status(TraffickingStatus.PRESUMED, IDENTIFIED.minusDays(1)), TODAY),
                "victim.error.before-identification");
        assertRefused(() -> victim.decideStatus(status(TraffickingStatus.PRESUMED, TODAY.plusDays(1)), TODAY),
                "victim.error.future-date");
        assertThat(victim.statuses()).hasSize(1);
        assertThat(victim.status()).isEqualTo(TraffickingStatus.POSSIBLE);
    }

    // --- consent

    @Test
    void theLatestAnswerOnAScopeStandsAndGatesThatScopeOnly() {
        Victim victim = foreigner();
        assertThat(victim.consents().given(ConsentScope.REFERRAL)).isFalse();
        victim.recordConsent(consent(ConsentScope.REFERRAL, ConsentDecision.REFUSED, LocalDate.of(2026, 3, 5)), TODAY);
        victim.recordConsent(consent(ConsentScope.REFERRAL, ConsentDecision.GIVEN, LocalDate.of(2026, 3, 9)), TODAY);
        assertThat(victim.consents().given(ConsentScope.REFERRAL)).isTrue();
        assertThat(victim.consents().given(ConsentScope.LAW_ENFORCEMENT)).isFalse();
        victim.recordConsent(consent(ConsentScope.REFERRAL, ConsentDecision.WITHDRAWN, LocalDate.of(2026, 4, 1)),
                TODAY);
        assertThat(victim.consents().current(ConsentScope.REFERRAL)).contains(ConsentDecision.WITHDRAWN);
        assertThat(victim.consents().given(ConsentScope.REFERRAL)).isFalse();
    }

    @Test
    void onlyAConsentGivenCanBeWithdrawnAndAnswersComeInOrder() {
        Victim victim = foreigner();
        assertRefusedConsent(victim, consent(ConsentScope.LAW_ENFORCEMENT, ConsentDecision.WITHDRAWN, IDENTIFIED),
                "consent.error.withdraw-not-given");
        victim.recordConsent(consent(ConsentScope.LAW_ENFORCEMENT, ConsentDecision.GIVEN, LocalDate.of(2026, 5, 1)),
                TODAY);
        assertRefusedConsent(victim, consent(ConsentScope.LAW_ENFORCEMENT, ConsentDecision.REFUSED,
                LocalDate.of(2026, 4, 1)), "consent.error.before-latest");
        assertRefusedConsent(victim, consent(ConsentScope.LAW_ENFORCEMENT, ConsentDecision.REFUSED, TODAY.plusDays(1)),
                "victim.error.future-date");
    }

    @Test
    void anIdentifiedAdultNeedsConsentToProcessingButAChildDoesNot() {
        Victim withoutConsent = identified(42L, "KZ");
        assertThatThrownBy(withoutConsent::checkIdentityConsent).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("victim.error.identity-needs-consent");
        identified(null, "KZ").checkIdentityConsent();
        Victim child = Victim.identify("V-ABCDEFGH", 42L, true, IDENTIFIED, status(TraffickingStatus.POSSIBLE,
                IDENTIFIED),
                List.of(), INSPECTOR, NOW);
        child.describe(new VictimCommands.Situation(Sex.FEMALE, 15, null, null, null, null, null, null, null, null,
                null,
                null, null, null, null, null, null, null), null, null, TODAY, NOW);
        child.checkIdentityConsent();
        assertThat(child.child()).isTrue();
        assertThat(child.traits(Vulnerability.class)).contains(Vulnerability.CHILD);
    }

    @Test
    void withdrawingConsentToProcessingLeavesThePersonAndKeepsTheRecordCounted() {
        Victim victim = foreigner();
        boolean anonymised = victim.recordConsent(consent(ConsentScope.PROCESSING, ConsentDecision.WITHDRAWN,
                LocalDate.of(2026, 6, 1)), TODAY);
        assertThat(anonymised).isTrue();
        assertThat(victim.anonymous()).isTrue();
        assertThat(victim.personId()).isNull();
        assertThat(victim.sex()).isEqualTo(Sex.MALE);
        assertThat(victim.forms()).containsExactly(ExploitationForm.FORCED_LABOUR);
    }

    @Test
    void ageAndTheChildVulnerabilitiesMustAgree() {
        Victim victim = foreigner();
        assertThatThrownBy(() -> victim.describe(new VictimCommands.Situation(Sex.MALE, 34, null, null, null, null,
                null,
                null, null, null, null, Set.of(Vulnerability.UNACCOMPANIED_CHILD), null, null, null, null, null, null),
                null, null, TODAY, NOW)).hasMessageContaining("victim.error.child-age");
        victim.describe(new VictimCommands.Situation(Sex.MALE, null, null, null, null, null, null, null, null, null,
                null,
                Set.of(Vulnerability.UNACCOMPANIED_CHILD), Set.of(CountryCode.of("UZ")), null, null, null, null, null),
                null, null, TODAY, NOW);
        assertThat(victim.child()).isTrue();
        assertThat(victim.unaccompaniedChild()).isTrue();
    }

    @Test
    void aStatelessVictimHasNoCitizenshipAndIsToldApartFromAnUnknownOne() {
        Victim victim = foreigner();
        assertThatThrownBy(() -> victim.describe(new VictimCommands.Situation(Sex.MALE, 30, null, null, null, null,
                null, null, null, null, null, null, Set.of(CountryCode.of("UZ")), null, null, null, null, null, true),
                null, null, TODAY, NOW)).hasMessageContaining("victim.error.stateless-with-citizenship");
        victim.describe(new VictimCommands.Situation(Sex.MALE, 30, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, true), null, null, TODAY, NOW);
        assertThat(victim.stateless()).isTrue();
        assertThat(victim.citizenships()).isEmpty();
        victim.describe(new VictimCommands.Situation(Sex.MALE, 30, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null), null, null, TODAY, NOW);
        assertThat(victim.stateless()).as("no citizenship and not stateless: unknown").isFalse();
    }

    @Test
    void aSectorNeedsALabourFormAndASubtypeTheSexualForm() {
        Victim victim = foreigner();
        assertThatThrownBy(() -> victim.describe(new VictimCommands.Situation(Sex.FEMALE, 30, null,
                Set.of(ExploitationForm.SEXUAL_EXPLOITATION), null, IsicSection.F, null, null, null, null, null, null,
                null, null, null, null, null, null), null, null, TODAY, NOW))
                .hasMessageContaining("victim.error.sector-form");
        assertThatThrownBy(() -> victim.describe(new VictimCommands.Situation(Sex.FEMALE, 30, null,
                Set.of(ExploitationForm.FORCED_LABOUR), Set.of(SexExploitationType.PROSTITUTION), null, null, null,
                null,
                null, null, null, null, null, null, null, null, null), null, null, TODAY, NOW))
                .hasMessageContaining("victim.error.sex-exploitation-form");
    }

    // --- foreign victims: reflection period, permits, deadlines

    @Test
    void theReflectionPeriodRunsSixMonthsFromIdentificationAndExtendsOnlyToTheTrial() {
        Victim victim = foreigner();
        victim.startReflectionPeriod(NOW);
        assertThat(victim.reflectionPeriod()).contains(new ReflectionPeriod(IDENTIFIED, LocalDate.of(2026, 9, 2),
                false));
        assertThatThrownBy(() -> victim.extendReflectionPeriod(TODAY, LocalDate.of(2027, 3, 1), false, TODAY, NOW))
                .hasMessageContaining("victim.error.extension-needs-case");
        assertThatThrownBy(() -> victim.extendReflectionPeriod(TODAY, LocalDate.of(2026, 8, 1), true, TODAY, NOW))
                .hasMessageContaining("victim.error.extension-not-later");
        // the decision is dated: not before the period began, not in the future
        assertThatThrownBy(() -> victim.extendReflectionPeriod(IDENTIFIED.minusDays(1), LocalDate.of(2027, 3, 1), true,
                TODAY, NOW)).hasMessageContaining("victim.error.extension-before-start");
        assertThatThrownBy(() -> victim.extendReflectionPeriod(TODAY.plusDays(1), LocalDate.of(2027, 3, 1), true,
                TODAY, NOW)).hasMessageContaining("victim.error.future-date");
        victim.extendReflectionPeriod(TODAY, LocalDate.of(2027, 3, 1), true, TODAY, NOW);
        assertThat(victim.reflectionPeriod().orElseThrow().endsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(victim.reflectionPeriod().orElseThrow().extended()).isTrue();
    }

    @Test
    void citizensHaveNoReflectionPeriodNorPermits() {
        Victim citizen = identified(42L, "KZ", consent(ConsentScope.PROCESSING, ConsentDecision.GIVEN, IDENTIFIED));
        assertThatThrownBy(() -> citizen.startReflectionPeriod(NOW)).hasMessageContaining("victim.error.not-foreign");
        assertThatThrownBy(() -> Permit.apply(citizen, List.of(), PermitKind.WORK, TODAY, "migration", TODAY))
                .hasMessageContaining("victim.error.not-foreign");
    }

    @Test
    void theDashboardShowsDeadlinesWithinThirtyDaysAndOverdueOnesSoonestFirst() {
        ReflectionPeriod reflection = ReflectionPeriod.startingOn(LocalDate.of(2026, 6, 10)); // ends 10 Dec 2026
        List<Permit> permits = new ArrayList<>();
        permits.add(granted(permits, PermitKind.WORK, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1),
                LocalDate.of(2026, 11, 20)));
        assertThat(Deadlines.due(reflection, permits, TODAY)).containsExactly(
                new Deadlines.Deadline(DeadlineKind.PERMIT_EXPIRES, LocalDate.of(2026, 11, 20), true, PermitKind.WORK),
                new Deadlines.Deadline(DeadlineKind.REFLECTION_PERIOD_ENDS, LocalDate.of(2026, 12, 10), false, null));
        // 31 days ahead is beyond the horizon; exactly 30 is within it
        assertThat(Deadlines.due(ReflectionPeriod.startingOn(LocalDate.of(2026, 6, 28)), List.of(), TODAY)).isEmpty();
        assertThat(Deadlines.due(ReflectionPeriod.startingOn(LocalDate.of(2026, 6, 27)), List.of(), TODAY)).hasSize(1);
    }

    @Test
    void aResidencePermitEndsTheReflectionDeadlineAndALaterPermitReplacesAnExpiringOne() {
        ReflectionPeriod reflection = ReflectionPeriod.startingOn(LocalDate.of(2026, 5, 1)); // ended 1 Nov 2026
        List<Permit> permits = new ArrayList<>();
        assertThat(Deadlines.due(reflection, permits, TODAY)).singleElement()
                .satisfies(deadline -> assertThat(deadline.overdue()).isTrue());
        permits.add(granted(permits, PermitKind.TEMPORARY_RESIDENCE, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10,
                1),
                LocalDate.of(2026, 12, 1)));
        assertThat(Deadlines.due(reflection, permits, TODAY)).singleElement()
                .isEqualTo(new Deadlines.Deadline(DeadlineKind.PERMIT_EXPIRES, LocalDate.of(2026, 12, 1), false,
                        PermitKind.TEMPORARY_RESIDENCE));
        permits.add(granted(permits, PermitKind.TEMPORARY_RESIDENCE, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11,
                15),
                LocalDate.of(2027, 11, 15)));
        assertThat(Deadlines.due(reflection, permits, TODAY)).isEmpty();
    }

    @Test
    void aPermitIsDecidedOnceWithAValidityWhenGranted() {
        Victim victim = foreigner();
        Permit permit = Permit.apply(victim, List.of(), PermitKind.TEMPORARY_RESIDENCE, LocalDate.of(2026, 4, 1),
                "migration", TODAY);
        assertThatThrownBy(() -> Permit.apply(victim, List.of(permit), PermitKind.TEMPORARY_RESIDENCE,
                LocalDate.of(2026, 4, 2), "migration", TODAY)).hasMessageContaining("victim.error.permit-pending");
        assertThatThrownBy(() -> permit.decide(PermitOutcome.GRANTED, LocalDate.of(2026, 5, 1), null, TODAY))
                .hasMessageContaining("victim.error.permit-validity");
        permit.decide(PermitOutcome.GRANTED, LocalDate.of(2026, 5, 1), LocalDate.of(2027, 5, 1), TODAY);
        assertThatThrownBy(() -> permit.decide(PermitOutcome.REFUSED, LocalDate.of(2026, 5, 2), null, TODAY))
                .hasMessageContaining("victim.error.permit-decided");
        assertThat(permit.validUntil()).isEqualTo(LocalDate.of(2027, 5, 1));
    }

    @Test
    void compensationIsAwardedWithinTheClaimAndPaidWithinTheAward() {
        CompensationClaim claim = CompensationClaim.file(42, 0, CompensationRoute.CIVIL_CLAIM_IN_CRIMINAL_CASE, null,
                LocalDate.of(2026, 5, 1), 2_000_000, "caseworker", TODAY);
        assertThatThrownBy(() -> claim.pay(LocalDate.of(2026, 6, 1), 100, TODAY))
                .hasMessageContaining("victim.error.payment-before-award");
        assertThatThrownBy(() -> claim.award(LocalDate.of(2026, 7, 1), 3_000_000, TODAY))
                .hasMessageContaining("victim.error.award-amount");
        claim.award(LocalDate.of(2026, 7, 1), 1_500_000, TODAY);
        claim.pay(LocalDate.of(2026, 8, 1), 500_000, TODAY);
        assertThat(claim.paidKzt()).isEqualTo(500_000L);
    }

    // --- what a user may do

    /** What the record's page offers follows from its state and the user's standing, as the record works it out. */
    @Test
    void theAllowedActionsFollowTheUsersStandingAndTheVictimsCitizenship() {
        Set<VictimAction> everyone = EnumSet.of(VictimAction.DECIDE_STATUS, VictimAction.INFORM_OF_RIGHT,
                VictimAction.FILE_COMPENSATION, VictimAction.SETTLE_COMPENSATION, VictimAction.RECORD_TESTIMONY,
                VictimAction.RECORD_NON_PUNISHMENT);
        Victim citizen = identified(42L, "KZ", consent(ConsentScope.PROCESSING, ConsentDecision.GIVEN, IDENTIFIED));
        Victim foreigner = foreigner();

        // outside the scope (a record opened by breaking the glass is read only): nothing, whoever asks
        assertThat(citizen.allowedActions(VictimScope.Access.NONE, true)).isEmpty();
        assertThat(foreigner.allowedActions(VictimScope.Access.NONE, true)).isEmpty();

        // the owning or an assisting organisation: the situation, consent, never state protection
        assertThat(citizen.allowedActions(access(true, true), false)).containsExactlyInAnyOrderElementsOf(
                with(everyone, VictimAction.DESCRIBE, VictimAction.RECORD_CONSENT));
        // the police of the victim's case without the victim's consent to share: neither the sealed situation nor
        // consent, but state protection
        assertThat(citizen.allowedActions(access(false, false), true)).containsExactlyInAnyOrderElementsOf(
                with(everyone, VictimAction.RECORD_PROTECTION));
        // with that consent they also describe the situation, and still record no consent
        assertThat(citizen.allowedActions(access(false, true), true)).containsExactlyInAnyOrderElementsOf(
                with(everyone, VictimAction.DESCRIBE, VictimAction.RECORD_PROTECTION));

        // a foreign victim: the reflection period, started once then extended, and the permits
        assertThat(foreigner.allowedActions(access(true, true), false)).containsExactlyInAnyOrderElementsOf(
                with(everyone, VictimAction.DESCRIBE, VictimAction.RECORD_CONSENT, VictimAction.START_REFLECTION,
                        VictimAction.APPLY_FOR_PERMIT, VictimAction.DECIDE_PERMIT));
        foreigner.startReflectionPeriod(NOW);
        assertThat(foreigner.allowedActions(access(false, false), true)).containsExactlyInAnyOrderElementsOf(
                with(everyone, VictimAction.RECORD_PROTECTION, VictimAction.EXTEND_REFLECTION,
                        VictimAction.APPLY_FOR_PERMIT, VictimAction.DECIDE_PERMIT));
    }

    /** What a user who sees the record may of it: whether they assist the victim and read the sealed texts. */
    private static VictimScope.Access access(boolean assists, boolean sealedTexts) {
        return new VictimScope.Access(true, assists, assists, sealedTexts, List.of(), Set.of());
    }

    private static Set<VictimAction> with(Set<VictimAction> actions, VictimAction... more) {
        Set<VictimAction> all = EnumSet.copyOf(actions);
        all.addAll(List.of(more));
        return all;
    }

    /** A permit applied for and granted, through the permit's own rules. */
    private static Permit granted(List<Permit> earlier, PermitKind kind, LocalDate appliedOn, LocalDate decidedOn,
            LocalDate validUntil) {
        Permit permit = Permit.apply(foreigner(), earlier, kind, appliedOn, "migration", TODAY);
        permit.decide(PermitOutcome.GRANTED, decidedOn, validUntil, TODAY);
        return permit;
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo(messageKey);
    }

    private static void assertRefusedConsent(Victim victim, ConsentEntry entry, String messageKey) {
        int before = victim.consentEntries().size();
        assertRefused(() -> victim.recordConsent(entry, TODAY), messageKey);
        assertThat(victim.consentEntries()).hasSize(before);
    }
}
