package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;

/**
 * The PROTECTION chapter: victims identified (by form, citizenship, sex, age), their part in proceedings,
 * state protection, permits and compensation; referrals and the services delivered.
 */
@Component
class ProtectionIndicators implements IndicatorSource {

    static final List<String> CITIZENSHIP = List.of("citizens", "foreign");
    private static final String REGION = "(cast(:region as varchar) = '' or v.region_code = :region)";
    /*
     * Victims identified in P. The first presumed or confirmed decision falls in P only if some such decision
     * does: that condition, served by the index victims_status_identified, spares working out the first
     * decision of every victim.
     */
    private static final String IDENTIFIED = """
            from statistics_victim v
            where v.identified_on >= :from and v.identified_on < :to
              and v.id in (select s.victim_id from victims_status s where s.status in ('PRESUMED', 'CONFIRMED')
                           and s.decided_on >= :from and s.decided_on < :to)""";

    private final JdbcClient jdbc;

    ProtectionIndicators(JdbcClient jdbc) {
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
        Indicator identified = Indicator.of("victims.identified", Unit.PERSONS, Chapter.PROTECTION);
        indicators.add(identified);
        for (String group : ProsecutionIndicators.FORM_GROUPS) {
            indicators.add(identified.by(group));
        }
        CITIZENSHIP.forEach(citizenship -> indicators.add(identified.by(citizenship)));
        for (String group : ProsecutionIndicators.FORM_GROUPS) {
            CITIZENSHIP.forEach(citizenship -> indicators.add(identified.by(group).by(citizenship)));
        }
        for (String breakdown : List.of("female", "male", "children", "adults")) {
            indicators.add(identified.by(breakdown));
        }
        indicators.add(Indicator.of("victims.participated_in_proceedings", Unit.PERSONS, Chapter.PROTECTION));
        indicators.add(Indicator.of("victims.state_protection_programme", Unit.PERSONS, Chapter.PROTECTION));
        indicators.add(Indicator.of("victims.state_protection_programme.cost_kzt", Unit.KZT, Chapter.PROTECTION));
        indicators.add(Indicator.of("victims.foreign.residence_permits_granted", Unit.PERSONS, Chapter.PROTECTION));
        indicators.add(Indicator.of("victims.compensation.claims_filed", Unit.PERSONS, Chapter.PROTECTION));
        indicators.add(Indicator.of("victims.compensation.awarded_kzt", Unit.KZT, Chapter.PROTECTION));
        for (String step : List.of("made", "accepted", "declined", "completed", "overdue")) {
            indicators.add(Indicator.of("referrals." + step, Unit.REFERRALS, Chapter.PROTECTION));
        }
        Indicator services = Indicator.of("services.delivered", Unit.SERVICES, Chapter.PROTECTION);
        indicators.add(services);
        for (ServiceType type : ServiceType.values()) {
            indicators.add(services.by(type.name().toLowerCase(java.util.Locale.ROOT)));
        }
        return List.copyOf(indicators);
    }

    /** Victims identified (one statement), and the rest of the chapter when any of it is wanted. */
    @Override
    public Map<String, Number> compute(StatisticsQuery query, Predicate<String> wanted) {
        return counts(query, wanted, false).getOrDefault(null, Map.of());
    }

    /** Every indicator by the victim's region. */
    @Override
    public Map<RegionCode, Map<String, Number>> computeByRegion(StatisticsQuery query) {
        return counts(new StatisticsQuery(query.year(), null), code -> true, true);
    }

    /**
     * The wanted indicators for the query: by the victim's region (null: none recorded) where {@code byRegion},
     * else under the key null; the same statements either way.
     */
    private Map<RegionCode, Map<String, Number>> counts(StatisticsQuery query, Predicate<String> wanted,
            boolean byRegion) {
        Map<RegionCode, Map<String, Number>> values = new LinkedHashMap<>();
        Map<String, Object> params = Map.of("from", query.from(), "to", query.to(),
                "region", query.regionCode() == null ? "" : query.regionCode());
        if (wantsAny(wanted, "victims.identified")) {
            identified(values, params, byRegion);
        }
        if (indicators().stream().map(Indicator::code).filter(code -> !code.startsWith("victims.identified"))
                .anyMatch(wanted)) {
            assistance(values, params, byRegion);
        }
        return values;
    }

    private void identified(Map<RegionCode, Map<String, Number>> values, Map<String, Object> params, boolean byRegion) {
        StringBuilder columns = new StringBuilder("count(*) as total");
        List<String> codes = new ArrayList<>();
        for (String group : ProsecutionIndicators.FORM_GROUPS) {
            columns.append(", count(*) filter (where v.").append(group).append(") as \"").append(group).append('"');
            codes.add(group);
            for (String citizenship : CITIZENSHIP) {
                columns.append(", count(*) filter (where v.").append(group).append(" and ")
                        .append(citizenship.equals("citizens") ? "v.citizen" : "not v.citizen").append(") as \"")
                        .append(group).append('.').append(citizenship).append('"');
                codes.add(group + "." + citizenship);
            }
        }
        columns.append(", count(*) filter (where v.citizen) as citizens, count(*) filter (where not v.citizen) as foreign,")
                .append(" count(*) filter (where v.sex = 'FEMALE') as female, count(*) filter (where v.sex = 'MALE') as male,")
                .append(" count(*) filter (where v.child) as children, count(*) filter (where not v.child) as adults");
        codes.addAll(List.of("citizens", "foreign", "female", "male", "children", "adults"));
        // the view's columns computed once per victim (materialized), not once per breakdown that reads them
        jdbc.sql("with v as materialized (select v.* " + IDENTIFIED + " and " + REGION + ") "
                + ProsecutionIndicators.select(columns.toString(), "from v", "v.region_code", byRegion))
                .params(params).query((rs, n) -> {
                    Map<String, Number> region = ProsecutionIndicators.of(values, rs);
                    region.put("victims.identified", rs.getLong("total"));
                    for (String code : codes) {
                        region.put("victims.identified." + code, rs.getLong(code));
                    }
                    return 1;
                }).list();
    }

    /** Proceedings, protection, permits, compensation, referrals and services. */
    private void assistance(Map<RegionCode, Map<String, Number>> values, Map<String, Object> params,
            boolean byRegion) {
        count(values, "victims.participated_in_proceedings", "count(distinct i.victim_id)", """
                from victims_interview i join victims_victim v on v.id = i.victim_id
                where i.interviewed_on >= :from and i.interviewed_on < :to and """ + REGION, params, byRegion);
        jdbc.sql(ProsecutionIndicators.select("count(distinct p.victim_id) as persons, coalesce(sum(p.cost_kzt), 0) as cost",
                """
                from victims_protection p join victims_victim v on v.id = p.victim_id
                where p.starts_on >= :from and p.starts_on < :to and """ + REGION, "v.region_code", byRegion))
                .params(params).query((rs, n) -> {
                    Map<String, Number> region = ProsecutionIndicators.of(values, rs);
                    region.put("victims.state_protection_programme", rs.getLong("persons"));
                    region.put("victims.state_protection_programme.cost_kzt", rs.getLong("cost"));
                    return 1;
                }).list();
        count(values, "victims.foreign.residence_permits_granted", "count(distinct p.victim_id)", """
                from victims_permit p join victims_victim v on v.id = p.victim_id
                where p.kind = 'TEMPORARY_RESIDENCE' and p.outcome = 'GRANTED'
                  and p.decided_on >= :from and p.decided_on < :to and """ + REGION, params, byRegion);
        count(values, "victims.compensation.claims_filed", "count(*)", """
                from victims_compensation c join victims_victim v on v.id = c.victim_id
                where c.filed_on >= :from and c.filed_on < :to and """ + REGION, params, byRegion);
        count(values, "victims.compensation.awarded_kzt", "coalesce(sum(c.awarded_kzt), 0)", """
                from victims_compensation c join victims_victim v on v.id = c.victim_id
                where c.awarded_on >= :from and c.awarded_on < :to and """ + REGION, params, byRegion);
        String referralSteps = """
                from referrals_step s join referrals_referral r on r.id = s.referral_id
                join victims_victim v on v.id = r.victim_id
                where s.step = '%s' and s.occurred_on >= :from and s.occurred_on < :to and """ + REGION;
        count(values, "referrals.made", "count(*)", referralSteps.formatted("SENT"), params, byRegion);
        count(values, "referrals.accepted", "count(*)", referralSteps.formatted("ACCEPTED"), params, byRegion);
        count(values, "referrals.declined", "count(*)", referralSteps.formatted("DECLINED"), params, byRegion);
        count(values, "referrals.completed", "count(*)", referralSteps.formatted("COMPLETED"), params, byRegion);
        // overdue: the answer was due in P and no answer (or revocation) came by the due date
        count(values, "referrals.overdue", "count(*)", """
                from referrals_referral r join victims_victim v on v.id = r.victim_id
                where r.answer_due_on >= :from and r.answer_due_on < :to and """ + REGION + """
                   and not exists (select 1 from referrals_step s where s.referral_id = r.id
                                   and s.step in ('ACCEPTED', 'DECLINED', 'REVOKED') and s.occurred_on <= r.answer_due_on)""",
                params, byRegion);
        // one statement grouped by service (and region): every service counted, zeros included
        Map<RegionCode, Map<String, Long>> services = new LinkedHashMap<>();
        String regionColumn = byRegion ? "v.region_code" : "cast(null as varchar)";
        jdbc.sql("select " + regionColumn + """
                 as region, e.service, count(*) as value
                from referrals_service_episode e join victims_victim v on v.id = e.victim_id
                where e.started_on >= :from and e.started_on < :to and """ + REGION + " group by 1, 2")
                .params(params).query((rs, n) -> {
                    String region = rs.getString("region");
                    return services.computeIfAbsent(region == null ? null : RegionCode.of(region),
                            key -> new LinkedHashMap<>()).put(rs.getString("service"), rs.getLong("value"));
                }).list();
        if (!byRegion) {
            services.putIfAbsent(null, new LinkedHashMap<>());
        }
        services.forEach((region, delivered) -> {
            Map<String, Number> into = values.computeIfAbsent(region, key -> new LinkedHashMap<>());
            long total = 0;
            for (ServiceType type : ServiceType.values()) {
                long count = delivered.getOrDefault(type.name(), 0L);
                into.put("services.delivered." + type.name().toLowerCase(java.util.Locale.ROOT), count);
                total += count;
            }
            into.put("services.delivered", total);
        });
    }

    private void count(Map<RegionCode, Map<String, Number>> values, String code, String aggregate, String records,
            Map<String, Object> params, boolean byRegion) {
        jdbc.sql(ProsecutionIndicators.select(aggregate + " as value", records, "v.region_code", byRegion)).params(params)
                .query((rs, n) -> ProsecutionIndicators.of(values, rs).put(code, rs.getLong("value"))).list();
    }

    /** The victim records behind {@code victims.identified} and its breakdowns. */
    @Override
    public Optional<Records> records(String code) {
        if (!code.equals("victims.identified") && !code.startsWith("victims.identified.")
                || indicators().stream().noneMatch(indicator -> indicator.code().equals(code))) {
            return Optional.empty();
        }
        StringBuilder where = new StringBuilder(IDENTIFIED).append(" and ").append(REGION);
        if (code.length() > "victims.identified".length()) {
            for (String part : code.substring("victims.identified.".length()).split("\\.")) {
                where.append(" and ").append(switch (part) {
                    case "citizens" -> "v.citizen";
                    case "foreign" -> "not v.citizen";
                    case "female" -> "v.sex = 'FEMALE'";
                    case "male" -> "v.sex = 'MALE'";
                    case "children" -> "v.child";
                    case "adults" -> "not v.child";
                    default -> "v." + part; // a form group (the code is one of the catalogue's: no other text gets here)
                });
            }
        }
        String sql = "select v.id " + where + " order by v.id";
        return Optional.of(new Records(Records.Kind.VICTIMS, query -> jdbc.sql(sql)
                .param("from", query.from()).param("to", query.to())
                .param("region", query.regionCode() == null ? "" : query.regionCode())
                .query(Long.class).list()));
    }
}
