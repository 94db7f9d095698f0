package kz.qorgau.cases;

/** A first-instance outcome for one defendant. */
public enum VerdictOutcome {
    CONVICTED, ACQUITTED, DISMISSED;

    public String messageKey() {
        return "case.verdict." + name();
    }
}
