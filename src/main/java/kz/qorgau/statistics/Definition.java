package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;
import kz.qorgau.statistics.IndicatorSource.Records.Kind;

/**
 * An indicator defined once: its code, unit and chapter, the records it counts (rows of the statistics views, as
 * {@link Counted}, narrowed by a condition of its own), what it computes over them, and its breakdowns. The
 * value, the value by region, the drill-down, the catalogue entries and the GLOTIP cells are all derived from it
 * ({@link DefinedIndicators}); its name and counting rule are the messages {@code indicator.<code>.name} and
 * {@code .definition}.
 *
 * @param code the published code of the total
 * @param unit what the number counts
 * @param chapter where it belongs in the annual report
 * @param counted the records it is computed over
 * @param condition what narrows them for this indicator (SQL over the views' aliases), or null
 * @param value what it computes over them
 * @param dimensions its breakdowns, in the order of the report
 * @param ratio where it is one indicator over another of the same source (then no records of its own), else null
 */
record Definition(String code, Unit unit, Chapter chapter, Counted counted, String condition, Value value,
        List<Dimension> dimensions, Ratio ratio) {

    /** The form groups of published statistics (ExploitationForm.Group), as the suffixes of indicator codes. */
    static final List<String> FORM_GROUPS = Arrays.stream(ExploitationForm.Group.values())
            .map(group -> group.name().toLowerCase(Locale.ROOT)).toList();

    Definition {
        dimensions = List.copyOf(dimensions);
    }

    Definition(String code, Unit unit, Chapter chapter, Counted counted, String condition, Value value,
            List<Dimension> dimensions) {
        this(code, unit, chapter, counted, condition, value, dimensions, null);
    }

    /**
     * One indicator over another, each a code of the same source, in the same place (the country, a region):
     * {@code factor × numerator / denominator}, rounded half up to {@code digits} decimals; undefined where the
     * denominator is 0. Computed from the two values, so it always agrees with them.
     */
    record Ratio(String numerator, String denominator, int factor, int digits) {
    }

    /** An indicator that is a ratio of two others of the same source (a rate, an amount per person). */
    static Definition ratio(String code, Unit unit, Chapter chapter, Ratio ratio) {
        return new Definition(code, unit, chapter, null, null, null, List.of(), ratio);
    }

    /** The condition that the column's date falls in the period P. */
    static String inP(String column) {
        return column + " >= :from and " + column + " < :to";
    }

    /**
     * The condition that a notification to the police (a view's row under the alias, with {@code answered_at} and
     * {@code due_at}) was not answered by its deadline: answered after it, or still unanswered when the day counted on
     * began (the end of P for a year that is over, today for the current one).
     */
    static String answeredLate(String alias) {
        return "coalesce(" + alias + ".answered_at, cast(least(cast(:to as date), cast(:today as date)) as timestamp)"
                + " at time zone 'Asia/Almaty') > " + alias + ".due_at";
    }

    /** The number of the records. */
    static Definition count(String code, Unit unit, Chapter chapter, Counted counted) {
        return new Definition(code, unit, chapter, counted, null, Value.COUNT, List.of());
    }

    /** Some other value computed over the records (a sum, a minimum; no drill-down). */
    static Definition of(String code, Unit unit, Chapter chapter, Counted counted, Value value) {
        return new Definition(code, unit, chapter, counted, null, value, List.of());
    }

    /** The same, over the records that also meet the condition. */
    Definition where(String condition) {
        return new Definition(code, unit, chapter, counted,
                this.condition == null ? condition : this.condition + " and " + condition, value, dimensions, ratio);
    }

    /** The same, broken down by the dimension too. */
    Definition by(Dimension dimension) {
        List<Dimension> more = new ArrayList<>(dimensions);
        more.add(dimension);
        return new Definition(code, unit, chapter, counted, condition, value, more, ratio);
    }

    /** The catalogue entries: the total, then each category of each breakdown. */
    List<Indicator> indicators() {
        List<Indicator> indicators = new ArrayList<>();
        Indicator total = Indicator.of(code, unit, chapter);
        indicators.add(total);
        dimensions.forEach(dimension -> dimension.categories().forEach(category -> indicators.add(total.by(category
                .suffix()))));
        return indicators;
    }

    /** The condition of a breakdown's category, by the breakdown's code ({@code convictions.persons.forced_labour}). */
    String condition(String breakdown) {
        return dimensions.stream().flatMap(dimension -> dimension.categories().stream())
                .filter(category -> breakdown.equals(code + "." + category.suffix())).map(Dimension.Category::condition)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no breakdown " + breakdown));
    }

    /** Whether a drill-down lists the records: a count of records of a kind that can be listed. */
    boolean listed() {
        return ratio == null && value.count() && counted.kind() != null;
    }

    /**
     * The records an indicator counts: a FROM clause over the statistics views (never another module's tables)
     * and a condition with the parameters {@code :from} and {@code :to} (the period P), the expression of their
     * region (for the figures by region and a region's figures) and, where a drill-down lists them, their kind and
     * the expression of their id. Indicators over the same records are computed in one statement.
     *
     * @param materialized whether the rows are read once into a materialized CTE named as the FROM clause's one alias
     *        (where breakdowns read the same computed columns many times)
     */
    record Counted(Kind kind, String from, String where, String region, String id, boolean materialized) {

        static Counted of(Kind kind, String from, String where, String region, String id) {
            return new Counted(kind, from, where, region, id, false);
        }

        /** Records that are not listed (not of a kind the drill-down shows). */
        static Counted unlisted(String from, String where, String region) {
            return new Counted(null, from, where, region, null, false);
        }

        /** The same records, read once into a materialized CTE. */
        Counted readOnce() {
            return new Counted(kind, from, where, region, id, true);
        }

        /** The region condition: a query's region, or every record for the whole country. */
        String inRegion() {
            return "(cast(:region as varchar) = '' or " + region + " = :region)";
        }
    }

    /**
     * A breakdown: its categories, each a suffix of the code and a condition over the records. Crossed breakdowns
     * (form × citizenship) are made by {@link #cross}; the others are the dimensions along which a reader may add
     * up the parts of a total ({@link RegionalSmallCounts}). Every record falls in at least one category (unknown
     * being one: DESIGN.md §4); in exactly one unless the dimension is {@code overlapping}, so that its parts sum to
     * the total.
     *
     * @param overlapping whether a record may fall in several categories (a case with several forms of
     *        exploitation counts once per form)
     */
    record Dimension(List<Category> categories, boolean crossed, boolean overlapping) {

        record Category(String suffix, String condition) {
        }

        /** Categories that exclude each other and together cover every record. */
        static Dimension of(Category... categories) {
            return new Dimension(List.of(categories), false, false);
        }

        /** Categories that together cover every record, a record falling in several where it has several values. */
        static Dimension overlapping(Category... categories) {
            return new Dimension(List.of(categories), false, true);
        }

        /**
         * The form groups, from the columns of the same names of the view aliased {@code alias}; a record without
         * any form is "unspecified", one with several counts in each of their groups.
         */
        static Dimension forms(String alias) {
            return new Dimension(FORM_GROUPS.stream().map(group -> new Category(group, alias + "." + group)).toList(),
                    false, true);
        }

        /** Every category of one with every category of the other ({@code sexual_exploitation.citizens}). */
        static Dimension cross(Dimension outer, Dimension inner) {
            List<Category> categories = new ArrayList<>();
            outer.categories().forEach(a -> inner.categories().forEach(b -> categories.add(
                    new Category(a.suffix() + "." + b.suffix(), "(" + a.condition() + ") and (" + b.condition()
                            + ")"))));
            return new Dimension(categories, true, outer.overlapping() || inner.overlapping());
        }

        List<String> suffixes() {
            return categories.stream().map(Category::suffix).toList();
        }
    }

    /**
     * What an indicator computes over its records: an aggregate function and its argument; a sum of none is zero,
     * a minimum or maximum of none is undefined (null).
     */
    record Value(String function, String argument, boolean count, boolean whole) {

        static final Value COUNT = new Value("count", "*", true);
        /** No value: for an indicator whose denominator is not recorded yet (undefined, shown as such). */
        static final Value UNDEFINED = new Value("max", "cast(null as numeric)", false);

        Value(String function, String argument, boolean count) {
            this(function, argument, count, false);
        }

        static Value countDistinct(String argument) {
            return new Value("count", "distinct " + argument, true);
        }

        static Value sum(String argument) {
            return new Value("sum", argument, false);
        }

        /** A sum of amounts with fractions (tenge stated in dollars), rounded half up to a whole number once. */
        static Value wholeSum(String argument) {
            return new Value("sum", argument, false, true);
        }

        static Value min(String argument) {
            return new Value("min", argument, false);
        }

        static Value max(String argument) {
            return new Value("max", argument, false);
        }

        /** The aggregate over the records that meet the condition (all where null). */
        String sql(String condition) {
            String aggregate = function + "(" + argument + ")" + (condition == null ? "" : " filter (where " + condition
                    + ")");
            String value = function.equals("sum") ? "coalesce(" + aggregate + ", 0)" : aggregate;
            return whole ? "round(" + value + ")" : value;
        }

        /** Whether the value is a whole number even when there are no records (counts and sums). */
        boolean defined() {
            return count || function.equals("sum");
        }
    }
}
