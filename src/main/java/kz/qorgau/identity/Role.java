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
    AUDITOR,
    /**
     * A permission rather than a job (DESIGN.md §5, "exports of records need a permission of their own"): may
     * download record-level exports, such as the k-anonymised CTDC victim data, beside an analyst's or a
     * supervisor's role. Granted by an administrator, one user at a time.
     */
    RECORD_EXPORT;

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
