package kz.qorgau.victims;

/** What falls due for a foreign victim. */
public enum DeadlineKind {
    REFLECTION_PERIOD_ENDS,
    PERMIT_EXPIRES;

    public String messageKey() {
        return "victim.deadline." + name();
    }
}
