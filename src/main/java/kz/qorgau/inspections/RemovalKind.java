package kz.qorgau.inspections;

/** The decision to remove a foreign national from Kazakhstan. */
public enum RemovalKind {
    /** Administrative expulsion ordered by a court. */
    EXPULSION,
    /** Deportation decided by the migration service. */
    DEPORTATION;

    public String messageKey() {
        return "removal.kind." + name();
    }
}
