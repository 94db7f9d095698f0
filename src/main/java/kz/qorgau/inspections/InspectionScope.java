package kz.qorgau.inspections;

import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;

/**
 * Who reaches which inspection (DESIGN.md §5): labour inspectors reach their inspectorate's inspections; the police
 * reach the notifications addressed to their unit, and a police supervisor those of the inspections in their regions
 * (national scope: all), each with the inspection it is about. Nobody else reaches one: for them it does not exist.
 * Analysts see the aggregates of the statistics only.
 */
@Component
class InspectionScope {

    boolean inspects(QorgauUser user, Inspection inspection) {
        return user.may(Permission.INSPECTIONS) && inspection.organisationId() == user.organisationId();
    }

    /** Whether the user answers or oversees the notification (about the inspection given). */
    boolean answers(QorgauUser user, PoliceNotification notification, Inspection inspection) {
        if (!user.may(Permission.INSPECTION_NOTIFICATIONS)) {
            return false;
        }
        return notification.notice().policeUnitId() == user.organisationId() || oversees(user, inspection);
    }

    boolean oversees(QorgauUser user, Inspection inspection) {
        return user.may(Permission.INSPECTION_NOTIFICATIONS) && user.may(Permission.SUPERVISE)
                && (user.nationalScope() || user.covers(inspection.region()));
    }

    /** The inspections the user lists, as an SQL condition on {@code inspections_inspection i}. */
    String inspectionsSql(QorgauUser user) {
        return user.may(Permission.INSPECTIONS) ? "i.organisation_id = " + user.organisationId() : "false";
    }

    /**
     * The notifications the user lists, as an SQL condition on {@code inspections_notification n} joined to
     * {@code inspections_inspection i}.
     */
    String notificationsSql(QorgauUser user) {
        if (!user.may(Permission.INSPECTION_NOTIFICATIONS)) {
            return "false";
        }
        String own = "n.police_unit_id = " + user.organisationId();
        if (!user.may(Permission.SUPERVISE)) {
            return own;
        }
        if (user.nationalScope()) {
            return "true";
        }
        // a region code is two digits after KZ- (RegionCode checks it) and an id a number: nothing here can be SQL
        String regions = user.regions().stream().map(region -> "'" + region.value() + "'")
                .collect(Collectors.joining(", "));
        return regions.isEmpty() ? own : "(" + own + " or i.region in (" + regions + "))";
    }
}
