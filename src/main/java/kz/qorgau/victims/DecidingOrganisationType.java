package kz.qorgau.victims;

import kz.qorgau.organisations.OrganisationType;

/** The kind of organisation that decided a trafficking status (HTCDS 2.0 {@code vic_TraffickingStatusDecisionMakingOrg}). */
public enum DecidingOrganisationType {
    POLICE,
    NGO,
    COURT_OR_PROSECUTION,
    NON_POLICE_GOVERNMENTAL_ORGANISATION,
    OTHER;

    /** The HTCDS kind of an organisation of Qorgau's register. */
    public static DecidingOrganisationType of(OrganisationType type) {
        return switch (type) {
            case POLICE_UNIT, LAW_ENFORCEMENT -> POLICE;
            case NGO, SHELTER, HOTLINE -> NGO;
            case PROSECUTOR_OFFICE, COURT -> COURT_OR_PROSECUTION;
            case LABOUR_INSPECTORATE, MIGRATION_SERVICE, IMMIGRATION_SERVICE, DIPLOMATIC_MISSION,
                    CENTRAL_GOVERNMENT_ORGANISATION, LOCAL_GOVERNMENT_ORGANISATION, HEALTH_SERVICE_ORGANISATION,
                    SCHOOL_OR_COLLEGE -> NON_POLICE_GOVERNMENTAL_ORGANISATION;
            case LEGAL_SERVICE, CORPORATE_BUSINESS, INTERNATIONAL_ORGANISATION, OTHER -> OTHER;
        };
    }

    public String messageKey() {
        return "victim.deciding." + name();
    }
}
