package kz.qorgau.inspections;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.WorkQueue;

/**
 * The labour inspectors' notifications awaiting the police's answer, and those past their deadline, counted by the
 * list their links open (the unit's own, or for a supervisor those of the inspections in their regions).
 */
@Component
class NotificationQueue implements WorkQueue {

    private final InspectionDirectory directory;

    NotificationQueue(InspectionDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Permission permission() {
        return Permission.INSPECTION_NOTIFICATIONS;
    }

    @Override
    public int order() {
        return 150;
    }

    @Override
    public String section() {
        return "/inspections/notifications";
    }

    @Override
    public String messageKey() {
        return "queue.inspection-notifications";
    }

    @Override
    public List<Item> items() {
        InspectionDirectory.Awaiting awaiting = directory.awaiting();
        return List.of(
                Item.of("queue.inspection-notifications.awaiting", awaiting.awaiting() - awaiting.overdue(),
                        "/inspections/notifications", "bell"),
                Item.late("queue.inspection-notifications.overdue", awaiting.overdue(),
                        "/inspections/notifications?filter=OVERDUE", "alarm"));
    }
}
