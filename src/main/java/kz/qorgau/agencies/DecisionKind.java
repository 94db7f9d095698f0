package kz.qorgau.agencies;

/** A dated decision of the licensing authority on a licence. */
public enum DecisionKind {
    /** Suspended until reinstated. */
    SUSPENDED,
    /** A suspension lifted. */
    REINSTATED,
    /** Revoked: final. */
    REVOKED,
    /** Renewed until a later expiry. */
    RENEWED;

    public String messageKey() {
        return "agency.decision." + name();
    }
}
