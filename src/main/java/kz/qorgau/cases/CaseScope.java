package kz.qorgau.cases;

import java.util.Map;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;

/**
 * Who sees which cases (DESIGN.md §1): those holding {@link Permission#CASES_OF_REGION} the cases of their
 * regions (all, with national scope); those holding {@link Permission#CASES_OF_COURT} the cases sent to their
 * court. Nobody else sees case records; analysts see statistics only. Outside one's scope a case does not
 * exist (404).
 */
final class CaseScope {

    private CaseScope() {
    }

    static boolean mayReadOperations(QorgauUser user) {
        return user.may(Permission.OPERATIONS);
    }

    static boolean mayUseCases(QorgauUser user) {
        return user.may(Permission.CASES);
    }

    static boolean covers(QorgauUser user, RegionCode region, Long courtId) {
        if (user.may(Permission.CASES_OF_REGION) && user.covers(region)) {
            return true;
        }
        return user.may(Permission.CASES_OF_COURT) && courtId != null && courtId == user.organisationId();
    }

    /**
     * Whether a case may be registered under the unit (whose region is given, null for a national unit): a user of
     * national scope under any unit; a regional user under a national unit or one of their regions, so that a case
     * of theirs is never investigated by a unit of a region they do not serve.
     */
    static boolean mayRegisterUnder(QorgauUser user, RegionCode unitRegion) {
        return user.nationalScope() || unitRegion == null || user.covers(unitRegion);
    }

    /**
     * The same rule as SQL over {@code cases_case c}, with its parameters added to {@code params}.
     * Written so that PostgreSQL can use the region index for a regional user.
     */
    static String sql(QorgauUser user, Map<String, Object> params) {
        boolean regional = user.may(Permission.CASES_OF_REGION);
        boolean court = user.may(Permission.CASES_OF_COURT);
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
