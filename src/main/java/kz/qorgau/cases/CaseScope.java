package kz.qorgau.cases;

import java.util.Map;
import java.util.Set;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.shared.RegionCode;

/**
 * Who sees which cases (DESIGN.md §1): police and prosecutors the cases of their regions (all, with
 * national scope); a court the cases sent to it. Nobody else sees case records; analysts see statistics
 * only. Outside one's scope a case does not exist (404).
 */
final class CaseScope {

    static final Set<Role> REGIONAL = Set.of(Role.INVESTIGATOR, Role.SUPERVISOR, Role.PROSECUTOR);

    /**
     * Who reads special operations and requests for international cooperation: law enforcement, and analysts
     * (their lists hold no personal data; a request's case stays within {@link #sql}'s scope).
     */
    static final String MAY_READ_OPERATIONS = "hasAnyRole('INVESTIGATOR', 'SUPERVISOR', 'PROSECUTOR', 'ANALYST')";
    private static final Set<Role> OPERATIONS_READERS = Set.of(Role.INVESTIGATOR, Role.SUPERVISOR, Role.PROSECUTOR,
            Role.ANALYST);

    private CaseScope() {
    }

    static boolean mayReadOperations(QorgauUser user) {
        return OPERATIONS_READERS.stream().anyMatch(user::hasRole);
    }

    static boolean mayUseCases(QorgauUser user) {
        return REGIONAL.stream().anyMatch(user::hasRole) || user.hasRole(Role.COURT_CLERK);
    }

    static boolean covers(QorgauUser user, RegionCode region, Long courtId) {
        if (REGIONAL.stream().anyMatch(user::hasRole) && user.covers(region)) {
            return true;
        }
        return user.hasRole(Role.COURT_CLERK) && courtId != null && courtId == user.organisationId();
    }

    /**
     * The same rule as SQL over {@code cases_case c}, with its parameters added to {@code params}.
     * Written so that PostgreSQL can use the region index for a regional user.
     */
    static String sql(QorgauUser user, Map<String, Object> params) {
        boolean regional = REGIONAL.stream().anyMatch(user::hasRole);
        boolean court = user.hasRole(Role.COURT_CLERK);
        if (regional && user.nationalScope()) {
            return "true";
        }
        StringBuilder condition = new StringBuilder("(false");
        if (regional && !user.regions().isEmpty()) {
            condition.append(" or c.region_code in (:scopeRegions)");
            params.put("scopeRegions", user.regions().stream().map(RegionCode::value).toList());
        }
        if (court) {
            condition.append(" or c.court_id = :scopeCourt");
            params.put("scopeCourt", user.organisationId());
        }
        return condition.append(")").toString();
    }
}
