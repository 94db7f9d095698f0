package kz.qorgau.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.victims.VictimViews.ReferralFacts;

/** The life of a referral and the gates before it is sent (consent, children, transfers). */
class ReferralTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");
    static final long INSPECTORATE = 6;
    static final long SHELTER = 9;
    static final Referral.Actor INSPECTOR = new Referral.Actor("inspector", INSPECTORATE);
    static final Referral.Actor CASEWORKER = new Referral.Actor("caseworker", SHELTER);

    static Referral sent() {
        return Referral.send("R-ABCDEFGH", 1, false, ReferralKind.REFERRAL, SHELTER, Set.of(ServiceType.SHELTER),
                TODAY.plusDays(3), null, INSPECTOR, TODAY, NOW);
    }

    static ReferralFacts victim(boolean anonymous, boolean consent, boolean unaccompaniedChild, long owner) {
        return new ReferralFacts(1, "V-ABCDEFGH", anonymous, !anonymous, consent, unaccompaniedChild,
                unaccompaniedChild,
                owner, consent);
    }

    static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).messageKey()).isEqualTo(messageKey);
    }

    // --- the consent gate and the other gates

    @Test
    void anIdentifiedPersonIsReferredOnlyWithConsentToReferral() {
        assertRefused(() -> ReferralRules.checkSendable(victim(false, false, false, INSPECTORATE), INSPECTORATE,
                SHELTER,
                ReferralKind.REFERRAL, true), "referral.error.no-consent");
        ReferralRules.checkSendable(victim(false, true, false, INSPECTORATE), INSPECTORATE, SHELTER,
                ReferralKind.REFERRAL, false);
    }

    @Test
    void theAnonymousRouteRefersWithoutIdentityAndWithoutConsentToShare() {
        ReferralFacts anonymous = victim(true, false, false, INSPECTORATE);
        assertThat(anonymous.mayBeReferred()).isTrue();
        ReferralRules.checkSendable(anonymous, INSPECTORATE, SHELTER, ReferralKind.REFERRAL, false);
        Referral referral = Referral.send("R-ABCDEFGH", 1, true, ReferralKind.REFERRAL, SHELTER,
                Set.of(ServiceType.REPATRIATION), TODAY, null, INSPECTOR, TODAY, NOW);
        assertThat(referral.anonymous()).isTrue();
    }

    @Test
    void unaccompaniedChildrenGoOnlyToProvidersThatAcceptChildren() {
        ReferralFacts child = victim(false, true, true, INSPECTORATE);
        assertRefused(() -> ReferralRules.checkSendable(child, INSPECTORATE, SHELTER, ReferralKind.REFERRAL, false),
                "referral.error.children-not-accepted");
        ReferralRules.checkSendable(child, INSPECTORATE, SHELTER, ReferralKind.REFERRAL, true);
    }

    @Test
    void onlyTheCaseOwnerTransfersTheCaseAndNobodyRefersToThemselves() {
        assertRefused(() -> ReferralRules.checkSendable(victim(false, true, false, SHELTER), INSPECTORATE, 12,
                ReferralKind.TRANSFER, false), "referral.error.transfer-owner-only");
        assertRefused(() -> ReferralRules.checkSendable(victim(false, true, false, INSPECTORATE), INSPECTORATE,
                INSPECTORATE, ReferralKind.REFERRAL, false), "referral.error.same-organisation");
    }

    @Test
    void aReferralNamesServicesAndAnAnswerDateNotInThePast() {
        assertRefused(() -> Referral.send("R-ABCDEFGH", 1, false, ReferralKind.REFERRAL, SHELTER, Set.of(),
                TODAY.plusDays(3), null, INSPECTOR, TODAY, NOW), "referral.error.services-required");
        assertRefused(() -> Referral.send("R-ABCDEFGH", 1, false, ReferralKind.REFERRAL, SHELTER,
                Set.of(ServiceType.LEGAL), TODAY.minusDays(1), null, INSPECTOR, TODAY, NOW), "referral.error.due-date");
    }

    @Test
    void aReportGoesToThePoliceOnlyWithoutServicesAndOfAnIdentifiedPersonOnlyWithTheirConsent() {
        assertRefused(() -> ReferralRules.checkReport(victim(false, true, false, INSPECTORATE), false),
                "referral.error.report-to-police-only");
        ReferralFacts refusedToShare = new ReferralFacts(1, "V-ABCDEFGH", false, true, true, false, false,
                INSPECTORATE, false);
        assertRefused(() -> ReferralRules.checkReport(refusedToShare, true), "referral.error.report-no-consent");
        ReferralRules.checkReport(victim(false, true, false, INSPECTORATE), true);
        ReferralRules.checkReport(victim(true, false, false, INSPECTORATE), true);
        Referral report = Referral.send("R-ABCDEFGH", 1, false, ReferralKind.REPORT, 3, Set.of(), TODAY, null,
                INSPECTOR, TODAY, NOW);
        assertThat(report.kind()).isEqualTo(ReferralKind.REPORT);
    }

    // --- the lifecycle

    @Test
    void theReceiverAcceptsAndCompletesAndEachStepIsKept() {
        Referral referral = sent();
        assertThat(referral.status()).isEqualTo(ReferralStatus.PENDING);
        referral.accept(CASEWORKER, TODAY, NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
        referral.complete(null, CASEWORKER, TODAY.plusDays(20), NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(referral.steps()).extracting(ReferralStep::step)
                .containsExactly(StepKind.SENT, StepKind.ACCEPTED, StepKind.COMPLETED);
        assertThat(referral.steps()).extracting(ReferralStep::recordedBy)
                .containsExactly("inspector", "caseworker", "caseworker");
    }

    @Test
    void onlyTheReceiverAnswersAndOnlyWhilePending() {
        Referral referral = sent();
        assertRefused(() -> referral.accept(INSPECTOR, TODAY, NOW), "referral.error.receiver-only");
        assertRefused(() -> referral.complete(null, CASEWORKER, TODAY, NOW), "referral.error.not-accepted");
        assertRefused(() -> referral.decline(null, null, CASEWORKER, TODAY, NOW), "referral.error.reason-required");
        referral.decline(DeclineReason.NO_CAPACITY, null, CASEWORKER, TODAY, NOW);
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
        assertRefused(() -> referral.accept(CASEWORKER, TODAY, NOW), "referral.error.not-pending");
        assertThat(referral.steps()).hasSize(2);
        assertThat(referral.steps().getLast().reason()).isEqualTo(DeclineReason.NO_CAPACITY);
    }

    @Test
    void theSenderRevokesOnlyWhilePending() {
        Referral pending = sent();
        assertRefused(() -> pending.revoke(null, CASEWORKER, TODAY, NOW), "referral.error.sender-only");
        pending.revoke(null, INSPECTOR, TODAY, NOW);
        assertThat(pending.status()).isEqualTo(ReferralStatus.REVOKED);
        assertThat(pending.status().open()).isFalse();
        Referral accepted = sent();
        accepted.accept(CASEWORKER, TODAY, NOW);
        assertRefused(() -> accepted.revoke(null, INSPECTOR, TODAY, NOW), "referral.error.revoke-not-pending");
    }

    @Test
    void aPendingReferralIsOverdueAfterItsAnswerDate() {
        Referral referral = sent();
        assertThat(referral.overdue(TODAY.plusDays(3))).isFalse();
        assertThat(referral.overdue(TODAY.plusDays(4))).isTrue();
        referral.accept(CASEWORKER, TODAY.plusDays(4), NOW);
        assertThat(referral.overdue(TODAY.plusDays(10))).isFalse();
    }

    @Test
    void eachSideIsTheOtherOnesNotified() {
        Referral referral = sent();
        assertThat(referral.otherSide(INSPECTORATE)).isEqualTo(SHELTER);
        assertThat(referral.otherSide(SHELTER)).isEqualTo(INSPECTORATE);
    }

    @Test
    void aServiceEpisodeHasAPeriodACostAndAFundingSource() {
        assertRefused(() -> ServiceEpisode.record(1, null, SHELTER, ServiceType.SHELTER, TODAY, TODAY.minusDays(1), 10L,
                FundingSource.STATE_BUDGET, "caseworker", TODAY, NOW), "service.error.period");
        assertRefused(() -> ServiceEpisode.record(1, null, SHELTER, ServiceType.SHELTER, TODAY, null, -1L,
                FundingSource.STATE_BUDGET, "caseworker", TODAY, NOW), "service.error.cost");
        assertRefused(() -> ServiceEpisode.record(1, null, SHELTER, ServiceType.SHELTER, TODAY, null, 0L, null,
                "caseworker", TODAY, NOW), "service.error.incomplete");
        assertThat(ServiceEpisode.record(1, null, SHELTER, ServiceType.MEDICAL, TODAY.minusDays(3), TODAY, 45_000L,
                FundingSource.LOCAL_BUDGET, "caseworker", TODAY, NOW).costKzt()).isEqualTo(45_000L);
    }
}
