package kz.qorgau.agencies;

/** What a complaint alleges an agency did. */
public enum Allegation {
    /** Fees for the job charged to the worker. */
    FEES_CHARGED,
    /** Deception about the job, its pay or its conditions. */
    JOB_DECEPTION,
    /** The worker's identity documents retained. */
    DOCUMENTS_RETAINED,
    /** No written contract. */
    NO_CONTRACT,
    /** Indicators of trafficking in persons. */
    TRAFFICKING_INDICATORS;

    public String messageKey() {
        return "agency.complaint.allegation." + name();
    }
}
