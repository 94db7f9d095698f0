package kz.qorgau.inspections;

/** The labour law violations an inspection found. */
public enum LabourViolation {
    WAGES_WITHHELD,
    DOCUMENTS_RETAINED,
    EXCESSIVE_HOURS,
    NO_CONTRACT,
    UNSAFE_CONDITIONS,
    CHILD_LABOUR,
    OTHER;

    public String messageKey() {
        return "inspection.violation." + name();
    }
}
