package kz.qorgau.agencies;

/**
 * Whether an agency may recruit on a day: its licence (or notification) in force, suspended, revoked (final) or
 * expired; before its licence was issued, none.
 */
public enum LicenceStatus {
    ACTIVE, SUSPENDED, REVOKED, EXPIRED, NONE;

    /** Whether the agency may recruit. */
    public boolean mayRecruit() {
        return this == ACTIVE;
    }

    public String messageKey() {
        return "agency.status." + name();
    }
}
