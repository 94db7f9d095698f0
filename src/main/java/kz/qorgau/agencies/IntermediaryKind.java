package kz.qorgau.agencies;

/** An informal intermediary: a person, or a company (known by its BIN where the report gives one). */
public enum IntermediaryKind {
    PERSON, COMPANY;

    public String messageKey() {
        return "intermediary.kind." + name();
    }
}
