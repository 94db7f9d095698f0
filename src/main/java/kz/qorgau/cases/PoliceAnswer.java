package kz.qorgau.cases;

/** The police's answer to a notification ({@link PoliceNotice}). */
public enum PoliceAnswer {
    /** Registered in ERDR: the notification names the criminal case. */
    REGISTERED,
    /** Refused, with the reason. */
    REFUSED;

    public String messageKey() {
        return "police.answer." + name();
    }
}
