package kz.qorgau.victims;

import java.util.Set;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;

/**
 * The roles that work with victim records (DESIGN.md §1): the first responders who screen and refer, the
 * police and prosecutors of the victims' cases, and the case workers who assist them. Courts work with
 * cases; analysts see de-identified aggregates only; auditors and administrators see no victim records.
 */
final class VictimRoles {

    static final String MAY_WORK_WITH_VICTIMS = "hasAnyRole('INVESTIGATOR', 'SUPERVISOR', 'PROSECUTOR', "
            + "'LABOUR_INSPECTOR', 'MIGRATION_OFFICER', 'CONSULAR_OFFICER', 'CASE_WORKER', 'HOTLINE_OPERATOR')";

    static final Set<String> NAMES = Set.of("INVESTIGATOR", "SUPERVISOR", "PROSECUTOR", "LABOUR_INSPECTOR",
            "MIGRATION_OFFICER", "CONSULAR_OFFICER", "CASE_WORKER", "HOTLINE_OPERATOR");

    /** Law enforcement: sees the victims of its cases, links victims to cases, records state protection. */
    static final Set<Role> LAW_ENFORCEMENT = Set.of(Role.INVESTIGATOR, Role.SUPERVISOR, Role.PROSECUTOR);

    private VictimRoles() {
    }

    static boolean mayWorkWithVictims(QorgauUser user) {
        return NAMES.stream().anyMatch(name -> user.hasRole(Role.valueOf(name)));
    }

    static boolean lawEnforcement(QorgauUser user) {
        return LAW_ENFORCEMENT.stream().anyMatch(user::hasRole);
    }
}
