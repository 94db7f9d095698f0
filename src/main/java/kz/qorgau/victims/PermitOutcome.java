package kz.qorgau.victims;

/** The decision on a permit application; none yet while it is pending. */
public enum PermitOutcome {
    GRANTED,
    REFUSED;

    public String messageKey() {
        return "victim.permit-outcome." + name();
    }
}
