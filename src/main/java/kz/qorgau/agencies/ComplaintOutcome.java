package kz.qorgau.agencies;

/** The licensing authority's outcome of a complaint: unfounded, a sanction imposed, referred to the police, withdrawn. */
public enum ComplaintOutcome {
    UNFOUNDED, SANCTIONED, REFERRED_TO_POLICE, WITHDRAWN;

    public String messageKey() {
        return "agency.complaint.outcome." + name();
    }
}
