package kz.qorgau.victims;

/**
 * Methods of control used by traffickers (HTCDS 2.0 {@code vic_MethodsOfControl}), extended with restriction
 * of movement, to which the ILO indicators of the same name map (shared/reference/screening-indicators.md).
 */
public enum ControlMethod {
    PHYSICAL_THREATS,
    THREATS_LAW_ENFORCEMENT,
    THREATENS_CHILDREN_FAMILY,
    DEBT_BONDAGE,
    FALSE_PROMISES,
    PHYSICAL_ABUSE,
    SEXUAL_ABUSE,
    TAKES_EARNINGS,
    RESTRICTS_FINANCIAL_ACCESS,
    RESTRICTS_MEDICAL_CARE,
    WITHHOLDS_NECESSITIES,
    PSYCHOLOGICAL_ABUSE,
    PSYCHOACTIVE_SUBSTANCE,
    EXCESSIVE_WORKING_HOURS,
    WITHHOLDS_DOCUMENTS,
    RESTRICTS_MOVEMENT,
    OTHER;

    public String messageKey() {
        return "victim.control." + name();
    }
}
