package kz.qorgau.referrals;

/** Where a referral stands, derived from its last step. */
public enum ReferralStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    COMPLETED,
    REVOKED;

    /** Whether the receiving organisation works with the victim under this referral (or decides whether to). */
    public boolean open() {
        return this == PENDING || this == ACCEPTED || this == COMPLETED;
    }

    public String messageKey() {
        return "referral.status." + name();
    }
}
