package kz.qorgau.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * De-duplication of one set of records: blocking finds the candidate pairs, every candidate pair is compared field by
 * field, EM fits the model on those comparisons (u started from random pairs), the model scores and explains every
 * candidate pair, and the matches are clustered into persons. Nothing in it is hand-set but the choice of fields,
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

    /**
     * How a run is bounded and seeded.
     *
     * @param maxBlockSize a block with more records is skipped (its pairs are left to the other rules), which bounds
     *        the comparisons at (maxBlockSize²/2) per block
     * @param randomPairs how many random pairs start u
     * @param seed of the random pairs, so that a run is reproducible
     */
    public record Settings(int maxBlockSize, int randomPairs, long seed, int maxIterations, double tolerance,
            Thresholds thresholds) {

        public static final Settings DEFAULT = new Settings(500, 20_000, 18, 500, 1e-7, Thresholds.DEFAULT);
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
        this.id = id;
        this.comparisons = List.copyOf(comparisons);
        this.blockingRules = List.copyOf(blockingRules);
        this.settings = settings;
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
        Map<ExpectationMaximisation.Pattern, Long> patterns = new HashMap<>();
        for (int p = 0; p < pairs.length; p++) {
            levels[p] = compare(values[first(pairs[p])], values[second(pairs[p])]);
            patterns.merge(pattern(levels[p]), 1L, Long::sum);
        }
        int[] levelCounts = comparisons.stream().mapToInt(c -> c.comparator().levels().size()).toArray();
        ExpectationMaximisation.Estimate estimate = ExpectationMaximisation.fit(levelCounts, patterns, randomU(values,
                levelCounts), 0.1, settings.maxIterations(), settings.tolerance());
        LinkageModel model = LinkageModel.of(comparisons.stream().map(Comparison::field).toList(), comparisons.stream()
                .map(Comparison::comparator).toList(), estimate, frequencies(values), settings.thresholds());

        List<ScoredPair> scored = new ArrayList<>(pairs.length);
        Clusters clusters = new Clusters(n);
        for (int p = 0; p < pairs.length; p++) {
            int a = first(pairs[p]);
            int b = second(pairs[p]);
            double total = model.total(levels[p], values[a]);
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
        return model.explain(id.apply(first), comparisons.stream().map(c -> c.read(first)).toList(), id.apply(second),
                comparisons.stream().map(c -> c.read(second)).toList());
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
    private double[][] randomU(String[][] values, int[] levelCounts) {
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
            byte[] levels = compare(values[a], values[b >= a ? b + 1 : b]);
            for (int f = 0; f < levels.length; f++) {
                if (levels[f] >= 0) {
                    u[f][levels[f]]++;
                }
            }
        }
        return u;
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
