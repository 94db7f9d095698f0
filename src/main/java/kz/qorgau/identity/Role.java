package kz.qorgau.identity;

/** The roles of DESIGN.md §1. A user may hold several. */
public enum Role {
    ADMIN,
    INVESTIGATOR,
    SUPERVISOR,
    PROSECUTOR,
    COURT_CLERK,
    LABOUR_INSPECTOR,
    MIGRATION_OFFICER,
    CONSULAR_OFFICER,
    CASE_WORKER,
    HOTLINE_OPERATOR,
    ANALYST,
    AUDITOR;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
