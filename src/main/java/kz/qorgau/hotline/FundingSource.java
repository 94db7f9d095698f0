package kz.qorgau.hotline;

/** Where a hotline's money came from. */
public enum FundingSource {
    STATE, LOCAL_BUDGET, INTERNATIONAL, PRIVATE_DONORS, OWN_FUNDS;

    public String messageKey() {
        return "hotline.money.source." + name();
    }
}
