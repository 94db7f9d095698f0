package kz.qorgau.shelters;

/** Where a shelter's money for a year comes from (the seed report states state funding in KZT and USD). */
public enum AllocationSource {
    REPUBLICAN_BUDGET,
    LOCAL_BUDGET,
    STATE_SOCIAL_ORDER,
    INTERNATIONAL_DONOR,
    OWN_FUNDS,
    PRIVATE_DONATIONS;

    /** Money of the state: the republican and local budgets and the state social order. */
    public boolean state() {
        return this == REPUBLICAN_BUDGET || this == LOCAL_BUDGET || this == STATE_SOCIAL_ORDER;
    }

    public String messageKey() {
        return "shelter.source." + name();
    }
}
