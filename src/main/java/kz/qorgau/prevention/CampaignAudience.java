package kz.qorgau.prevention;

/** Whom an awareness campaign addressed; a campaign may address several audiences. */
public enum CampaignAudience {
    CHILDREN, MIGRANTS, CITIZENS_GOING_ABROAD, EMPLOYERS, GENERAL_PUBLIC;

    public String messageKey() {
        return "campaign.audience." + name();
    }
}
