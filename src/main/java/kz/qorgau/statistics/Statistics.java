package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The statistics engine: the catalogue of every indicator contributed by the {@link IndicatorSource}s, and
 * their values for a year (and region). Answers aggregates only, never personal data; analysts and
 * supervisors may ask.
 */
@Service
public class Statistics {

    private final List<IndicatorSource> sources;
    /** Every indicator, by chapter and in the order its source declares (the sources' lists are fixed). */
    private final List<Indicator> catalogue;
    private final Map<String, Indicator> byCode = new LinkedHashMap<>();

    Statistics(List<IndicatorSource> sources) {
        this.sources = sources;
        List<Indicator> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.indicators()));
        all.sort(Comparator.comparing(Indicator::chapter));
        this.catalogue = List.copyOf(all);
        catalogue.forEach(indicator -> byCode.put(indicator.code(), indicator));
    }

    /** Every indicator, by chapter and in the order its source declares. */
    public List<Indicator> catalogue() {
        return catalogue;
    }

    /** The indicator of a code, if the catalogue has it. */
    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /**
     * Every indicator's value for the query, by code. Each source computes its own family in a read-only
     * transaction of its own snapshot; a code a source declares but does not compute is an error.
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true)
    public Map<String, Number> annual(StatisticsQuery query) {
        return values(query, byCode.keySet());
    }

    /** One indicator's value for the query (its source computes only that indicator's family). */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true)
    public Number value(String code, StatisticsQuery query) {
        return values(query, Set.of(code)).get(code);
    }

    /** The values of the codes, each source asked for the ones it declares; one not computed is an error. */
    private Map<String, Number> values(StatisticsQuery query, Set<String> codes) {
        Map<String, Number> values = new TreeMap<>();
        for (IndicatorSource source : sources) {
            List<String> wanted = source.indicators().stream().map(Indicator::code).filter(codes::contains).toList();
            if (wanted.isEmpty()) {
                continue;
            }
            Map<String, Number> computed = source.compute(query, codes::contains);
            for (String code : wanted) {
                if (!computed.containsKey(code)) {
                    throw new IllegalStateException("indicator not computed: " + code);
                }
                values.put(code, computed.get(code));
            }
        }
        return values;
    }

    /** A year's figures beside the previous year's, for every indicator of the catalogue in its order. */
    public record YearComparison(StatisticsQuery query, List<Indicator> indicators, Map<String, Number> current,
            Map<String, Number> previous) {

        public Number value(Indicator indicator) {
            return current.get(indicator.code());
        }

        public Number previousValue(Indicator indicator) {
            return previous.get(indicator.code());
        }
    }

    /** The figures of the query's year and of the year before (the report, its downloads and the page). */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true)
    public YearComparison compare(StatisticsQuery query) {
        return new YearComparison(query, catalogue(), annual(query),
                annual(new StatisticsQuery(query.year() - 1, query.region())));
    }

    /**
     * Some indicators' values in each of the years up to the comparison's, oldest first (the five-year trends of
     * the report): the comparison's two years as computed, the sources asked only for those indicators'
     * families in the years before.
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true)
    public Map<Integer, Map<String, Number>> trend(YearComparison figures, int years, Set<String> codes) {
        StatisticsQuery query = figures.query();
        Map<Integer, Map<String, Number>> trend = new TreeMap<>();
        for (int year = query.year() - years + 1; year < query.year() - 1; year++) {
            trend.put(year, values(new StatisticsQuery(year, query.region()), codes));
        }
        trend.put(query.year() - 1, only(figures.previous(), codes));
        trend.put(query.year(), only(figures.current(), codes));
        return trend;
    }

    private static Map<String, Number> only(Map<String, Number> values, Set<String> codes) {
        Map<String, Number> kept = new TreeMap<>();
        codes.forEach(code -> kept.put(code, values.get(code)));
        return kept;
    }

    /** The year's headline indicators by region, as the sources answer them (code → region → value). */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true)
    public Map<String, Map<RegionCode, Long>> byRegion(int year) {
        Map<String, Map<RegionCode, Long>> values = new LinkedHashMap<>();
        sources.forEach(source -> values.putAll(source.byRegion(new StatisticsQuery(year, null))));
        return values;
    }

    /** The records an indicator counts and their ids for the query, where its source lists them. */
    public record Listed(IndicatorSource.Records.Kind kind, List<Long> ids) {
    }

    /**
     * The records an indicator counts, where its source lists them. The ids are not shown as such: the
     * drill-down asks the records' module for those the user may see.
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true)
    public Optional<Listed> records(String code, StatisticsQuery query) {
        return recordsOf(code).map(records -> new Listed(records.kind(), records.ids().apply(query)));
    }

    /** The kind of records behind an indicator, where they can be listed (the figures that link to a drill-down). */
    public Optional<IndicatorSource.Records.Kind> recordKind(String code) {
        return recordsOf(code).map(IndicatorSource.Records::kind);
    }

    private Optional<IndicatorSource.Records> recordsOf(String code) {
        return sources.stream().map(source -> source.records(code)).flatMap(Optional::stream).findFirst();
    }

    /** The annual figures as the API publishes them. */
    public record Annual(int year, String region, Map<String, Number> indicators) {
    }

    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true)
    public Annual annualFigures(StatisticsQuery query) {
        return new Annual(query.year(), query.regionCode(), new LinkedHashMap<>(annual(query)));
    }
}
