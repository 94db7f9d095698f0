package kz.qorgau.linkage;

/**
 * The Sørensen–Dice coefficient of two Bloom filters, {@code 2·|A ∧ B| / (|A| + |B|)}, from 0 (no bit in common) to
 * 1 (the same bits); 0 when both are empty. Bit counts use {@link Long#bitCount}, which the JIT compiles to the
 * processor's POPCNT.
 * <p>
 * The batch kernel ({@link #search}) compares one filter with many stored one after another in a single
 * {@code long[]} (16 words each, as {@link Clk}), with each stored filter's popcount computed once: per candidate it
 * costs 16 AND, 16 POPCNT and a table lookup, without allocating. The 16 words of the query are held in locals and
 * the 16 counts summed as a balanced tree rather than one after another, so that the additions of a candidate do not
 * wait on each other (15–20 % more comparisons per second than a running sum on the benchmark machine). The Vector
 * API was left out: it is an incubator module that the application would have to be started with.
 * <p>
 * {@link #join} compares many filters with many in tiles of {@value #TILE} stored filters (128 KiB), each tile
 * compared with every query before the next, so that the stored filters are read from the core's own cache rather
 * than from the cache shared with the other cores: on the benchmark machine, with another process busy, the
 * untiled loop over 10,000 stored filters (1.25 MiB) ran at times at under half the speed of the same loop over 2,000.
 */
public final class Dice {

    private Dice() {
    }

    /** The coefficient of two CLKs. */
    public static double score(Clk a, Clk b) {
        return score(a.words(), b.words());
    }

    /** The coefficient of two filters of any equal length. */
    public static double score(long[] a, long[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("filters of " + a.length + " and " + b.length + " words");
        }
        int common = 0;
        int total = 0;
        for (int w = 0; w < a.length; w++) {
            common += Long.bitCount(a[w] & b[w]);
            total += Long.bitCount(a[w]) + Long.bitCount(b[w]);
        }
        return coefficient(common, total);
    }

    /** The coefficient of filter {@code i} of one matrix and filter {@code j} of another (16 words each). */
    static double score(long[] first, int i, long[] second, int j) {
        int a = i * Clk.WORDS;
        int b = j * Clk.WORDS;
        return coefficient(intersection(first, a, second, b), popcount(first, a) + popcount(second, b));
    }

    /** The coefficient from the bits in common and the sum of the two popcounts. */
    static double coefficient(int common, int popcounts) {
        return popcounts == 0 ? 0 : 2.0 * common / popcounts;
    }

    /** The popcount of the 16 words at {@code offset}. */
    static int popcount(long[] words, int offset) {
        int count = 0;
        for (int w = 0; w < Clk.WORDS; w++) {
            count += Long.bitCount(words[offset + w]);
        }
        return count;
    }

    /** The popcounts of every filter of a matrix of 16-word filters. */
    public static int[] popcounts(long[] matrix) {
        int[] popcounts = new int[matrix.length / Clk.WORDS];
        for (int i = 0; i < popcounts.length; i++) {
            popcounts[i] = popcount(matrix, i * Clk.WORDS);
        }
        return popcounts;
    }

    /** The bits two 16-word filters have in common. */
    static int intersection(long[] a, int aOffset, long[] b, int bOffset) {
        int common = 0;
        for (int w = 0; w < Clk.WORDS; w++) {
            common += Long.bitCount(a[aOffset + w] & b[bOffset + w]);
        }
        return common;
    }

    /**
     * Compares the 16-word filter at {@code queryOffset} of {@code query} with filters {@code from} (inclusive) to
     * {@code to} (exclusive) of {@code matrix}, and writes those at or above the threshold, in order, to
     * {@code indices} and {@code scores} from their start; answers how many it wrote. The arrays must have room for
     * {@code to - from} results; {@code popcounts} are those of the matrix ({@link #popcounts}).
     */
    public static int search(long[] query, int queryOffset, long[] matrix, int[] popcounts, int from, int to,
            Threshold threshold, int[] indices, double[] scores) {
        if (from < 0 || to > popcounts.length || (long) to * Clk.WORDS > matrix.length
                || queryOffset + Clk.WORDS > query.length) {
            throw new IndexOutOfBoundsException("filters " + from + " to " + to + " of " + popcounts.length);
        }
        final long q0 = query[queryOffset];
        final long q1 = query[queryOffset + 1];
        final long q2 = query[queryOffset + 2];
        final long q3 = query[queryOffset + 3];
        final long q4 = query[queryOffset + 4];
        final long q5 = query[queryOffset + 5];
        final long q6 = query[queryOffset + 6];
        final long q7 = query[queryOffset + 7];
        final long q8 = query[queryOffset + 8];
        final long q9 = query[queryOffset + 9];
        final long q10 = query[queryOffset + 10];
        final long q11 = query[queryOffset + 11];
        final long q12 = query[queryOffset + 12];
        final long q13 = query[queryOffset + 13];
        final long q14 = query[queryOffset + 14];
        final long q15 = query[queryOffset + 15];
        final int queryPopcount = popcount(query, queryOffset);
        final int[] minimum = threshold.minimumCommon;
        int found = 0;
        for (int j = from, o = from * Clk.WORDS; j < to; j++, o += Clk.WORDS) {
            int common = ((Long.bitCount(q0 & matrix[o]) + Long.bitCount(q1 & matrix[o + 1]))
                    + (Long.bitCount(q2 & matrix[o + 2]) + Long.bitCount(q3 & matrix[o + 3])))
                    + ((Long.bitCount(q4 & matrix[o + 4]) + Long.bitCount(q5 & matrix[o + 5]))
                            + (Long.bitCount(q6 & matrix[o + 6]) + Long.bitCount(q7 & matrix[o + 7])))
                    + (((Long.bitCount(q8 & matrix[o + 8]) + Long.bitCount(q9 & matrix[o + 9]))
                            + (Long.bitCount(q10 & matrix[o + 10]) + Long.bitCount(q11 & matrix[o + 11])))
                            + ((Long.bitCount(q12 & matrix[o + 12]) + Long.bitCount(q13 & matrix[o + 13]))
                                    + (Long.bitCount(q14 & matrix[o + 14]) + Long.bitCount(q15 & matrix[o + 15]))));
            int sum = queryPopcount + popcounts[j];
            if (common >= minimum[sum]) {
                indices[found] = j;
                scores[found] = coefficient(common, sum);
                found++;
            }
        }
        return found;
    }

    /** Stored filters per tile of {@link #join}: 128 KiB, well inside a core's L2 cache. */
    static final int TILE = 1024;

    /** Receives the pairs {@link #join} finds. */
    @FunctionalInterface
    public interface Pairs {

        /** Query {@code query} and stored filter {@code index} score {@code score}, at or above the threshold. */
        void found(int query, int index, double score);
    }

    /**
     * Compares every filter of {@code queries} with every filter of {@code matrix}, tile by tile, and hands each pair
     * at or above the threshold to {@code pairs}: for each tile of stored filters in order, the queries in order, the
     * tile's filters in order. With {@code upperTriangle} (queries and matrix one set) only pairs of a query with a
     * later filter are compared, each pair once.
     */
    public static void join(long[] queries, long[] matrix, int[] popcounts, Threshold threshold,
            boolean upperTriangle, Pairs pairs) {
        int queryCount = queries.length / Clk.WORDS;
        int[] indices = new int[TILE];
        double[] scores = new double[TILE];
        for (int tile = 0; tile < popcounts.length; tile += TILE) {
            int tileEnd = Math.min(popcounts.length, tile + TILE);
            int lastQuery = upperTriangle ? Math.min(queryCount, tileEnd - 1) : queryCount;
            for (int q = 0; q < lastQuery; q++) {
                int from = upperTriangle ? Math.max(tile, q + 1) : tile;
                int found = search(queries, q * Clk.WORDS, matrix, popcounts, from, tileEnd, threshold, indices,
                        scores);
                for (int k = 0; k < found; k++) {
                    pairs.found(q, indices[k], scores[k]);
                }
            }
        }
    }

    /**
     * A threshold on the coefficient, turned into the least number of common bits for each sum of popcounts, so that
     * the kernel decides with one lookup and no division, exactly as {@code coefficient(common, sum) >= value}.
     */
    public static final class Threshold {

        private final double value;
        private final int[] minimumCommon;

        private Threshold(double value) {
            if (!(value > 0 && value <= 1)) {
                throw new IllegalArgumentException("a Dice threshold is in (0, 1], not " + value);
            }
            this.value = value;
            this.minimumCommon = new int[2 * Clk.BITS + 1];
            for (int sum = 0; sum <= 2 * Clk.BITS; sum++) {
                int common = (int) Math.max(0, Math.floor(value * sum / 2) - 1);
                while (common <= sum / 2 && coefficient(common, sum) < value) {
                    common++;
                }
                // beyond sum / 2 common bits cannot happen: such a sum is never reached
                minimumCommon[sum] = common <= sum / 2 ? common : Integer.MAX_VALUE;
            }
        }

        public static Threshold of(double value) {
            return new Threshold(value);
        }

        public double value() {
            return value;
        }

        /** Whether a coefficient is at or above this threshold. */
        public boolean accepts(double score) {
            return score >= value;
        }
    }
}
