package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The UNODC GLOTIP table of a year (the whole country): Indicator × Dimension × Category × Sex × Age ×
 * Year, in the English labels of the UNODC questionnaire, for detected trafficking victims (identified in
 * the year, as {@code victims.identified}), persons prosecuted (defendants of cases sent to court in the
 * year, as {@code prosecutions.defendants}) and persons convicted (defendants convicted in the year, as
 * {@code convictions.persons}). Every combination of sex and age is published, zeros included.
 *
 * <p>Small counts: 1 to 4 are published as {@code <5} (GLOTIP's convention), by the rule of {@link SmallCounts};
 * 0 is published as 0, since an empty cell identifies nobody. The table is national and no secondary suppression
 * is applied: a suppressed cell may sometimes be derived from a total and its other cells.
 */
@Component
class Glotip {

    static final String SUPPRESSED = SmallCounts.SUPPRESSED;

    static final String VICTIMS = "Detected trafficking victims";
    static final String PROSECUTED = "Persons prosecuted";
    static final String CONVICTED = "Persons convicted";
    static final String TOTAL = "Total";
    static final List<String> HEADER = List.of("Indicator", "Dimension", "Category", "Sex", "Age", "Year", "Value");

    private static final Map<String, String> SEXES = Map.of("FEMALE", "Female", "MALE", "Male", "OTHER", "Other",
            "UNKNOWN", "Unknown");
    private static final List<String> SEX_ORDER = List.of("FEMALE", "MALE", "OTHER", "UNKNOWN");
    private static final Map<String, String> AGES = Map.of("CHILD", "0 to 17 years", "ADULT", "18 years or over",
            "UNKNOWN", "Unknown");
    private static final List<String> AGE_ORDER = List.of("CHILD", "ADULT", "UNKNOWN");

    /** A row of the table; the value is a count, or {@code <5}. */
    public record Row(String indicator, String dimension, String category, String sex, String age, int year,
            String value) {
    }

    /** Persons with the same attributes, and how many. */
    record Group(String sex, String age, boolean sexualExploitation, boolean forcedLabour, boolean otherForms,
            Boolean citizen, long count) {
    }

    /** Age group from a birth year, where the year alone decides it (else UNKNOWN). */
    private static final String AGE_FROM_BIRTH_YEAR = """
            case when g.birth_year is null then 'UNKNOWN'
                 when :year - g.birth_year - 1 >= 18 then 'ADULT'
                 when :year - g.birth_year < 18 then 'CHILD'
                 else 'UNKNOWN' end""";

    private final JdbcClient jdbc;

    Glotip(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The table's rows for the year. Callers check the permission (StatisticsExports). */
    List<Row> rows(StatisticsQuery query) {
        Map<String, Object> params = Map.of("from", query.from(), "to", query.to(), "year", query.year());
        List<Row> rows = new ArrayList<>();
        List<Group> victims = jdbc.sql("""
                select v.sex, v.age_group, v.sexual_exploitation, v.forced_labour, v.other_forms, v.citizen, count(*)
                from statistics_glotip_victim v
                where v.identified_on >= :from and v.identified_on < :to
                group by 1, 2, 3, 4, 5, 6""").params(params).query((rs, n) -> new Group(rs.getString(1),
                rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6),
                rs.getLong(7))).list();
        table(rows, VICTIMS, query.year(), victims, true);
        List<Group> prosecuted = defendants("""
                select g.sex, %s as age_group, c.sexual_exploitation, c.forced_labour, c.other_forms, count(*)
                from statistics_case c
                join statistics_glotip_defendant g on g.case_id = c.id
                where exists (select 1 from statistics_case_event e where e.case_id = c.id and e.type = 'SENT_TO_COURT'
                              and e.occurred_on >= :from and e.occurred_on < :to)
                group by 1, 2, 3, 4, 5""".formatted(AGE_FROM_BIRTH_YEAR), params);
        table(rows, PROSECUTED, query.year(), prosecuted, false);
        // a juvenile sentence says the convicted person was a child; otherwise the birth year decides
        List<Group> convicted = defendants("""
                select g.sex, case when e.juvenile then 'CHILD' else %s end as age_group,
                       c.sexual_exploitation, c.forced_labour, c.other_forms, count(*)
                from statistics_case_event e
                join statistics_case c on c.id = e.case_id
                join statistics_glotip_defendant g on g.case_id = e.case_id and g.defendant_no = e.defendant_no
                where e.type = 'VERDICT' and e.outcome = 'CONVICTED' and e.occurred_on >= :from and e.occurred_on < :to
                group by 1, 2, 3, 4, 5""".formatted(AGE_FROM_BIRTH_YEAR), params);
        table(rows, CONVICTED, query.year(), convicted, false);
        return rows;
    }

    private List<Group> defendants(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query((rs, n) -> new Group(rs.getString(1), rs.getString(2),
                rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), null, rs.getLong(6))).list();
    }

    private static void table(List<Row> rows, String indicator, int year, List<Group> groups, boolean citizenship) {
        cells(rows, indicator, TOTAL, TOTAL, year, groups, group -> true);
        String forms = "by form of exploitation";
        cells(rows, indicator, forms, "Sexual exploitation", year, groups, Group::sexualExploitation);
        cells(rows, indicator, forms, "Forced labour", year, groups, Group::forcedLabour);
        cells(rows, indicator, forms, "Other forms of exploitation", year, groups, Group::otherForms);
        if (citizenship) {
            cells(rows, indicator, "by citizenship", "Citizens", year, groups, group -> Boolean.TRUE.equals(group.citizen()));
            cells(rows, indicator, "by citizenship", "Foreign citizens", year, groups,
                    group -> Boolean.FALSE.equals(group.citizen()));
        }
    }

    private static void cells(List<Row> rows, String indicator, String dimension, String category, int year,
            List<Group> groups, Predicate<Group> in) {
        List<String> sexes = new ArrayList<>(List.of(TOTAL));
        sexes.addAll(SEX_ORDER);
        List<String> ages = new ArrayList<>(List.of(TOTAL));
        ages.addAll(AGE_ORDER);
        for (String sex : sexes) {
            for (String age : ages) {
                long count = groups.stream().filter(in)
                        .filter(group -> sex.equals(TOTAL) || sex.equals(group.sex()))
                        .filter(group -> age.equals(TOTAL) || age.equals(group.age()))
                        .mapToLong(Group::count).sum();
                rows.add(new Row(indicator, dimension, category, sex.equals(TOTAL) ? TOTAL : SEXES.get(sex),
                        age.equals(TOTAL) ? TOTAL : AGES.get(age), year, published(count)));
            }
        }
    }

    /** A count as published: 1 to 4 as {@code <5}, anything else as the number ({@link SmallCounts#published}). */
    static String published(long count) {
        return SmallCounts.published(count);
    }
}
