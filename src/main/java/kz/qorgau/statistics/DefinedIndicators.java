package kz.qorgau.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Today;
import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Dimension;
import kz.qorgau.statistics.Definition.Dimension.Category;

/**
 * A family of indicators given by their {@link Definition}s, and nothing else: everything a source answers is
 * derived from them. The indicators over the same records are computed by one statement (a count or other
 * aggregate per indicator and category, each filtered by its conditions), grouped by the records' region for the
 * figures by region; a drill-down lists the records of the same conditions.
 */
abstract class DefinedIndicators implements IndicatorSource {

    /** A catalogue code with its definition and category (null for the total). */
    private record Coded(Definition definition, Category category) {

        /** The conditions of the definition and of the category, each kept whole (either may hold an "or"). */
        String condition() {
            String own = definition.condition();
            String more = category == null ? null : category.condition();
            return own == null ? more : more == null ? own : "(" + own + ") and (" + more + ")";
        }
    }

    /** Up to this many columns, a statement over a materialized view's rows reads the view directly. */
    private static final int FEW_COLUMNS = 8;

    private final JdbcClient jdbc;
    private final SnapshotLanes lanes;
    private final Today today;
    private final List<Definition> definitions;
    private final List<Indicator> indicators;
    private final Map<String, Coded> byCode = new LinkedHashMap<>();
    /** The definitions over the same records, each group one statement, in the order of the definitions. */
    private final Map<Counted, List<Definition>> statements;
    /** The definitions that are ratios of two others, computed from their values. */
    private final List<Definition> ratios;

    DefinedIndicators(JdbcClient jdbc, SnapshotLanes lanes, List<Definition> definitions, Today today) {
        this.jdbc = jdbc;
        this.lanes = lanes;
        this.today = today;
        this.definitions = List.copyOf(definitions);
        List<Indicator> all = new ArrayList<>();
        for (Definition definition : definitions) {
            all.addAll(definition.indicators());
            byCode.put(definition.code(), new Coded(definition, null));
            definition.dimensions().forEach(dimension -> dimension.categories().forEach(category -> byCode
                    .put(definition.code() + "." + category.suffix(), new Coded(definition, category))));
        }
        this.indicators = List.copyOf(all);
        this.statements = definitions.stream().filter(definition -> definition.ratio() == null)
                .collect(Collectors.groupingBy(Definition::counted, LinkedHashMap::new, Collectors.toList()));
        this.ratios = definitions.stream().filter(definition -> definition.ratio() != null).toList();
        ratios.forEach(ratio -> List.of(ratio.ratio().numerator(), ratio.ratio().denominator()).forEach(code -> {
            if (!byCode.containsKey(code) || byCode.get(code).definition().ratio() != null) {
                throw new IllegalArgumentException(ratio.code() + ": " + code
                        + " is no counted indicator of its source");
            }
        }));
    }

    @Override
    public List<Indicator> indicators() {
        return indicators;
    }

    /*
     * An overlapping breakdown (countries, services of the victims assisted) is no sum a reader could subtract along:
     * left out, as a relation that does not hold would mislead the protection. The form groups stay, as before.
     */
    @Override
    public List<List<String>> breakdowns() {
        return definitions.stream().flatMap(definition -> definition.dimensions().stream())
                .filter(dimension -> !dimension.crossed())
                .filter(dimension -> !dimension.overlapping() || dimension.suffixes().equals(Definition.FORM_GROUPS))
                .map(Dimension::suffixes).distinct().toList();
    }

    /** The definition of an indicator's code (a total's or a breakdown's). */
    Optional<Definition> definition(String code) {
        return Optional.ofNullable(byCode.get(code)).map(Coded::definition);
    }

    @Override
    public Map<String, Number> compute(StatisticsQuery query, Predicate<String> wanted) {
        return counts(query, wanted, false).getOrDefault(null, Map.of());
    }

    /** Every indicator by the region of its records (null: none recorded). */
    @Override
    public Map<RegionCode, Map<String, Number>> computeByRegion(StatisticsQuery query) {
        return counts(query, code -> true, true);
    }

    @Override
    public Map<RegionCode, Map<String, Number>> computeByRegion(StatisticsQuery query, Predicate<String> wanted) {
        return counts(query, wanted, true);
    }

    private Map<RegionCode, Map<String, Number>> counts(StatisticsQuery query, Predicate<String> wanted,
            boolean byRegion) {
        Parts parts = parts(query, wanted, byRegion);
        return parts.finish().apply(merged(lanes.run(parts.statements())));
    }

    /** The answers of statements, merged in their order: region → code → value. */
    static Map<RegionCode, Map<String, Number>> merged(List<Map<RegionCode, Map<String, Number>>> answers) {
        Map<RegionCode, Map<String, Number>> values = new LinkedHashMap<>();
        answers.forEach(answer -> answer.forEach((region, counts) -> values.computeIfAbsent(region,
                key -> new LinkedHashMap<>()).putAll(counts)));
        return values;
    }

    /**
     * One statement per group of definitions over the same records, with the wanted indicators' columns: by region
     * where {@code byRegion} (one row per region with records, the query's region ignored), else one row under the
     * key null; the ratios computed from their values when all are in.
     */
    @Override
    public Parts parts(StatisticsQuery requested, Predicate<String> asked, boolean byRegion) {
        StatisticsQuery query = byRegion ? new StatisticsQuery(requested.year(), null) : requested;
        List<Definition> ratiosAsked = ratios.stream().filter(ratio -> asked.test(ratio.code())).toList();
        Predicate<String> wanted = code -> asked.test(code) || ratiosAsked.stream().anyMatch(ratio -> code.equals(ratio
                .ratio().numerator()) || code.equals(ratio.ratio().denominator()));
        List<Supplier<Map<RegionCode, Map<String, Number>>>> statements = new ArrayList<>();
        this.statements.forEach((counted, family) -> {
            // only the wanted columns: the trends of a report ask a family for its totals, not its breakdowns
            List<String> codes = new ArrayList<>();
            List<String> columns = new ArrayList<>();
            List<Definition> of = new ArrayList<>();
            for (Definition definition : family) {
                for (Indicator indicator : definition.indicators()) {
                    if (wanted.test(indicator.code())) {
                        codes.add(indicator.code());
                        columns.add(definition.value().sql(byCode.get(indicator.code()).condition()));
                        of.add(definition);
                    }
                }
            }
            if (codes.isEmpty()) {
                return;
            }
            String region = byRegion ? counted.region() : "cast(null as varchar)";
            String select = "select " + region + " as region, " + String.join(", ", columns);
            // Many columns read the view's computed columns many times each, so the rows are read once into a CTE;
            // a few (the trends' totals) are counted straight from the view, which computes only what they use.
            String sql = counted.materialized() && columns.size() > FEW_COLUMNS
                    ? "with " + alias(counted) + " as materialized (select " + alias(counted) + ".* from "
                            + counted.from() + " where " + where(counted) + ") " + select + " from " + alias(counted)
                    : select + " from " + counted.from() + " where " + where(counted);
            statements.add(() -> {
                // Each statement is planned for the year and region it is given: after five executions the driver
                // prepares it on the server, where PostgreSQL may switch to one generic plan for every period, which
                // joins the dated qualifications of all cases before filtering (the report page at x10: 62 s, 2 s
                // planned each time). SET LOCAL holds until the end of the transaction of the lane it runs in.
                jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
                Map<RegionCode, Map<String, Number>> values = new LinkedHashMap<>();
                jdbc.sql(sql + (byRegion ? " group by 1" : "")).params(params(query)).query((rs, n) -> {
                    String at = rs.getString("region");
                    Map<String, Number> counts = values.computeIfAbsent(at == null ? null : RegionCode.of(at),
                            key -> new LinkedHashMap<>());
                    for (int i = 0; i < codes.size(); i++) {
                        counts.put(codes.get(i), of.get(i).value().defined() ? rs.getLong(i + 2)
                                : (Number) rs.getObject(i + 2));
                    }
                    return 1;
                }).list();
                return values;
            });
        });
        return new Parts(statements, values -> {
            values.values().forEach(into -> ratiosAsked.forEach(ratio -> into.put(ratio.code(), ratio(ratio
                    .ratio(), into))));
            return values;
        });
    }

    /**
     * A ratio of two values of a place: undefined (null) where the denominator is 0 or not counted there; a numerator
     * not counted there (no records in that place) is 0.
     */
    private static Number ratio(Definition.Ratio ratio, Map<String, Number> values) {
        Number numerator = values.getOrDefault(ratio.numerator(), 0L);
        Number denominator = values.get(ratio.denominator());
        if (numerator == null || denominator == null || new BigDecimal(denominator.toString()).signum() == 0) {
            return null;
        }
        return new BigDecimal(numerator.toString()).multiply(BigDecimal.valueOf(ratio.factor()))
                .divide(new BigDecimal(denominator.toString()), ratio.digits(), RoundingMode.HALF_UP);
    }

    /** The records of the indicator, each once, where its definition lists them. */
    @Override
    public Optional<Records> records(String code) {
        Coded coded = byCode.get(code);
        if (coded == null || !coded.definition().listed()) {
            return Optional.empty();
        }
        Counted counted = coded.definition().counted();
        String condition = coded.condition();
        String sql = "select distinct " + counted.id() + " from " + counted.from() + " where " + where(counted)
                + (condition == null ? "" : " and (" + condition + ")") + " order by 1";
        return Optional.of(new Records(counted.kind(),
                query -> jdbc.sql(sql).params(params(query)).query(Long.class).list()));
    }

    /**
     * The records an indicator counts in the query, grouped by the expressions (SQL over its views' aliases; the
     * parameter {@code :year} is the query's year): each row the expressions' values, then the count.
     */
    <T> List<T> grouped(String code, StatisticsQuery query, List<String> expressions, RowMapper<T> rows) {
        Coded coded = byCode.get(code);
        Counted counted = coded.definition().counted();
        String condition = coded.condition();
        String groups = IntStream.rangeClosed(1, expressions.size()).mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
        return jdbc.sql("select " + String.join(", ", expressions) + ", " + coded.definition().value().sql(null)
                + " from " + counted.from() + " where " + where(counted) + (condition == null ? "" : " and ("
                        + condition + ")")
                + " group by " + groups).params(params(query)).query(rows).list();
    }

    private static String where(Counted counted) {
        return "(" + counted.where() + ") and " + counted.inRegion();
    }

    /** The alias of the one view of a materialized FROM clause ("statistics_victim v"). */
    private static String alias(Counted counted) {
        return counted.from().substring(counted.from().lastIndexOf(' ') + 1);
    }

    private Map<String, Object> params(StatisticsQuery query) {
        Map<String, Object> params = new LinkedHashMap<>(Map.of("from", query.from(), "to", query.to(), "year",
                query.year(), "region", query.regionCode() == null ? "" : query.regionCode()));
        if (today != null) {
            params.put("today", today.date());
        }
        return params;
    }
}
