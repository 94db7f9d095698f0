package kz.qorgau.linkage;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A fitted Fellegi–Sunter model: per field and level the weight log2(m/u), the prior odds of a match among candidate
 * pairs, term-frequency tables for the fields so compared, and the thresholds. It scores a pair as the prior plus the
 * weights of its fields' levels, and explains the score field by field.
 * <p>
 * Two guarantees the tests hold it to. Weights are monotone: a better level of a field never weighs less than a worse
 * one (EM may estimate a sparse level out of order; each level's weight is raised to that of the level below it, and
 * a frequency-adjusted exact agreement is never below the field's next level). And a score is symmetric, as every
 * comparator is and an exact agreement's frequency is that of the one shared value.
 * <p>
 * The weights come from the data (EM), never from configuration; the term frequencies from the records compared.
 */
public final class LinkageModel {

    private final List<Field> fields;
    private final double lambda;
    private final Thresholds thresholds;

    /** One field's comparator, fitted m and u, monotone weights, and its values' frequencies (or none). */
    record Field(String name, FieldComparator comparator, double[] m, double[] u, double[] weights,
            Map<String, Double> frequencies, double expectedFrequency) {

        /** The weight of a level index, adjusted for the shared value's frequency when it is exact agreement. */
        double weight(int level, String value) {
            double weight = weights[level];
            if (frequencies == null || level != weights.length - 1) {
                return weight;
            }
            double frequency = frequencies.getOrDefault(value, 0.0);
            if (frequency <= 0) {
                return weight;
            }
            double adjusted = weight + log2(expectedFrequency / frequency);
            return level == 0 ? adjusted : Math.max(adjusted, weights[level - 1]);
        }

        boolean adjusts(int level) {
            return frequencies != null && level == weights.length - 1;
        }
    }

    LinkageModel(List<Field> fields, double lambda, Thresholds thresholds) {
        this.fields = List.copyOf(fields);
        this.lambda = lambda;
        this.thresholds = thresholds;
    }

    /**
     * The model of fitted probabilities: weights log2(m/u) made monotone over the levels, worst to best.
     *
     * @param frequencies per field, the share of records with each value, or null where a field has none
     */
    static LinkageModel of(List<String> names, List<FieldComparator> comparators,
            ExpectationMaximisation.Estimate estimate, List<Map<String, Double>> frequencies, Thresholds thresholds) {
        List<Field> fields = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            fields.add(field(names.get(f), comparators.get(f), estimate.m()[f], estimate.u()[f], frequencies.get(f)));
        }
        return new LinkageModel(fields, estimate.lambda(), thresholds);
    }

    static Field field(String name, FieldComparator comparator, double[] m, double[] u,
            Map<String, Double> frequencies) {
        double[] weights = new double[m.length];
        for (int l = 0; l < m.length; l++) {
            weights[l] = log2(m[l] / u[l]);
            if (l > 0) {
                weights[l] = Math.max(weights[l], weights[l - 1]);
            }
        }
        double expected = 0;
        if (frequencies != null) {
            for (double frequency : frequencies.values()) {
                expected += frequency * frequency;
            }
        }
        return new Field(name, comparator, m.clone(), u.clone(), weights, frequencies, expected);
    }

    /**
     * The model fitted by EM on stored agreement patterns, where the values themselves are not at hand: the person
     * registry keeps, for each candidate pair found when a person was saved, only the level of each field (never a
     * value), so the model is fitted on those patterns and scores them. Term frequencies are added afterwards over
     * keyed values ({@link #withFrequencies}).
     * <p>
     * The candidates were found by blocking keys made of some fields (names), so among them those fields agree by
     * construction, matches or not: EM on every field would split the pairs by how far the blocked fields agree (by
     * name) rather than by person. So EM runs on the {@code classFields} that blocking did not use (date of birth,
     * citizenship, documents), which decide which pairs are matches; then every field's m and u are estimated from
     * those pairs' posteriors (one M-step over all fields, the classes held), so that the blocked fields weigh what
     * they tell beyond having found the pair.
     *
     * @param patterns each distinct pattern (a level index per field, worst to best as the comparator's levels, -1 for
     *        missing) with its count of pairs
     * @param initialU u per field and level to start EM from (what random pairs would show)
     * @param classFields the fields EM fits the classes on
     */
    public static LinkageModel fitted(List<String> names, List<FieldComparator> comparators,
            Map<List<Integer>, Long> patterns, double[][] initialU, Thresholds thresholds, Set<String> classFields) {
        int fields = names.size();
        boolean[] fitted = new boolean[fields];
        for (int f = 0; f < fields; f++) {
            fitted[f] = classFields.contains(names.get(f));
        }
        Map<ExpectationMaximisation.Pattern, Long> all = new HashMap<>();
        Map<ExpectationMaximisation.Pattern, Long> masked = new HashMap<>();
        patterns.forEach((levels, count) -> {
            int[] pattern = levels.stream().mapToInt(Integer::intValue).toArray();
            all.merge(new ExpectationMaximisation.Pattern(pattern), count, Long::sum);
            int[] classPattern = pattern.clone();
            for (int f = 0; f < fields; f++) {
                classPattern[f] = fitted[f] ? pattern[f] : -1;
            }
            masked.merge(new ExpectationMaximisation.Pattern(classPattern), count, Long::sum);
        });
        int[] levelCounts = comparators.stream().mapToInt(comparator -> comparator.levels().size()).toArray();
        ExpectationMaximisation.Estimate classes = ExpectationMaximisation.fit(levelCounts, masked, initialU, 0.1, 500,
                1e-7);
        List<Map<String, Double>> none = new ArrayList<>();
        names.forEach(name -> none.add(null));
        return of(names, comparators, ExpectationMaximisation.holdingClasses(levelCounts, all, classes, fitted), none,
                thresholds);
    }

    /**
     * The explanation of a pair given only its levels, one per field in the order of the fields
     * ({@link AgreementLevel#MISSING} where a value is absent on either side), as stored for a candidate pair.
     */
    public PairExplanation explain(String first, String second, List<AgreementLevel> levels) {
        return explain(first, second, levels, Collections.nCopies(levels.size(), null));
    }

    /**
     * The same, where a field that agrees exactly has its shared value (or a keyed form of it, as the frequencies
     * were given, {@link #withFrequencies}): its weight is adjusted for how common that value is. {@code shared} holds
     * a value or null per field.
     */
    public PairExplanation explain(String first, String second, List<AgreementLevel> levels, List<String> shared) {
        List<PairExplanation.Evidence> evidence = new ArrayList<>(fields.size());
        double total = prior();
        for (int f = 0; f < fields.size(); f++) {
            Field field = fields.get(f);
            AgreementLevel level = levels.get(f);
            int index = field.comparator().levels().indexOf(level);
            if (!level.observed() || index < 0) {
                evidence.add(new PairExplanation.Evidence(field.name(), AgreementLevel.MISSING, 0, false));
                continue;
            }
            String value = shared.get(f);
            boolean adjusted = value != null && field.adjusts(index) && field.frequencies().containsKey(value);
            double weight = adjusted ? field.weight(index, value) : field.weights()[index];
            total += weight;
            evidence.add(new PairExplanation.Evidence(field.name(), level, weight, adjusted));
        }
        double probability = probability(total);
        return new PairExplanation(first, second, evidence, prior(), total, probability, thresholds.decide(
                probability));
    }

    /**
     * This model with term frequencies for some fields: per field's name, the share of records holding each value
     * (the values as the pairs' shared values will be given, plain or keyed). An exact agreement on a common value
     * then weighs less than on a rare one, by log2 of the expected share over the value's share.
     */
    public LinkageModel withFrequencies(Map<String, Map<String, Double>> frequencies) {
        List<Field> adjusted = new ArrayList<>(fields.size());
        for (Field field : fields) {
            Map<String, Double> shares = frequencies.get(field.name());
            adjusted.add(shares == null ? field : field(field.name(), field.comparator(), field.m(), field.u(),
                    shares));
        }
        return new LinkageModel(adjusted, lambda, thresholds);
    }

    /** log2 of the prior odds of a match among candidate pairs. */
    public double prior() {
        return log2(lambda / (1 - lambda));
    }

    /** The share of matches among the candidate pairs, as EM estimated it. */
    public double lambda() {
        return lambda;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    /** The fields' names, in the order of the comparisons. */
    public List<String> fieldNames() {
        return fields.stream().map(Field::name).toList();
    }

    /** m of a field's levels, worst to best (as its comparator's {@link FieldComparator#levels()}). */
    public double[] m(String field) {
        return field(field).m().clone();
    }

    /** u of a field's levels, worst to best. */
    public double[] u(String field) {
        return field(field).u().clone();
    }

    /** The weights of a field's levels, worst to best, before any frequency adjustment. */
    public double[] weights(String field) {
        return field(field).weights().clone();
    }

    /** The weight of a field's level for the given (shared) value; 0 when missing. */
    public double weight(String field, AgreementLevel level, String value) {
        if (!level.observed()) {
            return 0;
        }
        Field model = field(field);
        return model.weight(model.comparator().levels().indexOf(level), value);
    }

    /** The explanation of two records' values, each in the order of the fields. */
    public PairExplanation explain(String first, List<String> firstValues, String second, List<String> secondValues) {
        List<PairExplanation.Evidence> evidence = new ArrayList<>(fields.size());
        double total = prior();
        for (int f = 0; f < fields.size(); f++) {
            Field field = fields.get(f);
            String a = firstValues.get(f);
            String b = secondValues.get(f);
            if (a == null || b == null || a.isEmpty() || b.isEmpty()) {
                evidence.add(new PairExplanation.Evidence(field.name(), AgreementLevel.MISSING, 0, false));
                continue;
            }
            AgreementLevel level = field.comparator().compare(a, b);
            int index = field.comparator().levels().indexOf(level);
            double weight = field.weight(index, a);
            total += weight;
            evidence.add(new PairExplanation.Evidence(field.name(), level, weight, field.adjusts(index)));
        }
        double probability = probability(total);
        return new PairExplanation(first, second, evidence, prior(), total, probability, thresholds.decide(
                probability));
    }

    /** The score of a pair given its level indices (-1 missing) and the first record's values: the fast path. */
    double total(byte[] levels, String[] values) {
        double total = prior();
        for (int f = 0; f < fields.size(); f++) {
            if (levels[f] >= 0) {
                total += fields.get(f).weight(levels[f], values[f]);
            }
        }
        return total;
    }

    static double probability(double total) {
        return 1 / (1 + Math.pow(2, -total));
    }

    private Field field(String name) {
        return fields.stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no field " + name));
    }

    private static double log2(double value) {
        return Math.log(value) / Math.log(2);
    }
}
