package kz.qorgau.cases;

/**
 * What a user may do on a case besides recording events ({@link CaseViews.Actions}, worked out by the case);
 * the commands check again.
 */
public enum CaseAction {
    /** Replace the summary narrative. */
    DESCRIBE,
    /** Change the charges, forms and flags (until the case is decided). */
    REQUALIFY,
    /** Add a suspect or defendant (while under investigation or suspended). */
    ADD_DEFENDANT,
    /** Link victim records to the case. */
    LINK_VICTIMS
}
