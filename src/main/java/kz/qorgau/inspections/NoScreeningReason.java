package kz.qorgau.inspections;

/** Why a person could not be screened for trafficking before removal (each counted). */
public enum NoScreeningReason {
    PERSON_REFUSED,
    NO_INTERPRETER,
    ABSCONDED,
    HEALTH,
    OTHER;

    public String messageKey() {
        return "removal.no-screening." + name();
    }
}
