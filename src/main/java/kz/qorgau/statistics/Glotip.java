package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * <p>Every breakdown sums to its total, unknown being a category (DESIGN.md §4): sex and age have "Unknown", forms of
 * exploitation "Unspecified" (none recorded; a record with several forms counts in each), citizenship "Unknown"
 * (none recorded; the questionnaire has no category for stateless persons, so they are counted there too, while the
 * annual figures count them apart), never folded into "Foreign citizens".
 *
 * <p>Small counts ({@link SmallCounts}): 1 to 4 are published as {@code <5} (GLOTIP's convention); 0 is published
 * as 0, since an empty cell identifies nobody. The table has totals (each row of sexes and ages with its totals,
 * each category with the total of its dimension), so a hidden cell could be worked out from the others: where
 * it could, another cell of the same row or column is hidden too, as {@code x} (complementary suppression). The
 * counts the annual figures publish nationally anyway (the total, the totals of each form and citizenship, and
 * for victims of each sex and age group) are known to every reader: they are never hidden to protect another, and a
 * small one among them is shown as {@code <5} all the same.
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

    /**
     * Persons with the same attributes, and how many.
     *
     * @param citizen true for citizens of Kazakhstan, false for foreign citizens, null where no citizenship is
     *        recorded (only read where the indicator has the citizenship breakdown)
     */
    record Group(String sex, String age, boolean sexualExploitation, boolean forcedLabour, boolean otherForms,
            boolean unspecified, Boolean citizen, long count) {
    }

    /** A cell of an indicator's table. */
    private record Cell(String dimension, String category, String sex, String age) {
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
                    definition.condition(counts.code() + ".other_forms"),
                    definition.condition(counts.code() + ".unspecified")));
            if (counts.citizenship()) {
                columns.add(definition.condition(counts.code() + ".citizens"));
                columns.add(definition.condition(counts.code() + ".foreign"));
            }
            List<Group> groups = source.grouped(counts.code(), national, columns, (rs, n) -> new Group(rs.getString(1),
                    rs.getString(2), rs.getBoolean(3), rs.getBoolean(4), rs.getBoolean(5), rs.getBoolean(6),
                    counts.citizenship() ? citizen(rs.getBoolean(7), rs.getBoolean(8)) : null,
                    rs.getLong(columns.size() + 1)));
            rows.addAll(table(counts.indicator(), query.year(), groups, counts.citizenship()));
        }
        return rows;
    }

    private static Boolean citizen(boolean citizen, boolean foreign) {
        return citizen ? Boolean.TRUE : foreign ? Boolean.FALSE : null;
    }

    /** The breakdowns of an indicator's table: dimension, then each category with the persons it counts. */
    private static Map<String, Map<String, Predicate<Group>>> breakdowns(boolean citizenship) {
        Map<String, Map<String, Predicate<Group>>> breakdowns = new LinkedHashMap<>();
        breakdowns.put(TOTAL, Map.of(TOTAL, group -> true));
        Map<String, Predicate<Group>> forms = new LinkedHashMap<>();
        forms.put("Sexual exploitation", Group::sexualExploitation);
        forms.put("Forced labour", Group::forcedLabour);
        forms.put("Other forms of exploitation", Group::otherForms);
        forms.put("Unspecified", Group::unspecified);
        breakdowns.put(FORMS, forms);
        if (citizenship) {
            Map<String, Predicate<Group>> citizenships = new LinkedHashMap<>();
            citizenships.put("Citizens", group -> Boolean.TRUE.equals(group.citizen()));
            citizenships.put("Foreign citizens", group -> Boolean.FALSE.equals(group.citizen()));
            citizenships.put("Unknown", group -> group.citizen() == null);
            breakdowns.put(CITIZENSHIP, citizenships);
        }
        return breakdowns;
    }

    /**
     * Whether the annual figures publish a cell nationally, exactly: each indicator's total and the totals of its
     * categories; for victims also the totals of each sex and each age group.
     */
    static boolean national(String dimension, String sex, String age, boolean victims) {
        boolean totals = sex.equals(TOTAL) && age.equals(TOTAL);
        return totals || victims && dimension.equals(TOTAL) && (sex.equals(TOTAL) || age.equals(TOTAL));
    }

    static final String FORMS = "by form of exploitation";
    static final String CITIZENSHIP = "by citizenship";

    /** An indicator's rows, every combination of sex and age of every category, small counts protected. */
    static List<Row> table(String indicator, int year, List<Group> groups, boolean citizenship) {
        List<String> sexes = new ArrayList<>(List.of(TOTAL));
        sexes.addAll(SEX_ORDER);
        List<String> ages = new ArrayList<>(List.of(TOTAL));
        ages.addAll(AGE_ORDER);
        Map<String, Map<String, Predicate<Group>>> breakdowns = breakdowns(citizenship);
        SmallCounts.Table<Cell> table = new SmallCounts.Table<>();
        for (var dimension : breakdowns.entrySet()) {
            for (var category : dimension.getValue().entrySet()) {
                for (String sex : sexes) {
                    for (String age : ages) {
                        long count = groups.stream().filter(category.getValue())
                                .filter(group -> sex.equals(TOTAL) || sex.equals(group.sex()))
                                .filter(group -> age.equals(TOTAL) || age.equals(group.age()))
                                .mapToLong(Group::count).sum();
                        // what the national annual figures publish exactly is known to every reader: never hidden
                        // to protect another, and taken as known (a small one is still shown as <5, as GLOTIP asks)
                        table.cell(new Cell(dimension.getKey(), category.getKey(), sex, age), count,
                                national(dimension.getKey(), sex, age, citizenship));
                    }
                }
            }
        }
        for (var dimension : breakdowns.entrySet()) {
            for (String category : dimension.getValue().keySet()) {
                // each row with its total (the sexes of an age group), each column with its total (the ages of a sex)
                for (String age : ages) {
                    table.relation(new Cell(dimension.getKey(), category, TOTAL, age), SEX_ORDER.stream()
                            .map(sex -> new Cell(dimension.getKey(), category, sex, age)).toList());
                }
                for (String sex : sexes) {
                    table.relation(new Cell(dimension.getKey(), category, sex, TOTAL), AGE_ORDER.stream()
                            .map(age -> new Cell(dimension.getKey(), category, sex, age)).toList());
                }
            }
            if (dimension.getKey().equals(TOTAL)) {
                continue;
            }
            // the categories of a dimension with the total of the same sex and age
            for (String sex : sexes) {
                for (String age : ages) {
                    table.relation(new Cell(TOTAL, TOTAL, sex, age), dimension.getValue().keySet().stream()
                            .map(category -> new Cell(dimension.getKey(), category, sex, age)).toList());
                }
            }
        }
        Map<Cell, SmallCounts.Mark> hidden = table.protect();
        List<Row> rows = new ArrayList<>();
        for (var dimension : breakdowns.entrySet()) {
            for (String category : dimension.getValue().keySet()) {
                for (String sex : sexes) {
                    for (String age : ages) {
                        Cell cell = new Cell(dimension.getKey(), category, sex, age);
                        SmallCounts.Mark mark = hidden.get(cell);
                        rows.add(new Row(indicator, dimension.getKey(), category, sex.equals(TOTAL) ? TOTAL : SEXES.get(
                                sex),
                                age.equals(TOTAL) ? TOTAL : AGES.get(age), year,
                                mark == null ? published(table.value(cell)) : mark.text()));
                    }
                }
            }
        }
        return rows;
    }

    /** A count as published: 1 to 4 as {@code <5}, anything else as the number ({@link SmallCounts#published}). */
    static String published(long count) {
        return SmallCounts.published(count);
    }
}
