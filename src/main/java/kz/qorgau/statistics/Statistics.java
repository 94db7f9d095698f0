package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics engine: the catalogue of every indicator contributed by the {@link IndicatorSource}s, and
 * their values for a year (and region). Answers aggregates only, never personal data; analysts and
 * supervisors may ask.
 */
@Service
public class Statistics {

    private final List<IndicatorSource> sources;

    Statistics(List<IndicatorSource> sources) {
        this.sources = sources;
    }

    /** Every indicator, by chapter and in the order its source declares. */
    public List<Indicator> catalogue() {
        List<Indicator> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.indicators()));
        all.sort(Comparator.comparing(Indicator::chapter));
        return all;
    }

    /**
     * Every indicator's value for the query, by code. Each source computes its own family in a read-only
     * transaction of its own snapshot; a code a source declares but does not compute is an error.
     */
    @PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public Map<String, Number> annual(StatisticsQuery query) {
        Map<String, Number> values = new TreeMap<>();
        for (IndicatorSource source : sources) {
            Map<String, Number> computed = source.compute(query);
            for (Indicator indicator : source.indicators()) {
                if (!computed.containsKey(indicator.code())) {
                    throw new IllegalStateException("indicator not computed: " + indicator.code());
                }
                values.put(indicator.code(), computed.get(indicator.code()));
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
    @PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public YearComparison compare(StatisticsQuery query) {
        return new YearComparison(query, catalogue(), annual(query),
                annual(new StatisticsQuery(query.year() - 1, query.region())));
    }

    /** The annual figures as the API publishes them. */
    public record Annual(int year, String region, Map<String, Number> indicators) {
    }

    @PreAuthorize("hasAnyRole('ANALYST', 'SUPERVISOR')")
    @Transactional(readOnly = true)
    public Annual annualFigures(StatisticsQuery query) {
        return new Annual(query.year(), query.regionCode(), new LinkedHashMap<>(annual(query)));
    }
}
