package kz.qorgau.referrals;

import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.victims.VictimViews.ReferralFacts;

/**
 * The gates a referral passes before it is sent: no referral of an identified person without
 * consent to refer (the anonymous route refers without identity); unaccompanied children only to
 * providers that accept children; a transfer only by the organisation that owns the case; never to
 * oneself; a report of the crime only to the police, and of an identified person only with their consent to share
 * with law enforcement.
 */
final class ReferralRules {

    private ReferralRules() {
    }

    static void checkSendable(ReferralFacts victim, long from, long to, ReferralKind kind,
            boolean receiverAcceptsChildren) {
        if (!victim.mayBeReferred()) {
            throw new RuleViolationException("referral.error.no-consent");
        }
        if (from == to) {
            throw new RuleViolationException("referral.error.same-organisation");
        }
        if (victim.unaccompaniedChild() && !receiverAcceptsChildren) {
            throw new RuleViolationException("referral.error.children-not-accepted");
        }
        if (kind == ReferralKind.TRANSFER && victim.ownerOrganisationId() != from) {
            throw new RuleViolationException("referral.error.transfer-owner-only");
        }
    }

    /** A report goes to the police only; an identified person is reported only with their consent to share with them. */
    static void checkReport(ReferralFacts victim, boolean receiverIsPolice) {
        if (!receiverIsPolice) {
            throw new RuleViolationException("referral.error.report-to-police-only");
        }
        if (!victim.anonymous() && !victim.consentToLawEnforcement()) {
            throw new RuleViolationException("referral.error.report-no-consent");
        }
    }
}
