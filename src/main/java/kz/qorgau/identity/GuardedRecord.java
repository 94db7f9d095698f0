package kz.qorgau.identity;

/** The kinds of record a user may open outside their scope by breaking the glass ({@link BreakGlass}). */
public enum GuardedRecord {
    /** A criminal case, named by its ERDR number. */
    CASE,
    /** A victim record, named by its reference ({@code V-…}). */
    VICTIM;

    public String messageKey() {
        return "break-glass.record." + name();
    }
}
