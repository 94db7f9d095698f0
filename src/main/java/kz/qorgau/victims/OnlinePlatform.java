package kz.qorgau.victims;

/**
 * Online platforms used to recruit (HTCDS 2.0 {@code vic_RecruitmentWebsitesAndApps}), extended with VKontakte,
 * widely used in Central Asia (HTCDS: "additional relevant online platforms can be added").
 */
public enum OnlinePlatform {
    FACEBOOK,
    INSTAGRAM,
    WHATSAPP,
    TELEGRAM,
    FACEBOOK_MESSENGER,
    VIBER,
    SNAPCHAT,
    LINE,
    FOUR_SALE,
    WECHAT,
    QQ,
    QZONE,
    TIKTOK,
    TWITTER,
    VKONTAKTE,
    OTHER;

    public String messageKey() {
        return "victim.platform." + name();
    }
}
