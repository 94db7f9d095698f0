package kz.qorgau.inspections;

/** A link of the contracting chain, from the main contractor down to the intermediary who brought the workers. */
public enum ContractorRole {
    MAIN_CONTRACTOR,
    SUBCONTRACTOR,
    INTERMEDIARY;

    public String messageKey() {
        return "inspection.contractor." + name();
    }
}
