package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

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

    /** Age group from a defendant's birth year, where the year alone decides it (else UNKNOWN). */
    private static final String AGE_FROM_BIRTH_YEAR = """
            case when d.birth_year is null then 'UNKNOWN'
                 when :year - d.birth_year - 1 >= 18 then 'ADULT'
                 when :year - d.birth_year < 18 then 'CHILD'
                 else 'UNKNOWN' end""";

    /**
     * An indicator of the table: the catalogue indicator whose records it counts, and how those records give sex
     * and age group (SQL over the aliases of the indicator's definition).
     */
    private record Counts(String indicator, String code, String sex, String age, boolean citizenship) {
    }

    private static final List<Counts> TABLE = List.of(
            new Counts(VICTIMS, "victims.identified", "v.sex", "v.age_group", true),
            new Counts(PROSECUTED, "prosecutions.defendants", "d.sex", AGE_FROM_BIRTH_YEAR, false),
            // a juvenile sentence says the convicted person was a child; otherwise the birth year decides
            new Counts(CONVICTED, "convictions.persons", "d.sex",
                    "case when e.juvenile then 'CHILD' else " + AGE_FROM_BIRTH_YEAR + " end", false));

    private final List<DefinedIndicators> sources;

    Glotip(List<DefinedIndicators> sources) {
        this.sources = sources;
    }

    /**
     * The table's rows for the year, from one snapshot of the records (a read-only transaction at repeatable read).
     * Callers check the permission (StatisticsExports).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    List<Row> rows(StatisticsQuery query) {
        StatisticsQuery national = new StatisticsQuery(query.year(), null);
        List<Row> rows = new ArrayList<>();
        for (Counts counts : TABLE) {
            DefinedIndicators source = sources.stream().filter(s -> s.definition(counts.code()).isPresent())
                    .findFirst().orElseThrow();
            Definition definition = source.definition(counts.code()).orElseThrow();
            List<String> columns = new ArrayList<>(List.of(counts.sex(), counts.age(),
                    definition.condition(counts.code() + ".sexual_exploitation"),
                    definition.condition(counts.code() + ".forced_labour"),
                    definition.condition(counts.code() + ".other_forms")));
            if (counts.citizenship()) {
                columns.add(definition.condition(counts.code() + ".citizens"));
            }
            List<Group> groups = source.grouped(counts.code(), national, columns, (rs, n) -> new Group(rs.getString(1),
                    rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5),
                    counts.citizenship() ? rs.getBoolean(6) : null, rs.getLong(columns.size() + 1)));
            table(rows, counts.indicator(), query.year(), groups, counts.citizenship());
        }
        return rows;
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
