package kz.qorgau.identity;

import static kz.qorgau.shared.Permission.API_DOCUMENTATION;
import static kz.qorgau.shared.Permission.ADMINISTER_ORGANISATIONS;
import static kz.qorgau.shared.Permission.ADMINISTER_USERS;
import static kz.qorgau.shared.Permission.AUDIT;
import static kz.qorgau.shared.Permission.BREAK_GLASS;
import static kz.qorgau.shared.Permission.CASES;
import static kz.qorgau.shared.Permission.CASES_ADJUDICATE;
import static kz.qorgau.shared.Permission.CASES_INVESTIGATE;
import static kz.qorgau.shared.Permission.CASES_OF_COURT;
import static kz.qorgau.shared.Permission.CASES_OF_REGION;
import static kz.qorgau.shared.Permission.CASES_PROSECUTE;
import static kz.qorgau.shared.Permission.CASES_QUALIFY;
import static kz.qorgau.shared.Permission.COOPERATION_RECORD;
import static kz.qorgau.shared.Permission.EXPORT_RECORDS;
import static kz.qorgau.shared.Permission.OPERATIONS;
import static kz.qorgau.shared.Permission.OPERATIONS_RECORD;
import static kz.qorgau.shared.Permission.OWN_ACCOUNT;
import static kz.qorgau.shared.Permission.PERSONS;
import static kz.qorgau.shared.Permission.REFERRALS;
import static kz.qorgau.shared.Permission.STATISTICS;
import static kz.qorgau.shared.Permission.SUPERVISE;
import static kz.qorgau.shared.Permission.VICTIMS;
import static kz.qorgau.shared.Permission.VICTIMS_OF_CASES;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import kz.qorgau.shared.Permission;

/**
 * The roles of DESIGN.md §1 and the permissions each grants: the one place where roles meet permissions
 * (DESIGN.md §5, "Who may do what"). A user may hold several roles and holds the union of their permissions.
 */
public enum Role {
    ADMIN(ADMINISTER_USERS, ADMINISTER_ORGANISATIONS, API_DOCUMENTATION),
    INVESTIGATOR(PERSONS, CASES, CASES_OF_REGION, CASES_INVESTIGATE, CASES_QUALIFY, OPERATIONS, OPERATIONS_RECORD,
            COOPERATION_RECORD, VICTIMS, VICTIMS_OF_CASES, REFERRALS, BREAK_GLASS),
    SUPERVISOR(PERSONS, CASES, CASES_OF_REGION, CASES_INVESTIGATE, CASES_QUALIFY, CASES_PROSECUTE, OPERATIONS,
            OPERATIONS_RECORD, COOPERATION_RECORD, VICTIMS, VICTIMS_OF_CASES, REFERRALS, STATISTICS, BREAK_GLASS,
            SUPERVISE),
    PROSECUTOR(PERSONS, CASES, CASES_OF_REGION, CASES_QUALIFY, CASES_PROSECUTE, CASES_ADJUDICATE, OPERATIONS,
            COOPERATION_RECORD, VICTIMS, VICTIMS_OF_CASES, REFERRALS, BREAK_GLASS),
    COURT_CLERK(PERSONS, CASES, CASES_OF_COURT, CASES_ADJUDICATE, BREAK_GLASS),
    LABOUR_INSPECTOR(PERSONS, VICTIMS, REFERRALS),
    MIGRATION_OFFICER(PERSONS, VICTIMS, REFERRALS),
    CONSULAR_OFFICER(PERSONS, VICTIMS, REFERRALS),
    CASE_WORKER(PERSONS, VICTIMS, REFERRALS),
    HOTLINE_OPERATOR(PERSONS, VICTIMS, REFERRALS),
    ANALYST(STATISTICS, OPERATIONS),
    AUDITOR(AUDIT),
    /**
     * A permission rather than a job (DESIGN.md §5, "exports of records need a permission of their own"): may
     * download record-level exports, such as the k-anonymised CTDC victim data, beside a role that sees
     * statistics (on its own it opens nothing). Granted by an administrator, one user at a time.
     */
    RECORD_EXPORT(EXPORT_RECORDS);

    private final Set<Permission> permissions;

    Role(Permission... permissions) {
        this.permissions = Set.copyOf(EnumSet.of(OWN_ACCOUNT, permissions));
    }

    /** The permissions the role grants on its own. */
    public Set<Permission> permissions() {
        return permissions;
    }

    /**
     * The permissions of a user holding these roles: their union, where exporting records needs a role
     * that sees statistics beside it.
     */
    public static Set<Permission> permissionsOf(Collection<Role> roles) {
        Set<Permission> held = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> held.addAll(role.permissions));
        if (!held.contains(STATISTICS)) {
            held.remove(EXPORT_RECORDS);
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
