package kz.qorgau.statistics;

import java.util.List;

import org.springframework.stereotype.Component;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Today;
import kz.qorgau.system.WorkQueue;

/**
 * The current year's figures so far, national, for those who read statistics: the headline indicators of the
 * annual report's chapters, each linking to the year's report. National figures are published exactly to every
 * audience (small-count protection applies to figures by region), so the start page shows them as they are.
 */
@Component
class StatisticsQueue implements WorkQueue {

    static final List<String> CODES = List.of("investigations.initiated", "prosecutions.cases",
            "convictions.persons", "victims.identified");

    private final Statistics statistics;
    private final Today today;

    StatisticsQueue(Statistics statistics, Today today) {
        this.statistics = statistics;
        this.today = today;
    }

    @Override
    public Permission permission() {
        return Permission.STATISTICS;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    public String section() {
        return "/statistics";
    }

    @Override
    public String messageKey() {
        return "queue.statistics";
    }

    @Override
    public List<Item> items() {
        int year = today.year().getValue();
        StatisticsQuery query = new StatisticsQuery(year, null);
        return CODES.stream().map(code -> Item.of("indicator." + code + ".name",
                statistics.value(code, query).longValue(), "/statistics?year=" + year, "bar-chart-line")).toList();
    }
}
