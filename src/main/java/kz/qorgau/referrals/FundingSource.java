package kz.qorgau.referrals;

/** Who paid for a service episode (the statistics report funding by source, as for shelters). */
public enum FundingSource {
    STATE_BUDGET,
    LOCAL_BUDGET,
    INTERNATIONAL_DONOR,
    OWN_FUNDS,
    PRIVATE_DONATIONS,
    OTHER;

    public String messageKey() {
        return "service.funding." + name();
    }
}
