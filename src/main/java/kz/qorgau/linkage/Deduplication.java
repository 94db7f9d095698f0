package kz.qorgau.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * De-duplication of one set of records: blocking finds the candidate pairs, every candidate pair is compared field by
 * field, EM fits the model on those comparisons (u started from random pairs), the model scores and explains every
 * candidate pair, and the matches are clustered into persons. Optionally a pair may be compared with two fields
 * swapped ({@link #withEitherOrder}), and u may be taken from the random pairs ({@link Settings#withUFromRandomPairs}). Nothing in it is hand-set but the choice of fields,
 * comparators, blocking rules and the thresholds on the posterior probability.
 * <p>
 * Here every feature is in memory as folded plaintext. In the person registry only keyed values are stored (HMAC of
 * the folded forms and keys under the blind-index key): blocking keys and exact comparisons work on them as they are,
 * while Jaro–Winkler and the tolerant date comparison need the plaintext and so run when a person is saved, against
 * the candidates the keys found.
 *
 * @param <T> the records, already carrying folded features (see {@link NameFolding}); the values are read once
 */
public final class Deduplication<T> {

    private final Function<? super T, String> id;
    private final List<Comparison<T>> comparisons;
    private final List<BlockingRule<T>> blockingRules;
    private final Settings settings;
    /** The two fields a record may have swapped (given name and surname), as indices of comparisons; or empty. */
    private final int[] eitherOrder;

    /**
     * How a run is bounded and seeded.
     *
     * @param maxBlockSize a block with more records is skipped (its pairs are left to the other rules), which bounds
     *        the comparisons at (maxBlockSize²/2) per block
     * @param randomPairs how many random pairs start u
     * @param seed of the random pairs, so that a run is reproducible
     * @param uFromRandomPairs score with u of the random pairs and the prior of a match among all pairs of records,
     *        rather than the u and λ that EM fitted on the candidate pairs (m is EM's either way); see
     *        {@link #withUFromRandomPairs()}
     */
    public record Settings(int maxBlockSize, int randomPairs, long seed, int maxIterations, double tolerance,
            Thresholds thresholds, boolean uFromRandomPairs) {

        public static final Settings DEFAULT = new Settings(500, 20_000, 18, 500, 1e-7, Thresholds.DEFAULT);

        public Settings(int maxBlockSize, int randomPairs, long seed, int maxIterations, double tolerance,
                Thresholds thresholds) {
            this(maxBlockSize, randomPairs, seed, maxIterations, tolerance, thresholds, false);
        }

        /**
         * The same settings, scoring with u of random pairs. Blocking rules of different kinds (names with the year,
         * the date with one name, the document number) bring in non-matches that agree on whichever fields made
         * their block; EM's u averages over them as if the fields were independent among non-matches, and so weighs
         * agreement on names and date together too little. Random pairs carry no such bias (Splink estimates u by
         * random sampling for this reason); λ, the share of matches among the candidate pairs, becomes their share
         * among all pairs, as the blocking rules are assumed to find the matches.
         */
        public Settings withUFromRandomPairs() {
            return new Settings(maxBlockSize, randomPairs, seed, maxIterations, tolerance, thresholds, true);
        }
    }

    /** What a run found: the fitted model, how many pairs it compared, every candidate pair scored, the persons. */
    public record Result(LinkageModel model, int candidatePairs, int skippedBlocks, int iterations,
            List<ScoredPair> pairs, List<List<String>> clusters) {

        /** The pairs at or above a decision. */
        public List<ScoredPair> decided(PairExplanation.Decision decision) {
            return pairs.stream().filter(pair -> pair.decision() == decision).toList();
        }
    }

    /** A candidate pair's IDs, score (log2 odds) and decision; {@link LinkageModel#explain} gives the detail. */
    public record ScoredPair(String first, String second, double total, double probability,
            PairExplanation.Decision decision) {
    }

    public Deduplication(Function<? super T, String> id, List<Comparison<T>> comparisons,
            List<BlockingRule<T>> blockingRules, Settings settings) {
        this(id, comparisons, blockingRules, settings, new int[0]);
    }

    private Deduplication(Function<? super T, String> id, List<Comparison<T>> comparisons,
            List<BlockingRule<T>> blockingRules, Settings settings, int[] eitherOrder) {
        this.id = id;
        this.comparisons = List.copyOf(comparisons);
        this.blockingRules = List.copyOf(blockingRules);
        this.settings = settings;
        this.eitherOrder = eitherOrder;
    }

    /**
     * The same de-duplication with two fields that a registrar may have written in each other's place (given name
     * and surname): a pair is compared as written and with one record's two values swapped, and the order in which
     * the two fields agree better (the sum of their level indices, missing as -1) is kept, as written when equal. The
     * record swapped is always the one with the greater ID, so that a pair's levels are the same in either order. The
     * two fields need comparators with the same levels.
     */
    public Deduplication<T> withEitherOrder(String field, String other) {
        int first = fieldIndex(field);
        int second = fieldIndex(other);
        if (first == second || !comparisons.get(first).comparator().levels().equals(comparisons.get(second)
                .comparator().levels())) {
            throw new IllegalArgumentException("need two fields compared on the same levels");
        }
        return new Deduplication<>(id, comparisons, blockingRules, settings, new int[]{ first, second });
    }

    private int fieldIndex(String field) {
        for (int f = 0; f < comparisons.size(); f++) {
            if (comparisons.get(f).field().equals(field)) {
                return f;
            }
        }
        throw new IllegalArgumentException("no field " + field);
    }

    public Result run(List<T> records) {
        int n = records.size();
        int fields = comparisons.size();
        String[][] values = new String[n][fields];
        String[] ids = new String[n];
        for (int r = 0; r < n; r++) {
            ids[r] = id.apply(records.get(r));
            for (int f = 0; f < fields; f++) {
                values[r][f] = comparisons.get(f).read(records.get(r));
            }
        }
        int[] skipped = new int[1];
        long[] pairs = candidates(records, skipped);

        byte[][] levels = new byte[pairs.length][];
        BitSet swapped = new BitSet(pairs.length);
        Map<ExpectationMaximisation.Pattern, Long> patterns = new HashMap<>();
        for (int p = 0; p < pairs.length; p++) {
            int a = first(pairs[p]);
            int b = second(pairs[p]);
            levels[p] = compare(values[a], values[b]);
            byte[] crossed = crossed(values[a], ids[a], values[b], ids[b], levels[p]);
            if (crossed != null) {
                levels[p] = crossed;
                swapped.set(p);
            }
            patterns.merge(pattern(levels[p]), 1L, Long::sum);
        }
        int[] levelCounts = comparisons.stream().mapToInt(c -> c.comparator().levels().size()).toArray();
        double[][] startU = randomU(values, ids, levelCounts);
        ExpectationMaximisation.Estimate estimate = ExpectationMaximisation.fit(levelCounts, patterns, startU, 0.1,
                settings.maxIterations(), settings.tolerance());
        if (settings.uFromRandomPairs()) {
            double allPairs = (double) n * (n - 1) / 2;
            estimate = new ExpectationMaximisation.Estimate(Math.max(ExpectationMaximisation.FLOOR, estimate.lambda()
                    * pairs.length / allPairs), estimate.m(), shares(startU), estimate.iterations(), estimate
                            .converged());
        }
        LinkageModel model = LinkageModel.of(comparisons.stream().map(Comparison::field).toList(), comparisons.stream()
                .map(Comparison::comparator).toList(), estimate, frequencies(values), settings.thresholds());

        List<ScoredPair> scored = new ArrayList<>(pairs.length);
        Clusters clusters = new Clusters(n);
        for (int p = 0; p < pairs.length; p++) {
            int a = first(pairs[p]);
            int b = second(pairs[p]);
            // an exact agreement's value for its frequency: the record not swapped has it in the field compared
            boolean swapSecond = ids[a].compareTo(ids[b]) <= 0;
            double total = model.total(levels[p], swapped.get(p) && !swapSecond ? values[b] : values[a]);
            double probability = LinkageModel.probability(total);
            PairExplanation.Decision decision = settings.thresholds().decide(probability);
            scored.add(new ScoredPair(ids[a], ids[b], total, probability, decision));
            if (decision == PairExplanation.Decision.MATCH) {
                clusters.join(a, b);
            }
        }
        return new Result(model, pairs.length, skipped[0], estimate.iterations(), scored, clusters.groups(ids));
    }

    /** The explanation of one pair of records under a fitted model. */
    public PairExplanation explain(LinkageModel model, T first, T second) {
        String[] a = comparisons.stream().map(c -> c.read(first)).toArray(String[]::new);
        String[] b = comparisons.stream().map(c -> c.read(second)).toArray(String[]::new);
        String firstId = id.apply(first);
        String secondId = id.apply(second);
        if (crossed(a, firstId, b, secondId, compare(a, b)) != null) {
            if (firstId.compareTo(secondId) <= 0) {
                b = swap(b);
            } else {
                a = swap(a);
            }
        }
        return model.explain(firstId, List.of(a), secondId, List.of(b));
    }

    /**
     * The levels with one record's two fields of {@link #withEitherOrder} swapped (the record with the greater ID),
     * when they agree better so than the levels as written; else null.
     */
    private byte[] crossed(String[] a, String idA, String[] b, String idB, byte[] asWritten) {
        if (eitherOrder.length != 2) {
            return null;
        }
        byte[] crossed = idA.compareTo(idB) <= 0 ? compare(a, swap(b)) : compare(swap(a), b);
        return agreement(crossed) > agreement(asWritten) ? crossed : null;
    }

    /** A record's values with the two fields of {@link #withEitherOrder} swapped. */
    private String[] swap(String[] values) {
        String[] swapped = values.clone();
        swapped[eitherOrder[0]] = values[eitherOrder[1]];
        swapped[eitherOrder[1]] = values[eitherOrder[0]];
        return swapped;
    }

    /** How well the two fields of {@link #withEitherOrder} agree: the sum of their level indices. */
    private int agreement(byte[] levels) {
        return levels[eitherOrder[0]] + levels[eitherOrder[1]];
    }

    /** The union of the blocking rules' pairs, each once, as {@code first << 32 | second} with first < second. */
    private long[] candidates(List<T> records, int[] skipped) {
        long[] pairs = new long[1024];
        int size = 0;
        for (BlockingRule<T> rule : blockingRules) {
            Map<String, List<Integer>> blocks = new HashMap<>();
            for (int r = 0; r < records.size(); r++) {
                String key = rule.read(records.get(r));
                if (!key.isEmpty()) {
                    blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
                }
            }
            for (List<Integer> block : blocks.values()) {
                if (block.size() > settings.maxBlockSize()) {
                    skipped[0]++;
                    continue;
                }
                for (int i = 0; i < block.size(); i++) {
                    for (int j = i + 1; j < block.size(); j++) {
                        if (size == pairs.length) {
                            pairs = Arrays.copyOf(pairs, size * 2);
                        }
                        pairs[size++] = (long) block.get(i) << 32 | block.get(j);
                    }
                }
            }
        }
        return Arrays.stream(pairs, 0, size).sorted().distinct().toArray();
    }

    private byte[] compare(String[] a, String[] b) {
        byte[] levels = new byte[comparisons.size()];
        for (int f = 0; f < levels.length; f++) {
            if (a[f].isEmpty() || b[f].isEmpty()) {
                levels[f] = -1;
            } else {
                FieldComparator comparator = comparisons.get(f).comparator();
                levels[f] = (byte) comparator.levels().indexOf(comparator.compare(a[f], b[f]));
            }
        }
        return levels;
    }

    /** u to start EM from: the levels' shares among random pairs (nearly all non-matches), smoothed by one. */
    private double[][] randomU(String[][] values, String[] ids, int[] levelCounts) {
        double[][] u = new double[levelCounts.length][];
        for (int f = 0; f < levelCounts.length; f++) {
            u[f] = new double[levelCounts[f]];
            Arrays.fill(u[f], 1);
        }
        Random random = new Random(settings.seed());
        int n = values.length;
        for (int s = 0; s < settings.randomPairs() && n > 1; s++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n - 1);
            int other = b >= a ? b + 1 : b;
            byte[] levels = compare(values[a], values[other]);
            byte[] crossed = crossed(values[a], ids[a], values[other], ids[other], levels);
            levels = crossed == null ? levels : crossed;
            for (int f = 0; f < levels.length; f++) {
                if (levels[f] >= 0) {
                    u[f][levels[f]]++;
                }
            }
        }
        return u;
    }

    /** Counts per field and level as shares that sum to one. */
    private static double[][] shares(double[][] counts) {
        double[][] shares = new double[counts.length][];
        for (int f = 0; f < counts.length; f++) {
            double sum = Arrays.stream(counts[f]).sum();
            shares[f] = Arrays.stream(counts[f]).map(count -> count / sum).toArray();
        }
        return shares;
    }

    /** The share of records with each value, for the fields compared with term frequencies. */
    private List<Map<String, Double>> frequencies(String[][] values) {
        List<Map<String, Double>> frequencies = new ArrayList<>();
        for (int f = 0; f < comparisons.size(); f++) {
            if (!comparisons.get(f).termFrequencies()) {
                frequencies.add(null);
                continue;
            }
            Map<String, Double> counts = new HashMap<>();
            int present = 0;
            for (String[] record : values) {
                if (!record[f].isEmpty()) {
                    counts.merge(record[f], 1.0, Double::sum);
                    present++;
                }
            }
            double total = present;
            counts.replaceAll((value, count) -> count / total);
            frequencies.add(counts);
        }
        return frequencies;
    }

    private static ExpectationMaximisation.Pattern pattern(byte[] levels) {
        int[] pattern = new int[levels.length];
        for (int f = 0; f < levels.length; f++) {
            pattern[f] = levels[f];
        }
        return new ExpectationMaximisation.Pattern(pattern);
    }

    private static int first(long pair) {
        return (int) (pair >>> 32);
    }

    private static int second(long pair) {
        return (int) pair;
    }
}
