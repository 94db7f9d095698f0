package kz.qorgau.victims;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.WorkQueue;

/**
 * The deadlines of foreign victims awaiting the user: the deadlines page's own list ({@link VictimList#deadlines}),
 * counted, so that the count is the number of rows the page shows; the overdue ones among them apart.
 */
@Component
class VictimQueue implements WorkQueue {

    private final VictimList list;

    VictimQueue(VictimList list) {
        this.list = list;
    }

    @Override
    public Permission permission() {
        return Permission.VICTIMS;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public String section() {
        return "/victims";
    }

    @Override
    public String messageKey() {
        return "queue.victims";
    }

    @Override
    public List<Item> items() {
        List<VictimViews.DeadlineItem> deadlines = list.deadlines();
        long overdue = deadlines.stream().filter(VictimViews.DeadlineItem::overdue).count();
        return List.of(Item.of("queue.victims.deadlines", deadlines.size(), "/victims/deadlines", "calendar-event"),
                Item.late("queue.victims.deadlines-overdue", overdue, "/victims/deadlines?overdue=true", "alarm"));
    }
}
