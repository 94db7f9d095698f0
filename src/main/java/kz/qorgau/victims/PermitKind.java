package kz.qorgau.victims;

/** Permits a foreign victim may be granted (2022 amendments: temporary residence and work). */
public enum PermitKind {
    TEMPORARY_RESIDENCE,
    WORK;

    public String messageKey() {
        return "victim.permit." + name();
    }
}
