package kz.qorgau.victims;

/** What falls due for a victim: a foreign victim's reflection period or permit, a shelter's special social services. */
public enum DeadlineKind {
    REFLECTION_PERIOD_ENDS,
    PERMIT_EXPIRES,
    SPECIAL_SOCIAL_SERVICES_END;

    public String messageKey() {
        return "victim.deadline." + name();
    }
}
