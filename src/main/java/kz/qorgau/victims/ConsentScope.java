package kz.qorgau.victims;

/**
 * What a victim consents to (HTCDS 2.0 Consent section, split by purpose): the processing of their
 * personal data, being referred to services, and the sharing of their data with law enforcement.
 * Services never depend on the third (TIP report 2023: assistance regardless of cooperation).
 */
public enum ConsentScope {
    PROCESSING,
    REFERRAL,
    LAW_ENFORCEMENT;

    public String messageKey() {
        return "consent.scope." + name();
    }
}
