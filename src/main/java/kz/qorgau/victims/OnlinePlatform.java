package kz.qorgau.victims;

/**
 * Online platforms used to recruit (HTCDS 2.0 {@code vic_RecruitmentWebsitesAndApps}), extended with VK,
 * widely used in Central Asia (HTCDS: "additional relevant online platforms can be added"). Brand names
 * are shown as they are in every language; only "other" is translated.
 */
public enum OnlinePlatform {
    FACEBOOK("Facebook"),
    INSTAGRAM("Instagram"),
    WHATSAPP("WhatsApp"),
    TELEGRAM("Telegram"),
    FACEBOOK_MESSENGER("Facebook Messenger"),
    VIBER("Viber"),
    SNAPCHAT("Snapchat"),
    LINE("Line"),
    FOUR_SALE("4Sale"),
    WECHAT("WeChat"),
    QQ("QQ"),
    QZONE("QZone"),
    TIKTOK("TikTok"),
    TWITTER("X (Twitter)"),
    VK("VK"),
    OTHER(null);

    private final String brand;

    OnlinePlatform(String brand) {
        this.brand = brand;
    }

    /** The platform's name; null for "other", whose label is {@code victim.platform.OTHER}. */
    public String brand() {
        return brand;
    }
}
