package kz.qorgau.organisations;

/**
 * Kinds of organisation: the HTCDS 2.0 {@code org_Type} picklist, extended with the agencies of
 * Kazakhstan's referral mechanism that HTCDS does not name.
 */
public enum OrganisationType {
    // HTCDS 2.0
    NGO,
    LAW_ENFORCEMENT,
    HEALTH_SERVICE_ORGANISATION,
    CENTRAL_GOVERNMENT_ORGANISATION,
    LOCAL_GOVERNMENT_ORGANISATION,
    IMMIGRATION_SERVICE,
    LEGAL_SERVICE,
    CORPORATE_BUSINESS,
    SCHOOL_OR_COLLEGE,
    // Qorgau extensions
    POLICE_UNIT,
    PROSECUTOR_OFFICE,
    COURT,
    LABOUR_INSPECTORATE,
    MIGRATION_SERVICE,
    DIPLOMATIC_MISSION,
    SHELTER,
    HOTLINE,
    INTERNATIONAL_ORGANISATION,
    OTHER;

    /** The message key of the type's name. */
    public String messageKey() {
        return "organisation.type." + name();
    }
}
