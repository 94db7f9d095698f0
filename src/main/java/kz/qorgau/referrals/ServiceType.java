package kz.qorgau.referrals;

/** The services a victim is referred for. */
public enum ServiceType {
    SHELTER,
    MEDICAL,
    PSYCHOLOGICAL,
    LEGAL,
    EDUCATION,
    EMPLOYMENT,
    FINANCIAL,
    TRANSLATION,
    REPATRIATION,
    REINTEGRATION,
    OTHER;

    public String messageKey() {
        return "referral.service." + name();
    }
}
