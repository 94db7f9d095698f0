package kz.qorgau.referrals;

/** A referral for services, or a transfer that also hands over the ownership of the victim's case. */
public enum ReferralKind {
    REFERRAL,
    TRANSFER;

    public String messageKey() {
        return "referral.kind." + name();
    }
}
