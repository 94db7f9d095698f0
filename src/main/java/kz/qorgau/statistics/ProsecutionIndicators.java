package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;

/**
 * The PROSECUTION chapter (DESIGN.md §4): investigations, prosecutions, convictions and sentences,
 * special operations, arrests, extraditions and complicit officials, counted from dated events.
 */
@Component
class ProsecutionIndicators implements IndicatorSource {

    static final List<String> FORM_GROUPS = List.of("sexual_exploitation", "forced_labour", "other_forms", "unspecified");
    static final List<String> ARTICLES = List.of("128", "134", "135", "308", "125-1", "other");

    /** The form-group columns of statistics_case, as SQL aggregate filters in the order of FORM_GROUPS. */
    private static final String FORM_COUNTS = """
            count(*) filter (where c.sexual_exploitation) as sexual_exploitation,
            count(*) filter (where c.forced_labour) as forced_labour,
            count(*) filter (where c.other_forms) as other_forms,
            count(*) filter (where c.unspecified) as unspecified""";

    private final JdbcClient jdbc;

    ProsecutionIndicators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The source's indicators, in the order of the report (fixed: built once). */
    private final List<Indicator> indicators = catalogue();

    @Override
    public List<Indicator> indicators() {
        return indicators;
    }

    private static List<Indicator> catalogue() {
        List<Indicator> indicators = new ArrayList<>();
        for (String base : List.of("investigations.initiated", "investigations.continued", "prosecutions.cases")) {
            withForms(indicators, Indicator.of(base, Unit.CASES, Chapter.PROSECUTION));
        }
        withForms(indicators, Indicator.of("prosecutions.defendants", Unit.PERSONS, Chapter.PROSECUTION));
        Indicator convictions = Indicator.of("convictions.persons", Unit.PERSONS, Chapter.PROSECUTION);
        withForms(indicators, convictions);
        for (String article : ARTICLES) {
            indicators.add(convictions.by("article").by(article));
        }
        indicators.add(Indicator.of("sentences.imprisonment.persons", Unit.PERSONS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("sentences.imprisonment.min_months", Unit.MONTHS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("sentences.imprisonment.max_months", Unit.MONTHS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("sentences.suspended.persons", Unit.PERSONS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("sentences.juvenile.persons", Unit.PERSONS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("sentences.fine.persons", Unit.PERSONS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("sentences.restriction_of_liberty.persons", Unit.PERSONS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("special_operations", Unit.OPERATIONS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("arrests", Unit.PERSONS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("extraditions.outgoing", Unit.PERSONS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("extraditions.incoming", Unit.PERSONS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("officials.investigated", Unit.PERSONS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("officials.prosecuted", Unit.PERSONS, Chapter.PROSECUTION));
        indicators.add(Indicator.of("officials.convicted", Unit.PERSONS, Chapter.PROSECUTION));
        return List.copyOf(indicators);
    }

    private static void withForms(List<Indicator> indicators, Indicator base) {
        indicators.add(base);
        FORM_GROUPS.forEach(group -> indicators.add(base.by(group)));
    }

    /*
     * The records each case-based indicator counts, as FROM … WHERE over statistics_case c (and the tables it
     * joins); the figure counts its rows (cases, defendants or convictions), the drill-down lists its cases.
     */
    // investigations initiated: cases whose (effective) registration falls in P
    private static final String INITIATED = """
            from statistics_case c
            where c.registered_on >= :from and c.registered_on < :to""";
    // continued: registered before P and still open when P starts (no termination or indictment effective
    // before then, or a termination quashed since)
    private static final String CONTINUED = """
            from statistics_case c
            left join (select distinct on (e.case_id) e.case_id, e.type
                       from statistics_case_event e
                       where e.occurred_on < :from
                         and e.type in ('SUSPENDED', 'RESUMED', 'TERMINATED', 'REOPENED', 'SENT_TO_COURT')
                       order by e.case_id, e.occurred_on desc, e.seq desc) s on s.case_id = c.id
            where c.registered_on < :from and (s.type is null or s.type in ('SUSPENDED', 'RESUMED', 'REOPENED'))""";
    // prosecutions: cases sent to court in P, and their defendants
    private static final String SENT_TO_COURT_IN_P = """
            exists (select 1 from statistics_case_event e where e.case_id = c.id and e.type = 'SENT_TO_COURT'
                    and e.occurred_on >= :from and e.occurred_on < :to)""";
    private static final String PROSECUTED_CASES = "from statistics_case c where " + SENT_TO_COURT_IN_P;
    private static final String PROSECUTED_DEFENDANTS = """
            from statistics_case c
            join cases_defendant d on d.case_id = c.id
            where\s""" + SENT_TO_COURT_IN_P;
    // convictions: defendants with a first-instance conviction dated in P; sentences of those convictions.
    // Imprisonment figures are of adults; juvenile offenders are counted apart (as the seed report does).
    private static final String CONVICTIONS = """
            from statistics_case_event e
            join statistics_case c on c.id = e.case_id
            join cases_defendant d on d.case_id = e.case_id and d.defendant_no = e.defendant_no
            where e.type = 'VERDICT' and e.outcome = 'CONVICTED' and e.occurred_on >= :from and e.occurred_on < :to""";
    private static final String OFFICIALS_INVESTIGATED = """
            from statistics_case c join cases_defendant d on d.case_id = c.id
            where d.public_official and c.registered_on >= :from and c.registered_on < :to""";
    private static final String OFFICIALS_PROSECUTED = """
            from statistics_case c join cases_defendant d on d.case_id = c.id
            where d.public_official and\s""" + SENT_TO_COURT_IN_P;
    private static final String ARRESTS = """
            from cases_defendant d join cases_case c on c.id = d.case_id
            where d.arrested_on >= :from and d.arrested_on < :to
              and (cast(:region as varchar) = '' or coalesce(d.arrest_region, c.region_code) = :region)""";

    // an operation held in several regions counts once in the country and once in each of its regions
    private static final String OPERATIONS_STARTED = """
            from cases_operation o left join cases_operation_region r on r.operation_id = o.id
            where o.started_on >= :from and o.started_on < :to
              and (cast(:region as varchar) = '' or exists (select 1 from cases_operation_region r
                   where r.operation_id = o.id and r.region_code = :region))""";
    // extraditions carried out in P: "outgoing" are persons Kazakhstan surrendered (requests it received),
    // "incoming" persons brought to Kazakhstan (requests it sent)
    private static final String EXTRADITIONS = """
            from cases_cooperation r left join cases_case c on c.id = r.case_id
            where r.kind = 'EXTRADITION' and r.status = 'EXECUTED' and r.direction = '%s'
              and r.executed_on >= :from and r.executed_on < :to
              and (cast(:region as varchar) = '' or c.region_code = :region)""";

    /** The records behind each base code: FROM … WHERE, and a further condition for the breakdown. */
    private static final Map<String, String> RECORDS = Map.ofEntries(
            Map.entry("investigations.initiated", INITIATED),
            Map.entry("investigations.continued", CONTINUED),
            Map.entry("prosecutions.cases", PROSECUTED_CASES),
            Map.entry("prosecutions.defendants", PROSECUTED_DEFENDANTS),
            Map.entry("convictions.persons", CONVICTIONS),
            Map.entry("sentences.imprisonment.persons", CONVICTIONS
                    + " and e.imprisonment_months is not null and not coalesce(e.juvenile, false)"),
            Map.entry("sentences.suspended.persons", CONVICTIONS + " and e.suspended_months is not null"),
            Map.entry("sentences.juvenile.persons", CONVICTIONS + " and e.juvenile"),
            Map.entry("sentences.fine.persons", CONVICTIONS + " and e.fine_kzt is not null"),
            Map.entry("sentences.restriction_of_liberty.persons", CONVICTIONS + " and e.restriction_months is not null"),
            Map.entry("officials.investigated", OFFICIALS_INVESTIGATED),
            Map.entry("officials.prosecuted", OFFICIALS_PROSECUTED),
            Map.entry("officials.convicted", CONVICTIONS + " and d.public_official"),
            Map.entry("arrests", ARRESTS));

    /** The indicators counted with their breakdown by form of exploitation, one statement each. */
    private static final List<String> BY_FORM = List.of("investigations.initiated", "investigations.continued",
            "prosecutions.cases", "prosecutions.defendants", "convictions.persons");

    @Override
    public Map<String, Number> compute(StatisticsQuery query, Predicate<String> wanted) {
        return counts(query, wanted, false).getOrDefault(null, Map.of());
    }

    /** Every indicator by the region of its records (a case's region; for arrests, where arrested). */
    @Override
    public Map<RegionCode, Map<String, Number>> computeByRegion(StatisticsQuery query) {
        return counts(new StatisticsQuery(query.year(), null), code -> true, true);
    }

    /**
     * The wanted indicators for the query: by region (null: none recorded) where {@code byRegion}, else under
     * the key null. One statement per family, the same either way, grouped by region or not.
     */
    private Map<RegionCode, Map<String, Number>> counts(StatisticsQuery query, Predicate<String> wanted,
            boolean byRegion) {
        Map<RegionCode, Map<String, Number>> values = new LinkedHashMap<>();
        Map<String, Object> params = params(query);
        for (String base : BY_FORM) {
            if (wanted.test(base) || FORM_GROUPS.stream().anyMatch(group -> wanted.test(base + "." + group))) {
                byForm(values, base, RECORDS.get(base), params, byRegion);
            }
        }
        if (wantsAny(wanted, "convictions.persons.article") || wantsAny(wanted, "sentences")
                || wanted.test("officials.convicted")) {
            convictionDetails(values, params, byRegion);
        }
        countIfWanted(values, wanted, "special_operations", "count(distinct o.id)", OPERATIONS_STARTED, "r.region_code",
                params, byRegion);
        countIfWanted(values, wanted, "arrests", "count(*)", ARRESTS, "coalesce(d.arrest_region, c.region_code)", params,
                byRegion);
        countIfWanted(values, wanted, "extraditions.outgoing", "count(*)", EXTRADITIONS.formatted("INCOMING"),
                "c.region_code", params, byRegion);
        countIfWanted(values, wanted, "extraditions.incoming", "count(*)", EXTRADITIONS.formatted("OUTGOING"),
                "c.region_code", params, byRegion);
        countIfWanted(values, wanted, "officials.investigated", "count(*)",
                OFFICIALS_INVESTIGATED + " and " + regionOrAll(), "c.region_code", params, byRegion);
        countIfWanted(values, wanted, "officials.prosecuted", "count(*)", OFFICIALS_PROSECUTED + " and " + regionOrAll(),
                "c.region_code", params, byRegion);
        return values;
    }

    /**
     * "select &lt;region&gt; as region, &lt;aggregates&gt; &lt;from … where&gt;", grouped by the region expression where
     * {@code byRegion} (one row per region with records), else one row under a null region.
     */
    static String select(String aggregates, String records, String region, boolean byRegion) {
        return "select " + (byRegion ? region : "cast(null as varchar)") + " as region, " + aggregates + " " + records
                + (byRegion ? " group by 1" : "");
    }

    /** The values of a row's region (null: none recorded, or the query's region or country). */
    static Map<String, Number> of(Map<RegionCode, Map<String, Number>> values, java.sql.ResultSet rs)
            throws java.sql.SQLException {
        String region = rs.getString("region");
        return values.computeIfAbsent(region == null ? null : RegionCode.of(region), key -> new LinkedHashMap<>());
    }

    private void countIfWanted(Map<RegionCode, Map<String, Number>> values, Predicate<String> wanted, String code,
            String aggregate, String records, String region, Map<String, Object> params, boolean byRegion) {
        if (wanted.test(code)) {
            jdbc.sql(select(aggregate + " as value", records, region, byRegion)).params(params)
                    .query((rs, n) -> of(values, rs).put(code, rs.getLong("value"))).list();
        }
    }

    /** Convictions by article, the sentences of the convicted, and convicted officials: one statement. */
    private void convictionDetails(Map<RegionCode, Map<String, Number>> values, Map<String, Object> params,
            boolean byRegion) {
        jdbc.sql(select("""
                count(*) filter (where e.conviction_article = '128') as a128,
                       count(*) filter (where e.conviction_article = '134') as a134,
                       count(*) filter (where e.conviction_article = '135') as a135,
                       count(*) filter (where e.conviction_article = '308') as a308,
                       count(*) filter (where e.conviction_article = '125-1') as a125_1,
                       count(*) filter (where e.conviction_article not in ('128', '134', '135', '308', '125-1')) as other,
                       count(*) filter (where e.imprisonment_months is not null and not coalesce(e.juvenile, false))
                           as imprisonment,
                       min(e.imprisonment_months) filter (where not coalesce(e.juvenile, false)) as min_months,
                       max(e.imprisonment_months) filter (where not coalesce(e.juvenile, false)) as max_months,
                       count(*) filter (where e.suspended_months is not null) as suspended,
                       count(*) filter (where e.juvenile) as juvenile,
                       count(*) filter (where e.fine_kzt is not null) as fine,
                       count(*) filter (where e.restriction_months is not null) as restriction,
                       count(*) filter (where d.public_official) as officials""",
                CONVICTIONS + " and " + regionOrAll(), "c.region_code", byRegion))
                .params(params)
                .query((rs, n) -> {
                    Map<String, Number> region = of(values, rs);
                    region.put("convictions.persons.article.128", rs.getLong("a128"));
                    region.put("convictions.persons.article.134", rs.getLong("a134"));
                    region.put("convictions.persons.article.135", rs.getLong("a135"));
                    region.put("convictions.persons.article.308", rs.getLong("a308"));
                    region.put("convictions.persons.article.125-1", rs.getLong("a125_1"));
                    region.put("convictions.persons.article.other", rs.getLong("other"));
                    region.put("sentences.imprisonment.persons", rs.getLong("imprisonment"));
                    region.put("sentences.imprisonment.min_months", (Number) rs.getObject("min_months"));
                    region.put("sentences.imprisonment.max_months", (Number) rs.getObject("max_months"));
                    region.put("sentences.suspended.persons", rs.getLong("suspended"));
                    region.put("sentences.juvenile.persons", rs.getLong("juvenile"));
                    region.put("sentences.fine.persons", rs.getLong("fine"));
                    region.put("sentences.restriction_of_liberty.persons", rs.getLong("restriction"));
                    region.put("officials.convicted", rs.getLong("officials"));
                    return 1;
                }).list();
    }

    private void byForm(Map<RegionCode, Map<String, Number>> values, String base, String records,
            Map<String, Object> params, boolean byRegion) {
        jdbc.sql(select("count(*) as total, " + FORM_COUNTS, records + " and " + regionOrAll(), "c.region_code", byRegion))
                .params(params)
                .query((rs, n) -> {
                    Map<String, Number> region = of(values, rs);
                    region.put(base, rs.getLong("total"));
                    for (String group : FORM_GROUPS) {
                        region.put(base + "." + group, rs.getLong(group));
                    }
                    return 1;
                }).list();
    }

    /**
     * The cases behind a count of cases, defendants, convictions, sentences, officials or arrests (by form of
     * exploitation or article where the code says so); the operations behind special operations, the requests
     * behind extraditions.
     */
    @Override
    public Optional<Records> records(String code) {
        switch (code) {
            case "special_operations":
                return Optional.of(listed(Records.Kind.OPERATIONS,
                        "select distinct o.id " + OPERATIONS_STARTED + " order by o.id"));
            case "extraditions.outgoing":
                return Optional.of(listed(Records.Kind.REQUESTS,
                        "select r.id " + EXTRADITIONS.formatted("INCOMING") + " order by r.id"));
            case "extraditions.incoming":
                return Optional.of(listed(Records.Kind.REQUESTS,
                        "select r.id " + EXTRADITIONS.formatted("OUTGOING") + " order by r.id"));
            default:
                break;
        }
        String base = code;
        String breakdown = "";
        for (String group : FORM_GROUPS) {
            if (code.endsWith("." + group)) {
                base = code.substring(0, code.length() - group.length() - 1);
                breakdown = " and c." + group;
            }
        }
        String article = null;
        if (code.startsWith("convictions.persons.article.")) {
            base = "convictions.persons";
            article = code.substring("convictions.persons.article.".length());
            breakdown = article.equals("other") ? " and e.conviction_article not in (:articles)"
                    : " and e.conviction_article = :article";
        }
        String records = RECORDS.get(base);
        if (records == null || indicators().stream().noneMatch(indicator -> indicator.code().equals(code))) {
            return Optional.empty();
        }
        String sql = "select distinct c.id " + records + breakdown
                + (base.equals("arrests") ? "" : " and " + regionOrAll()) + " order by c.id";
        String convictedUnder = article;
        return Optional.of(new Records(Records.Kind.CASES, query -> {
            Map<String, Object> params = new HashMap<>(params(query));
            if (convictedUnder != null) {
                params.put("article", convictedUnder);
                params.put("articles", ARTICLES.subList(0, ARTICLES.size() - 1));
            }
            return jdbc.sql(sql).params(params).query(Long.class).list();
        }));
    }

    private Records listed(Records.Kind kind, String sql) {
        return new Records(kind, query -> jdbc.sql(sql).params(params(query)).query(Long.class).list());
    }

    private static Map<String, Object> params(StatisticsQuery query) {
        return Map.of("from", query.from(), "to", query.to(),
                "region", query.regionCode() == null ? "" : query.regionCode());
    }

    private static String regionOrAll() {
        return "(cast(:region as varchar) = '' or c.region_code = :region)";
    }
}
