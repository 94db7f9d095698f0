package kz.qorgau.shelters;

import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;

/**
 * Who reaches which shelter (DESIGN.md §5): the staff of the operating organisation reach its shelters and their
 * stays; overseers (special social services, administrators) reach the shelters of their regions, national scope
 * all of them, but not who stays there. The address is read by the operator's staff and by administrators only.
 * Nobody else reaches a shelter: for them it does not exist.
 */
@Component
class ShelterScope {

    boolean sees(QorgauUser user, Shelter shelter) {
        return operates(user, shelter) || oversees(user, shelter);
    }

    boolean operates(QorgauUser user, Shelter shelter) {
        return user.may(Permission.SHELTERS) && shelter.organisationId() == user.organisationId();
    }

    boolean oversees(QorgauUser user, Shelter shelter) {
        return user.may(Permission.SHELTERS_OVERSEE) && (user.nationalScope() || user.covers(shelter.region()));
    }

    boolean readsAddress(QorgauUser user, Shelter shelter) {
        return operates(user, shelter) || user.may(Permission.ADMINISTER_ORGANISATIONS) && oversees(user, shelter);
    }

    /** The register's rows the user reaches, as an SQL condition on {@code shelters_shelter h}. */
    String sql(QorgauUser user) {
        String own = user.may(Permission.SHELTERS) ? "h.organisation_id = " + user.organisationId() : "false";
        if (!user.may(Permission.SHELTERS_OVERSEE)) {
            return own;
        }
        if (user.nationalScope()) {
            return "true";
        }
        // a region code is two digits after KZ- (RegionCode checks it) and an id a number: nothing here can be SQL
        String regions = user.regions().stream().map(region -> "'" + region.value() + "'")
                .reduce((a, b) -> a + ", " + b).orElse(null);
        return regions == null ? own : "(" + own + " or h.region in (" + regions + "))";
    }
}
