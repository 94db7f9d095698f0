package kz.qorgau.shelters;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.WorkQueue;

/**
 * The stays of the organisation's shelters whose special social services period ends within 30 days or has ended,
 * counted by the list their links open ({@link ShelterDirectory#duePeriods}), read once.
 */
@Component
class ShelterQueue implements WorkQueue {

    private final ShelterDirectory directory;

    ShelterQueue(ShelterDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Permission permission() {
        return Permission.SHELTERS;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public String section() {
        return "/shelters";
    }

    @Override
    public String messageKey() {
        return "queue.shelters";
    }

    @Override
    public List<Item> items() {
        if (!directory.operatesAny()) {
            return List.of();
        }
        List<ShelterViews.DueStay> due = directory.duePeriods();
        long over = due.stream().filter(ShelterViews.DueStay::overdue).count();
        return List.of(
                Item.of("queue.shelters.periods-ending", due.size() - over, "/shelters/deadlines", "hourglass-split"),
                Item.late("queue.shelters.periods-over", over, "/shelters/deadlines?overdue=true", "alarm"));
    }
}
