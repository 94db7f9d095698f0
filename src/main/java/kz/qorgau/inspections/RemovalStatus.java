package kz.qorgau.inspections;

/** Where a removal proceeding stands. */
public enum RemovalStatus {
    /** Decided, not executed yet. */
    PENDING,
    /** Stopped: the person was screened as a possible or presumed victim, pending the reflection period. */
    STOPPED,
    /** The person has left the country. */
    EXECUTED;

    public String messageKey() {
        return "removal.status." + name();
    }
}
