package kz.qorgau.referrals;

import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import kz.qorgau.shared.Permission;
import kz.qorgau.system.WorkQueue;

/**
 * The referrals awaiting the user's organisation, counted by the inbox itself ({@link ReferralList#inbox}), so that
 * each count is the size of the inbox its link filters: referrals to answer, those whose answer is late, and the
 * accepted ones under which no service has been recorded yet ({@link ReferralList#awaitingService}).
 */
@Component
class ReferralQueue implements WorkQueue {

    private final ReferralList list;

    ReferralQueue(ReferralList list) {
        this.list = list;
    }

    @Override
    public Permission permission() {
        return Permission.REFERRALS;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public String section() {
        return "/referrals";
    }

    @Override
    public String messageKey() {
        return "queue.referrals";
    }

    @Override
    public List<Item> items() {
        return List.of(
                Item.of("queue.referrals.to-answer", count(ReferralStatus.PENDING, false), "/referrals?status=PENDING",
                        "inbox"),
                Item.late("queue.referrals.overdue", count(ReferralStatus.PENDING, true),
                        "/referrals?status=PENDING&overdue=true", "alarm"),
                Item.of("queue.referrals.services", list.awaitingService(PageRequest.of(0, 1)).totalItems(),
                        "/referrals?status=ACCEPTED&withoutService=true", "clipboard2-pulse"));
    }

    private long count(ReferralStatus status, boolean overdue) {
        return list.inbox(status, overdue, PageRequest.of(0, 1)).totalItems();
    }
}
