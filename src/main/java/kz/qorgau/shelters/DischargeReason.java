package kz.qorgau.shelters;

/** Why a stay ended. */
public enum DischargeReason {
    SERVICES_COMPLETED,
    RETURNED_HOME,
    REPATRIATED,
    LEFT_ON_OWN_DECISION,
    MOVED_TO_ANOTHER_SHELTER,
    OTHER;

    public String messageKey() {
        return "shelter.discharge." + name();
    }
}
