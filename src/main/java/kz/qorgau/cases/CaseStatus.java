package kz.qorgau.cases;

/**
 * Where a case stands now, derived from its effective timeline. For lists and filters only: statistics
 * count dated events, never the current status (DESIGN.md §4).
 */
public enum CaseStatus {
    INVESTIGATION, SUSPENDED, TERMINATED, IN_COURT, DECIDED;

    public String messageKey() {
        return "case.status." + name();
    }
}
