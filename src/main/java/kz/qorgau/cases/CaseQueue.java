package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Today;
import kz.qorgau.system.WorkQueue;

/**
 * The cases awaiting the user, counted by the case list itself ({@link CaseList#search}), so that each count is the
 * size of the list its link opens and covers the same scope: the cases in court awaiting a verdict (those who
 * record outcomes), under investigation awaiting the prosecutor's decision, suspended, and, for supervisors, the
 * investigations older than the term of a pre-trial investigation.
 */
@Component
class CaseQueue implements WorkQueue {

    /**
     * The term of a pre-trial investigation before it must be extended (Criminal Procedure Code of Kazakhstan,
     * art. 192: two months); an investigation still open after it is "ageing".
     */
    static final int INVESTIGATION_TERM_MONTHS = 2;

    private final CaseList list;
    private final Today today;

    CaseQueue(CaseList list, Today today) {
        this.list = list;
        this.today = today;
    }

    @Override
    public Permission permission() {
        return Permission.CASES;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String section() {
        return "/cases";
    }

    @Override
    public String messageKey() {
        return "queue.cases";
    }

    @Override
    public List<Item> items() {
        QorgauUser user = QorgauUser.required();
        List<Item> items = new ArrayList<>();
        if (user.may(Permission.CASES_ADJUDICATE)) {
            items.add(count("queue.cases.in-court", CaseCommands.Search.of(CaseStatus.IN_COURT), "bank", false));
        }
        if (user.may(Permission.CASES_PROSECUTE)) {
            items.add(count("queue.cases.awaiting-decision", CaseCommands.Search.of(CaseStatus.INVESTIGATION),
                    "hourglass-split", false));
        } else if (user.may(Permission.CASES_INVESTIGATE)) {
            items.add(count("queue.cases.investigation", CaseCommands.Search.of(CaseStatus.INVESTIGATION),
                    "search", false));
        }
        if (user.may(Permission.CASES_INVESTIGATE) || user.may(Permission.SUPERVISE)) {
            items.add(count("queue.cases.suspended", CaseCommands.Search.of(CaseStatus.SUSPENDED), "pause-circle",
                    false));
        }
        if (user.may(Permission.SUPERVISE)) {
            items.add(count("queue.cases.ageing", ageing(today.date()), "clock-history", true));
        }
        return items;
    }

    /** The investigations open for longer than their term on {@code day}. */
    static CaseCommands.Search ageing(LocalDate day) {
        return new CaseCommands.Search(null, null, null, CaseStatus.INVESTIGATION, null, null, null, null, null,
                day.minusMonths(INVESTIGATION_TERM_MONTHS));
    }

    private Item count(String messageKey, CaseCommands.Search search, String icon, boolean late) {
        PageResponse<CaseViews.CaseListItem> found = list.search(search, PageRequest.of(0, 1));
        return new Item(messageKey, found.totalItems(), found.totalExact(), path(search), icon, late);
    }

    /** The case list's address with the search's filters, as its filter form writes them. */
    static String path(CaseCommands.Search search) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/cases");
        if (search.status() != null) {
            uri.queryParam("status", search.status().name());
        }
        if (search.registeredBefore() != null) {
            uri.queryParam("registeredBefore", search.registeredBefore().toString());
        }
        return uri.build().toUriString();
    }
}
