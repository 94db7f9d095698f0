package kz.qorgau.exchange;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.WorkQueue;

/**
 * What awaits the focal points of the referrals between countries, counted by the list itself
 * ({@link CrossBorderReferrals#list}), so that each count is the size of the list its link opens: the referrals from
 * other countries no one has answered yet, and the referrals whose follow-up after the return is due.
 */
@Component
class CrossBorderQueue implements WorkQueue {

    private final CrossBorderReferrals referrals;

    CrossBorderQueue(CrossBorderReferrals referrals) {
        this.referrals = referrals;
    }

    @Override
    public Permission permission() {
        return Permission.REFER_ABROAD;
    }

    @Override
    public int order() {
        return 210;
    }

    @Override
    public String section() {
        return "/exchange/referrals";
    }

    @Override
    public String messageKey() {
        return "queue.cross-border";
    }

    @Override
    public List<Item> items() {
        return List.of(
                Item.of("queue.cross-border.to-answer", referrals.list("IN", CrossBorderReferral.Status.OPEN, false, 0)
                        .totalItems(), "/exchange/referrals?direction=IN&status=OPEN", "globe"),
                Item.late("queue.cross-border.follow-ups", referrals.list("IN", null, true, 0).totalItems(),
                        "/exchange/referrals?direction=IN&due=true", "calendar-check"),
                Item.late("queue.cross-border.follow-ups-told", referrals.list("OUT", null, true, 0).totalItems(),
                        "/exchange/referrals?direction=OUT&due=true", "calendar-check"));
    }
}
