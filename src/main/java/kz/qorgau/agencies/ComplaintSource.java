package kz.qorgau.agencies;

/** Who brought a complaint against an agency. */
public enum ComplaintSource {
    WORKER, HOTLINE, INSPECTION, NGO, CONSULATE, OTHER;

    public String messageKey() {
        return "agency.complaint.source." + name();
    }
}
