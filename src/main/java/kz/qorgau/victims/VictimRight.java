package kz.qorgau.victims;

/**
 * The rights a victim must be told of (TIP report 2023; law "On Combating Human Trafficking", 2024), each
 * recorded with the date and who informed them.
 */
public enum VictimRight {
    COMPENSATION,
    FREE_LEGAL_AID,
    REFLECTION_PERIOD,
    RESIDENCE_AND_WORK_PERMIT,
    SERVICES_REGARDLESS_OF_COOPERATION;

    public String messageKey() {
        return "victim.right." + name();
    }
}
