package kz.qorgau.shelters;

/** A shelter for victims of trafficking, or a crisis centre that also takes them. */
public enum ShelterKind {
    SHELTER,
    CRISIS_CENTRE;

    public String messageKey() {
        return "shelter.kind." + name();
    }
}
