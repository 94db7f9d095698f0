package kz.qorgau.hotline;

/** What came of a call, as its page and the statistics show it (several may apply). */
public enum Outcome {
    /** The police were notified and have not answered yet. */
    POLICE_NOTIFIED,
    /** The police registered it in ERDR. */
    REGISTERED_IN_ERDR,
    /** The police refused. */
    POLICE_REFUSED,
    /** A victim record was made for the caller or the person reported. */
    VICTIM_IDENTIFIED,
    /** Referred to an NGO or a service. */
    REFERRED,
    /** No action, with the reason. */
    NO_ACTION;

    public String messageKey() {
        return "hotline.outcome." + name();
    }
}
