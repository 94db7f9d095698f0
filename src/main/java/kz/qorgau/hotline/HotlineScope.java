package kz.qorgau.hotline;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;

/**
 * Who reaches which call (DESIGN.md §5): a hotline's operators reach their own hotline's calls, and no other's; the
 * police unit notified of a call reaches that call as the notification shows it, and a police supervisor those of the
 * calls of their regions (national scope: all). Nobody else reaches one: for them it does not exist.
 */
@Component
class HotlineScope {

    boolean operates(QorgauUser user, Call call) {
        return user.may(Permission.HOTLINE) && call.hotlineId() == user.organisationId();
    }

    /** Whether the user answers or oversees the call's notification to the police. */
    boolean answers(QorgauUser user, Call call) {
        if (!user.may(Permission.HOTLINE_NOTIFICATIONS) || call.notice() == null) {
            return false;
        }
        return call.notice().policeUnitId() == user.organisationId() || user.may(Permission.SUPERVISE) && (user
                .nationalScope() || call.region() != null && user.covers(call.region()));
    }

    /** The calls the user logs and lists, as an SQL condition on {@code hotline_call c}. */
    String callsSql(QorgauUser user) {
        return user.may(Permission.HOTLINE) ? "c.hotline_id = " + user.organisationId() : "false";
    }

    /** The notified calls the user lists, as an SQL condition on {@code hotline_call c}. */
    String notificationsSql(QorgauUser user) {
        if (!user.may(Permission.HOTLINE_NOTIFICATIONS)) {
            return "false";
        }
        String own = "c.police_unit_id = " + user.organisationId();
        if (!user.may(Permission.SUPERVISE)) {
            return own;
        }
        if (user.nationalScope()) {
            return "c.police_unit_id is not null";
        }
        // a region code is two digits after KZ- (RegionCode checks it) and an id a number: nothing here can be SQL
        String regions = user.regions().stream().map(region -> "'" + region.value() + "'").collect(Collectors
                .joining(", "));
        return regions.isEmpty() ? own : "(" + own + " or (c.police_unit_id is not null and c.region in (" + regions
                + ")))";
    }
}
