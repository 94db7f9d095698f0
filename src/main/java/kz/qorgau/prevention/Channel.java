package kz.qorgau.prevention;

/** How an awareness campaign reached its audience. */
public enum Channel {
    TELEVISION, RADIO, PRINT, SOCIAL_MEDIA, WEBSITE, OUTDOOR, EVENTS, MESSENGERS;

    public String messageKey() {
        return "campaign.channel." + name();
    }
}
