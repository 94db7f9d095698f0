package kz.qorgau.inspections;

/** The police's answer to an inspector's notification. */
public enum NotificationAnswer {
    /** Registered in ERDR: the notification names the criminal case. */
    REGISTERED,
    /** Refused, with the reason. */
    REFUSED;

    public String messageKey() {
        return "inspection.answer." + name();
    }
}
