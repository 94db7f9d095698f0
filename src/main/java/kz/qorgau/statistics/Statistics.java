package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.statistics.IndicatorSource.Records.Kind;

/**
 * The statistics engine: the catalogue of every indicator contributed by the {@link IndicatorSource}s, and
 * their values for a year (and region). Answers aggregates only, never personal data; analysts and
 * supervisors may ask.
 *
 * <p>Small counts (DESIGN.md §4): a region's figures are published to an {@link Audience} that may not list the
 * records behind them with {@link RegionalSmallCounts} applied: no count of 1 to 4 (shown as {@code <5}), and none
 * that could be worked out from the national figure and the other regions or from a breakdown's total (shown as
 * {@code x}). National figures are published exactly, as are the figures whose records the audience may list.
 */
@Service
public class Statistics {

    private final List<IndicatorSource> sources;
    /** Every indicator, by chapter and in the order its source declares (the sources' lists are fixed). */
    private final List<Indicator> catalogue;
    private final Map<String, Indicator> byCode = new LinkedHashMap<>();
    private final RegionalSmallCounts smallCounts;
    private final FigureCache cache;
    private final SnapshotLanes lanes;

    Statistics(List<IndicatorSource> sources, FigureCache cache, SnapshotLanes lanes) {
        this.sources = sources;
        this.cache = cache;
        this.lanes = lanes;
        List<Indicator> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.indicators()));
        all.sort(Comparator.comparing(Indicator::chapter));
        this.catalogue = List.copyOf(all);
        catalogue.forEach(indicator -> byCode.put(indicator.code(), indicator));
        this.smallCounts = new RegionalSmallCounts(catalogue,
                sources.stream().flatMap(source -> source.breakdowns().stream()).distinct().toList());
    }

    /**
     * Who reads the figures: the kinds of records they may list (from their permissions), whose figures they see
     * exactly everywhere; the others they see by region with small counts protected.
     */
    public record Audience(Set<Kind> listable) {

        /** Those who may list every kind of record (and the figures as computed). */
        public static final Audience EXACT = new Audience(EnumSet.allOf(Kind.class));

        public Audience {
            listable = listable.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(listable));
        }

        /** The user's: cases with CASES, victim records with VICTIMS, operations and requests with OPERATIONS. */
        public static Audience of(QorgauUser user) {
            Set<Kind> kinds = EnumSet.noneOf(Kind.class);
            if (user.may(Permission.CASES)) {
                kinds.add(Kind.CASES);
            }
            if (user.may(Permission.VICTIMS)) {
                kinds.add(Kind.VICTIMS);
            }
            if (user.may(Permission.OPERATIONS)) {
                kinds.add(Kind.OPERATIONS);
                kinds.add(Kind.REQUESTS);
            }
            return new Audience(kinds);
        }

        /** Whether they see every figure exactly. */
        public boolean exact() {
            return listable.containsAll(EnumSet.allOf(Kind.class));
        }
    }

    /**
     * The kind of records an indicator counts or is computed from: those its drill-down lists, else cases for the
     * prosecution chapter (sentences) and victim records for the protection chapter (assistance, referrals).
     */
    Kind subject(Indicator indicator) {
        return recordKind(indicator.code())
                .orElse(indicator.chapter() == Indicator.Chapter.PROSECUTION ? Kind.CASES : Kind.VICTIMS);
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
     * Every indicator's value for the query, by code; a code a source declares but does not compute is an error.
     * Every figure asked for at once comes from one snapshot of the records: the engine's operations run in a
     * read-only transaction at repeatable read (in PostgreSQL, one snapshot for the whole transaction), so that the
     * figures of a report agree with each other whatever is recorded meanwhile.
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<String, Number> annual(StatisticsQuery query) {
        return cache.get(List.of("annual", query), () -> Collections.unmodifiableMap(values(query, byCode
                .keySet())));
    }

    /** One indicator's value for the query (its source computes only that indicator's family). */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Number value(String code, StatisticsQuery query) {
        return values(query, Set.of(code)).get(code);
    }

    /** The values of the codes, each source asked for the ones it declares; one not computed is an error. */
    private Map<String, Number> values(StatisticsQuery query, Set<String> codes) {
        List<IndicatorSource> asked = sources.stream().filter(source -> source.indicators().stream()
                .anyMatch(indicator -> codes.contains(indicator.code()))).toList();
        Map<String, Number> computed = computed(asked, query, codes::contains, false).getOrDefault(null, Map.of());
        Map<String, Number> values = new TreeMap<>();
        for (IndicatorSource source : asked) {
            for (Indicator indicator : source.indicators()) {
                String code = indicator.code();
                if (!codes.contains(code)) {
                    continue;
                }
                if (!computed.containsKey(code)) {
                    throw new IllegalStateException("indicator not computed: " + code);
                }
                values.put(code, computed.get(code));
            }
        }
        return values;
    }

    /**
     * The wanted indicators of the sources (at least), by region or for the query, the statements of every source
     * side by side in this transaction's snapshot: region (null: none, or the query's) → code → value.
     */
    private Map<RegionCode, Map<String, Number>> computed(List<IndicatorSource> asked, StatisticsQuery query,
            Predicate<String> wanted, boolean byRegion) {
        List<IndicatorSource.Parts> parts = asked.stream().map(source -> source.parts(query, wanted, byRegion))
                .toList();
        List<Map<RegionCode, Map<String, Number>>> answers = lanes.run(parts.stream()
                .flatMap(part -> part.statements().stream()).toList());
        List<Map<RegionCode, Map<String, Number>>> bySource = new ArrayList<>();
        int next = 0;
        for (IndicatorSource.Parts part : parts) {
            int count = part.statements().size();
            bySource.add(part.finish().apply(DefinedIndicators.merged(answers.subList(next, next + count))));
            next += count;
        }
        Map<RegionCode, Map<String, Number>> values = new HashMap<>();
        bySource.forEach(answer -> answer.forEach((region, counts) -> values.computeIfAbsent(region,
                key -> new TreeMap<>()).putAll(counts)));
        return values;
    }

    /**
     * A year's figures beside the previous year's, for every indicator of the catalogue in its order, as the
     * audience may see them: a hidden figure's value is null and its mark ({@code <5} or {@code x}) is in
     * {@code hidden} (or {@code hiddenBefore}).
     */
    public record YearComparison(StatisticsQuery query, List<Indicator> indicators, Map<String, Number> current,
            Map<String, Number> previous, Map<String, String> hidden, Map<String, String> hiddenBefore,
            Audience audience) {

        public Number value(Indicator indicator) {
            return current.get(indicator.code());
        }

        public Number previousValue(Indicator indicator) {
            return previous.get(indicator.code());
        }

        /** The mark of a hidden figure of the year, or null where it is published. */
        public String mark(Indicator indicator) {
            return hidden.get(indicator.code());
        }

        /** The mark of a hidden figure of the year before, or null where it is published. */
        public String previousMark(Indicator indicator) {
            return hiddenBefore.get(indicator.code());
        }
    }

    /** The figures of a year as an audience may see them: values (null where hidden) and the marks of hidden ones. */
    public record Published(Map<String, Number> values, Map<String, String> hidden) {
    }

    /** The figures of the query's year and of the year before, exactly (the national report). */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public YearComparison compare(StatisticsQuery query) {
        return compare(query, Audience.EXACT);
    }

    /** The figures of the query's year and of the year before, as the audience may see them. */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public YearComparison compare(StatisticsQuery query, Audience audience) {
        Published current = published(query, audience);
        Published previous = published(new StatisticsQuery(query.year() - 1, query.region()), audience);
        return new YearComparison(query, catalogue(), current.values(), previous.values(), current.hidden(),
                previous.hidden(), audience);
    }

    /** A report page's figures: the year beside the year before, the trends and the headline figures by region. */
    public record Report(YearComparison figures, Map<Integer, Published> trend, Map<String, ByRegion> byRegion) {
    }

    /**
     * The figures of a report page from one snapshot: the comparison, the trends of {@code trendCodes} over
     * {@code trendYears} years and, for the whole country, {@code regionCodes} by region.
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Report report(StatisticsQuery query, Audience audience, int trendYears, Set<String> trendCodes,
            Set<String> regionCodes) {
        YearComparison figures = compare(query, audience);
        return new Report(figures, trend(figures, trendYears, trendCodes),
                query.region() == null ? byRegion(regionCodes, query.year(), audience) : Map.of());
    }

    /**
     * Every indicator's value for the query as the audience may see it: exactly for the whole country or an
     * audience that may list every kind of record, else with the region's small counts hidden.
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Published published(StatisticsQuery query, Audience audience) {
        Map<String, Number> values = annual(query);
        if (query.region() == null || audience.exact()) {
            return new Published(values, Map.of());
        }
        Map<String, SmallCounts.Mark> marks = hidden(query.year(), audience).getOrDefault(query.region(), Map.of());
        return published(values, marks);
    }

    private static Published published(Map<String, Number> values, Map<String, SmallCounts.Mark> marks) {
        Map<String, Number> shown = new TreeMap<>();
        values.forEach((code, value) -> shown.put(code, marks.containsKey(code) ? null : value));
        Map<String, String> hidden = new TreeMap<>();
        marks.forEach((code, mark) -> hidden.put(code, mark.text()));
        return new Published(shown, hidden);
    }

    /** The counts to hide in each region for the audience in the year (none for an exact audience). */
    private Map<RegionCode, Map<String, SmallCounts.Mark>> hidden(int year, Audience audience) {
        return audience.exact() ? Map.of() : hidden(year, audience, computeByRegion(new StatisticsQuery(year, null)));
    }

    /** The same, from the year's figures by region already computed. */
    private Map<RegionCode, Map<String, SmallCounts.Mark>> hidden(int year, Audience audience,
            Map<RegionCode, Map<String, Number>> byRegion) {
        if (audience.exact()) {
            return Map.of();
        }
        return cache.get(List.of("hidden", year, audience.listable()), () -> unmodifiable(smallCounts.hidden(annual(
                new StatisticsQuery(year, null)), byRegion, code -> audience.listable().contains(subject(byCode.get(
                        code))))));
    }

    private static <K, C, V> Map<K, Map<C, V>> unmodifiable(Map<K, Map<C, V>> nested) {
        Map<K, Map<C, V>> copy = new HashMap<>();
        nested.forEach((key, inner) -> copy.put(key, Collections.unmodifiableMap(inner)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Some indicators' values in each of the years up to the comparison's, oldest first (the five-year trends of
     * the report), as the comparison's audience may see them: the comparison's two years as computed, the sources
     * asked only for those indicators' families in the years before (the whole year where a region's small counts
     * are protected, since the protection of one figure depends on the others).
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<Integer, Published> trend(YearComparison figures, int years, Set<String> codes) {
        StatisticsQuery query = figures.query();
        Map<Integer, Published> trend = new TreeMap<>();
        for (int year = query.year() - years + 1; year < query.year() - 1; year++) {
            StatisticsQuery earlier = new StatisticsQuery(year, query.region());
            trend.put(year, query.region() == null || figures.audience().exact()
                    ? new Published(values(earlier, codes), Map.of())
                    : only(published(earlier, figures.audience()), codes));
        }
        trend.put(query.year() - 1, only(new Published(figures.previous(), figures.hiddenBefore()), codes));
        trend.put(query.year(), only(new Published(figures.current(), figures.hidden()), codes));
        return trend;
    }

    private static Published only(Published figures, Set<String> codes) {
        Map<String, Number> kept = new TreeMap<>();
        Map<String, String> hidden = new TreeMap<>();
        codes.forEach(code -> {
            kept.put(code, figures.values().get(code));
            if (figures.hidden().containsKey(code)) {
                hidden.put(code, figures.hidden().get(code));
            }
        });
        return new Published(kept, hidden);
    }

    /**
     * Some indicators (at least) in every region in the year, exactly, for the modules that apportion by them (the
     * shelters' funding model): region (null: none) → code → value. The caller guards who reads them.
     */
    Map<RegionCode, Map<String, Number>> exactByRegion(int year, Set<String> codes) {
        return computeByRegion(new StatisticsQuery(year, null), codes::contains);
    }

    /** Every indicator in every region in the year (the query's region ignored): region (null: none) → code → value. */
    private Map<RegionCode, Map<String, Number>> computeByRegion(StatisticsQuery query) {
        return cache.get(List.of("byRegion", query.year()), () -> unmodifiable(computeByRegion(query, code -> true)));
    }

    /** At least the wanted indicators in every region in the year, each source asked for its own. */
    private Map<RegionCode, Map<String, Number>> computeByRegion(StatisticsQuery query, Predicate<String> wanted) {
        return computed(sources, query, wanted, true);
    }

    /**
     * Some indicators' values by region in the year as the audience may see them (for the charts by region):
     * code → region → value, null where hidden, with the marks of the hidden; regions without records left out.
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Map<String, ByRegion> byRegion(Set<String> codes, int year, Audience audience) {
        Map<RegionCode, Map<String, Number>> counted = computeByRegion(new StatisticsQuery(year, null));
        Map<RegionCode, Map<String, SmallCounts.Mark>> hidden = hidden(year, audience, counted);
        Map<String, ByRegion> byRegion = new LinkedHashMap<>();
        for (String code : codes) {
            Map<RegionCode, Number> values = new TreeMap<>();
            Map<RegionCode, String> marks = new TreeMap<>();
            counted.forEach((region, counts) -> {
                if (region == null) {
                    return;
                }
                SmallCounts.Mark mark = hidden.getOrDefault(region, Map.of()).get(code);
                values.put(region, mark == null ? counts.getOrDefault(code, 0L) : null);
                if (mark != null) {
                    marks.put(region, mark.text());
                }
            });
            // the records of no region, so that the regions and the unknown sum to the national figure; a small count
            // of them is shown by its mark to whoever may not list the records (small-count protection already takes
            // it as known, so that hiding it hides nothing else)
            Number unknown = counted.getOrDefault(null, Map.of()).getOrDefault(code, 0L);
            // (a figure not defined there, such as a rate without its population, is no count to protect)
            boolean small = unknown != null && !audience.listable().contains(subject(byCode.get(code)))
                    && SmallCounts.small(unknown.longValue());
            byRegion.put(code, new ByRegion(values, marks, small ? null : unknown, small ? SmallCounts.Mark.SMALL.text()
                    : null));
        }
        return byRegion;
    }

    /**
     * An indicator's values by region: null where hidden, with the hidden ones' marks; and the value of the records
     * of no region (region unknown), null where hidden, with its mark.
     */
    public record ByRegion(Map<RegionCode, Number> values, Map<RegionCode, String> marks, Number unknown,
            String unknownMark) {
    }

    /** The records an indicator counts and their ids for the query, where its source lists them. */
    public record Listed(IndicatorSource.Records.Kind kind, List<Long> ids) {
    }

    /**
     * The records an indicator counts, where its source lists them. The ids are not shown as such: the
     * drill-down asks the records' module for those the user may see.
     */
    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
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

    /**
     * The annual figures as the API publishes them: code → number, null where the figure is hidden (its mark in
     * {@code suppressed}) or undefined.
     */
    public record Annual(int year, String region, Map<String, Number> indicators, Map<String, String> suppressed) {
    }

    @Requires(Permission.STATISTICS)
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Annual annualFigures(StatisticsQuery query, Audience audience) {
        Published figures = published(query, audience);
        return new Annual(query.year(), query.regionCode(), new LinkedHashMap<>(figures.values()),
                new LinkedHashMap<>(figures.hidden()));
    }
}
