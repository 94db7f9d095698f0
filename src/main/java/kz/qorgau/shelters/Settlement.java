package kz.qorgau.shelters;

/** Where a shelter is: most forced labour happens far from the cities where most services are. */
public enum Settlement {
    URBAN,
    RURAL;

    public String messageKey() {
        return "shelter.settlement." + name();
    }
}
