package kz.qorgau.hotline;

/** How a call or message reached the hotline. */
public enum Channel {
    PHONE, WHATSAPP, TELEGRAM, EMAIL, WEB_FORM, WALK_IN;

    public String messageKey() {
        return "hotline.channel." + name();
    }
}
