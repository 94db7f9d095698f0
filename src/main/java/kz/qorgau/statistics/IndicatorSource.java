package kz.qorgau.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import kz.qorgau.shared.RegionCode;

/**
 * A family of indicators and how to compute them, as a bean. The statistics engine collects every source,
 * so a module adds its indicators by contributing a source, without touching the engine. A source computes
 * all its codes at once (few queries), and answers a number for every code it declares (zero when there
 * is nothing to count; null where a value is undefined, such as the minimum of no sentences).
 */
public interface IndicatorSource {

    List<Indicator> indicators();

    /**
     * At least the wanted indicators (a source may answer more: it computes by families, and one that cannot
     * leave any out answers all), for figures that need only some, such as the five-year trends of the report.
     */
    Map<String, Number> compute(StatisticsQuery query, Predicate<String> wanted);

    /**
     * The categories of each breakdown whose parts add up to their total (by form of exploitation, citizenship,
     * article, ...), as the suffixes of the codes, for small-count protection ({@link RegionalSmallCounts}).
     */
    default List<List<String>> breakdowns() {
        return List.of();
    }

    /**
     * Every indicator of the source in each region in the query's year (its region ignored): region → code →
     * value, the region being the records' own (null: none recorded), counted by the same statements as
     * {@link #compute(StatisticsQuery, Predicate)} grouped by region. Regions without any record are left out. For
     * the figures by region and their small-count protection.
     */
    Map<RegionCode, Map<String, Number>> computeByRegion(StatisticsQuery query);

    /** At least the wanted indicators of {@link #computeByRegion(StatisticsQuery)}. */
    default Map<RegionCode, Map<String, Number>> computeByRegion(StatisticsQuery query, Predicate<String> wanted) {
        return computeByRegion(query);
    }

    /**
     * The wanted indicators (at least) as independent statements, each answering values by region (by the records'
     * region where {@code byRegion}, else one row under null), and how their answers together make the source's
     * figures. The statistics engine runs the statements of every source side by side in one snapshot
     * ({@link SnapshotLanes}); by default a source is one statement, its {@link #compute} or
     * {@link #computeByRegion(StatisticsQuery, Predicate)}.
     */
    default Parts parts(StatisticsQuery query, Predicate<String> wanted, boolean byRegion) {
        return new Parts(List.of(() -> {
            if (byRegion) {
                return computeByRegion(query, wanted);
            }
            Map<RegionCode, Map<String, Number>> national = new HashMap<>();
            national.put(null, compute(query, wanted));
            return national;
        }), answers -> answers);
    }

    /** Statements whose answers, merged in their order, {@code finish} makes a source's figures. */
    record Parts(List<Supplier<Map<RegionCode, Map<String, Number>>>> statements,
            UnaryOperator<Map<RegionCode, Map<String, Number>>> finish) {
    }

    /**
     * How to list the records an indicator counts (for the drill-down from a figure), or empty where the
     * figure is not a count of records of one kind (sums, minimums) or the source does not list them.
     * Answering costs no query; the list is read when asked for.
     */
    default Optional<Records> records(String code) {
        return Optional.empty();
    }

    /**
     * The records behind an indicator: their kind, and their ids for a query (each once, whatever the figure
     * counts: a case with two convicted defendants is listed once).
     */
    record Records(Kind kind, Function<StatisticsQuery, List<Long>> ids) {

        /** Criminal cases, victim records, special operations, requests for international cooperation. */
        public enum Kind {
            CASES, VICTIMS, OPERATIONS, REQUESTS
        }
    }
}
