package kz.qorgau.victims;

/** How the victim knew the recruiter (HTCDS 2.0 {@code vic_RelationshipToTrafficker}). */
public enum RecruiterRelationship {
    FAMILIAL,
    ACQUAINTED,
    UNACQUAINTED;

    public String messageKey() {
        return "victim.relationship." + name();
    }
}
