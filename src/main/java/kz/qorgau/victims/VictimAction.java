package kz.qorgau.victims;

/**
 * What a user may do on a victim record, as the record's page offers it ({@link VictimViews.VictimView#actions},
 * worked out by {@link Victim#allowedActions}); the commands check again.
 */
public enum VictimAction {
    DECIDE_STATUS,
    /** Replace the situation: only for those who may read its sealed texts, which the form holds. */
    DESCRIBE,
    RECORD_CONSENT,
    INFORM_OF_RIGHT,
    START_REFLECTION,
    EXTEND_REFLECTION,
    APPLY_FOR_PERMIT,
    DECIDE_PERMIT,
    FILE_COMPENSATION,
    /** Award or pay a claim filed. */
    SETTLE_COMPENSATION,
    RECORD_TESTIMONY,
    /** State protection is decided by the police and prosecutors of the proceedings. */
    RECORD_PROTECTION,
    RECORD_NON_PUNISHMENT
}
