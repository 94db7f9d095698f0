package kz.qorgau.referrals;

/** Why a receiving organisation declines a referral. */
public enum DeclineReason {
    NO_CAPACITY,
    SERVICE_NOT_PROVIDED,
    OUTSIDE_AREA,
    NOT_ELIGIBLE,
    CLIENT_REFUSED,
    OTHER;

    public String messageKey() {
        return "referral.decline-reason." + name();
    }
}
