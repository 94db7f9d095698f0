package kz.qorgau.referrals;

/** A step of a referral's life; each is dated, attributed, audited and notified to the other side. */
public enum StepKind {
    SENT(ReferralStatus.PENDING),
    ACCEPTED(ReferralStatus.ACCEPTED),
    DECLINED(ReferralStatus.DECLINED),
    COMPLETED(ReferralStatus.COMPLETED),
    REVOKED(ReferralStatus.REVOKED);

    private final ReferralStatus result;

    StepKind(ReferralStatus result) {
        this.result = result;
    }

    /** The status the referral is in after the step. */
    public ReferralStatus result() {
        return result;
    }

    public String messageKey() {
        return "referral.step." + name();
    }
}
