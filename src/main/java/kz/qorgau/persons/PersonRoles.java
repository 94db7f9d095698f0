package kz.qorgau.persons;

import java.util.Set;

/**
 * The roles that work with persons (DESIGN.md §1): those who meet victims, suspects and witnesses.
 * Analysts (de-identified aggregates only), auditors and administrators (no personal data unless also
 * granted) do not.
 */
final class PersonRoles {

    static final String MAY_WORK_WITH_PERSONS = "hasAnyRole('INVESTIGATOR', 'SUPERVISOR', 'PROSECUTOR', 'COURT_CLERK', "
            + "'LABOUR_INSPECTOR', 'MIGRATION_OFFICER', 'CONSULAR_OFFICER', 'CASE_WORKER', 'HOTLINE_OPERATOR')";

    static final Set<String> NAMES = Set.of("INVESTIGATOR", "SUPERVISOR", "PROSECUTOR", "COURT_CLERK", "LABOUR_INSPECTOR",
            "MIGRATION_OFFICER", "CONSULAR_OFFICER", "CASE_WORKER", "HOTLINE_OPERATOR");

    private PersonRoles() {
    }
}
