package kz.qorgau.identity;

import static kz.qorgau.organisations.OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION;
import static kz.qorgau.organisations.OrganisationType.COURT;
import static kz.qorgau.organisations.OrganisationType.DIPLOMATIC_MISSION;
import static kz.qorgau.organisations.OrganisationType.HEALTH_SERVICE_ORGANISATION;
import static kz.qorgau.organisations.OrganisationType.HOTLINE;
import static kz.qorgau.organisations.OrganisationType.IMMIGRATION_SERVICE;
import static kz.qorgau.organisations.OrganisationType.INTERNATIONAL_ORGANISATION;
import static kz.qorgau.organisations.OrganisationType.LABOUR_INSPECTORATE;
import static kz.qorgau.organisations.OrganisationType.LAW_ENFORCEMENT;
import static kz.qorgau.organisations.OrganisationType.LEGAL_SERVICE;
import static kz.qorgau.organisations.OrganisationType.LOCAL_GOVERNMENT_ORGANISATION;
import static kz.qorgau.organisations.OrganisationType.MIGRATION_SERVICE;
import static kz.qorgau.organisations.OrganisationType.NGO;
import static kz.qorgau.organisations.OrganisationType.POLICE_UNIT;
import static kz.qorgau.organisations.OrganisationType.PROSECUTOR_OFFICE;
import static kz.qorgau.organisations.OrganisationType.SHELTER;
import static kz.qorgau.shared.Permission.AGENCIES;
import static kz.qorgau.shared.Permission.AGENCIES_LICENSE;
import static kz.qorgau.shared.Permission.AGGREGATES;
import static kz.qorgau.shared.Permission.API_DOCUMENTATION;
import static kz.qorgau.shared.Permission.ADMINISTER_ORGANISATIONS;
import static kz.qorgau.shared.Permission.ADMINISTER_USERS;
import static kz.qorgau.shared.Permission.SHELTERS;
import static kz.qorgau.shared.Permission.SHELTERS_OVERSEE;
import static kz.qorgau.shared.Permission.AUDIT;
import static kz.qorgau.shared.Permission.BREAK_GLASS;
import static kz.qorgau.shared.Permission.CASES;
import static kz.qorgau.shared.Permission.CASES_ADJUDICATE;
import static kz.qorgau.shared.Permission.CASES_INVESTIGATE;
import static kz.qorgau.shared.Permission.CASES_OF_COURT;
import static kz.qorgau.shared.Permission.CASES_OF_REGION;
import static kz.qorgau.shared.Permission.HOTLINE_NOTIFICATIONS;
import static kz.qorgau.shared.Permission.CASES_PROSECUTE;
import static kz.qorgau.shared.Permission.CASES_QUALIFY;
import static kz.qorgau.shared.Permission.COOPERATION_RECORD;
import static kz.qorgau.shared.Permission.EXPORT_RECORDS;
import static kz.qorgau.shared.Permission.IMPORT_RECORDS;
import static kz.qorgau.shared.Permission.INSPECTIONS;
import static kz.qorgau.shared.Permission.INSPECTION_NOTIFICATIONS;
import static kz.qorgau.shared.Permission.LINKAGE_REVIEW;
import static kz.qorgau.shared.Permission.LINKAGE_SUBMIT;
import static kz.qorgau.shared.Permission.OPERATIONS;
import static kz.qorgau.shared.Permission.OPERATIONS_RECORD;
import static kz.qorgau.shared.Permission.OWN_ACCOUNT;
import static kz.qorgau.shared.Permission.PERSONS;
import static kz.qorgau.shared.Permission.PREVENTION;
import static kz.qorgau.shared.Permission.REFERRALS;
import static kz.qorgau.shared.Permission.REFER_ABROAD;
import static kz.qorgau.shared.Permission.REMOVALS;
import static kz.qorgau.shared.Permission.STATISTICS;
import static kz.qorgau.shared.Permission.STATISTICS_PUBLISH;
import static kz.qorgau.shared.Permission.SUPERVISE;
import static kz.qorgau.shared.Permission.VICTIMS;
import static kz.qorgau.shared.Permission.VICTIMS_OF_CASES;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.Permission;

/**
 * The roles of DESIGN.md §1 and the permissions each grants: the one place where roles meet permissions
 * (DESIGN.md §5, "Who may do what"). A user may hold several roles and holds the union of their permissions.
 */
public enum Role {
    ADMIN(types(CENTRAL_GOVERNMENT_ORGANISATION, LOCAL_GOVERNMENT_ORGANISATION), ADMINISTER_USERS,
            ADMINISTER_ORGANISATIONS, API_DOCUMENTATION, SHELTERS, SHELTERS_OVERSEE),
    INVESTIGATOR(types(POLICE_UNIT, LAW_ENFORCEMENT), PERSONS, CASES, CASES_OF_REGION, CASES_INVESTIGATE,
            CASES_QUALIFY, OPERATIONS, OPERATIONS_RECORD, COOPERATION_RECORD, VICTIMS, VICTIMS_OF_CASES, REFERRALS,
            INSPECTION_NOTIFICATIONS, HOTLINE_NOTIFICATIONS, AGENCIES, BREAK_GLASS),
    SUPERVISOR(types(POLICE_UNIT, LAW_ENFORCEMENT), PERSONS, CASES, CASES_OF_REGION, CASES_INVESTIGATE, CASES_QUALIFY,
            CASES_PROSECUTE, OPERATIONS, OPERATIONS_RECORD, COOPERATION_RECORD, VICTIMS, VICTIMS_OF_CASES, REFERRALS,
            INSPECTION_NOTIFICATIONS, HOTLINE_NOTIFICATIONS, AGENCIES, STATISTICS, AGGREGATES, PREVENTION, BREAK_GLASS,
            SUPERVISE, LINKAGE_REVIEW),
    PROSECUTOR(types(PROSECUTOR_OFFICE), PERSONS, CASES, CASES_OF_REGION, CASES_QUALIFY, CASES_PROSECUTE,
            CASES_ADJUDICATE, OPERATIONS, COOPERATION_RECORD, VICTIMS, VICTIMS_OF_CASES, REFERRALS, AGENCIES,
            BREAK_GLASS),
    COURT_CLERK(types(COURT), PERSONS, CASES, CASES_OF_COURT, CASES_ADJUDICATE, BREAK_GLASS),
    LABOUR_INSPECTOR(types(LABOUR_INSPECTORATE), PERSONS, VICTIMS, REFERRALS, INSPECTIONS, AGENCIES,
            AGENCIES_LICENSE),
    MIGRATION_OFFICER(types(MIGRATION_SERVICE, IMMIGRATION_SERVICE), PERSONS, VICTIMS, REFERRALS, REMOVALS, AGENCIES),
    CONSULAR_OFFICER(types(DIPLOMATIC_MISSION), PERSONS, VICTIMS, REFERRALS, AGENCIES),
    CASE_WORKER(types(NGO, SHELTER, LOCAL_GOVERNMENT_ORGANISATION, HEALTH_SERVICE_ORGANISATION, LEGAL_SERVICE,
            INTERNATIONAL_ORGANISATION), PERSONS, VICTIMS, REFERRALS, SHELTERS, AGENCIES, LINKAGE_SUBMIT),
    HOTLINE_OPERATOR(types(HOTLINE, NGO), PERSONS, VICTIMS, REFERRALS, AGENCIES, Permission.HOTLINE, LINKAGE_SUBMIT),
    /** Ministry staff of special social services: the register of shelters of their regions. */
    SOCIAL_SERVICES(types(CENTRAL_GOVERNMENT_ORGANISATION, LOCAL_GOVERNMENT_ORGANISATION), SHELTERS, SHELTERS_OVERSEE),
    ANALYST(types(CENTRAL_GOVERNMENT_ORGANISATION, LOCAL_GOVERNMENT_ORGANISATION, PROSECUTOR_OFFICE,
            INTERNATIONAL_ORGANISATION), STATISTICS, STATISTICS_PUBLISH, OPERATIONS, AGGREGATES, PREVENTION),
    AUDITOR(types(CENTRAL_GOVERNMENT_ORGANISATION, PROSECUTOR_OFFICE), AUDIT),
    /**
     * A permission rather than a job (DESIGN.md §5, "exports of records need a permission of their own"): may
     * download record-level exports, such as the k-anonymised CTDC victim data, beside a role that sees
     * statistics (on its own it opens nothing). Granted by an administrator, one user at a time. It fits every
     * organisation: the role beside it, which it needs, is the one held to the organisation's type.
     */
    RECORD_EXPORT(EnumSet.allOf(OrganisationType.class), EXPORT_RECORDS),
    /**
     * A permission rather than a job: may import persons and victim records in bulk (the exchange format), as records
     * of the user's organisation, beside a role that registers victims (on its own it opens nothing). Granted by an
     * administrator, one user at a time; it fits every organisation, as the role beside it is held to its type.
     */
    RECORD_IMPORT(EnumSet.allOf(OrganisationType.class), IMPORT_RECORDS),
    /**
     * A permission rather than a job: the focal point of the transnational referral mechanism, who refers victims to
     * other countries' systems and answers their referrals, beside a role that works with victims and referrals (on
     * its own it opens nothing). Granted by an administrator, one user at a time.
     */
    CROSS_BORDER_REFERRALS(EnumSet.allOf(OrganisationType.class), REFER_ABROAD);

    private final Set<Permission> permissions;
    private final Set<OrganisationType> organisationTypes;

    Role(Set<OrganisationType> organisationTypes, Permission... permissions) {
        this.permissions = Set.copyOf(EnumSet.of(OWN_ACCOUNT, permissions));
        this.organisationTypes = Set.copyOf(organisationTypes);
    }

    private static Set<OrganisationType> types(OrganisationType first, OrganisationType... rest) {
        return EnumSet.of(first, rest);
    }

    /**
     * Whether the role fits an organisation of the type (docs/access.md, "Roles and organisations"): police roles
     * for police units, the prosecutor's for prosecution offices, the court clerk's for courts, and so on. An
     * administrator grants a role that does not fit only by an explicit override with a reason, which is audited.
     */
    public boolean fits(OrganisationType type) {
        return organisationTypes.contains(type);
    }

    /** The types of organisation the role fits, in the order of {@link OrganisationType}. */
    public Set<OrganisationType> organisationTypes() {
        return organisationTypes;
    }

    /** The roles of the set that do not fit an organisation of the type, in the order of {@link Role}. */
    public static Set<Role> misfits(Collection<Role> roles, OrganisationType type) {
        Set<Role> misfits = EnumSet.noneOf(Role.class);
        roles.stream().filter(role -> !role.fits(type)).forEach(misfits::add);
        return misfits;
    }

    /** The permissions the role grants on its own. */
    public Set<Permission> permissions() {
        return permissions;
    }

    /**
     * The permissions of a user holding these roles: their union, where exporting records needs a role
     * that sees statistics beside it, importing records a role that registers persons and victims, and referring
     * abroad a role that works with victims and referrals.
     */
    public static Set<Permission> permissionsOf(Collection<Role> roles) {
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> held.addAll(role.permissions));
        if (!held.contains(STATISTICS)) {
            held.remove(EXPORT_RECORDS);
        }
        if (!held.contains(VICTIMS) || !held.contains(PERSONS)) {
            held.remove(IMPORT_RECORDS);
        }
        if (!held.contains(VICTIMS) || !held.contains(REFERRALS)) {
            held.remove(REFER_ABROAD);
        }
        return held;
    }

    /**
     * Whether the role reaches data about people or records (every role but the administrator's): an
     * administrator given one needs a second administrator's approval.
     */
    public boolean dataRole() {
        return this != ADMIN;
    }

    /** The Spring Security authority of the role. */
    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "role." + name();
    }
}
