package kz.qorgau.referrals;

/**
 * A referral for services, a transfer that also hands over the ownership of the victim's case, or a report of the
 * crime to the police (to a police unit, with the victim's consent to share with law enforcement; no services).
 */
public enum ReferralKind {
    REFERRAL,
    TRANSFER,
    REPORT;

    public String messageKey() {
        return "referral.kind." + name();
    }
}
