package kz.qorgau.prevention;

/** Who paid for a campaign: the state budget, a local (akimat) budget, an international donor, an NGO, a business. */
public enum FundingSource {
    STATE, LOCAL, INTERNATIONAL, NGO, PRIVATE;

    public String messageKey() {
        return "campaign.source." + name();
    }
}
