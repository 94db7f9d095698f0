package kz.qorgau.victims;

/**
 * Trafficking status of a victim record (HTCDS 2.0 {@code vic_TraffickingStatus}, with the presumed
 * victim of a reasonable-grounds decision between "possible" and "actual"). A person is counted as an
 * identified victim from the first date their status became presumed or confirmed (DESIGN.md §4).
 */
public enum TraffickingStatus {
    POSSIBLE("PossibleVictimOfTrafficking"),
    PRESUMED("ActualVictimOfTrafficking"),
    CONFIRMED("ActualVictimOfTrafficking"),
    NOT_A_VICTIM("NotAVictimOfTrafficking");

    private final String htcdsCode;

    TraffickingStatus(String htcdsCode) {
        this.htcdsCode = htcdsCode;
    }

    /** Whether the status counts the person as an identified victim. */
    public boolean identified() {
        return this == PRESUMED || this == CONFIRMED;
    }

    /** The HTCDS picklist value (HTCDS has no "presumed"; a presumed victim is exported as actual). */
    public String htcdsCode() {
        return htcdsCode;
    }

    public String messageKey() {
        return "victim.status." + name();
    }
}
