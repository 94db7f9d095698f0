package kz.qorgau.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Sørensen–Dice coefficient and its batch kernel. Properties run over fixed seeds (plain JUnit, as the project's
 * other property tests: jqwik runs on JUnit Platform 1 only), on filters of random density, so that a failure is
 * reproduced by its seed.
 */
class DiceTests {

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 200).mapToObj(seed -> (long) seed);
    }

    @Test
    void aFilterScoresOneWithItselfAndZeroWithADisjointOne() {
        long[] odd = new long[Clk.WORDS];
        long[] even = new long[Clk.WORDS];
        for (int w = 0; w < Clk.WORDS; w++) {
            odd[w] = 0xaaaaaaaaaaaaaaaaL;
            even[w] = 0x5555555555555555L;
        }

        assertThat(Dice.score(odd, odd.clone())).isEqualTo(1.0);
        assertThat(Dice.score(odd, even)).isEqualTo(0.0);
        assertThat(Dice.score(new long[Clk.WORDS], new long[Clk.WORDS])).as("two empty filters").isEqualTo(0.0);
    }

    @Test
    void countsTwiceTheCommonBitsOverTheSumOfBits() {
        long[] a = new long[Clk.WORDS];
        long[] b = new long[Clk.WORDS];
        a[0] = 0b1111;
        b[0] = 0b0011;
        b[15] = 0b11;

        assertThat(Dice.score(Clk.of(a), Clk.of(b))).isEqualTo(2.0 * 2 / (4 + 4));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void isSymmetricAndBetweenZeroAndOne(long seed) {
        Random random = new Random(seed);
        long[] a = randomFilter(random);
        long[] b = random.nextInt(4) == 0 ? near(random, a) : randomFilter(random);

        double score = Dice.score(a, b);

        assertThat(score).as("seed %d", seed).isEqualTo(Dice.score(b, a)).isBetween(0.0, 1.0);
        assertThat(Dice.score(a, a)).as("seed %d", seed).isEqualTo(Dice.popcount(a, 0) == 0 ? 0.0 : 1.0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theBatchKernelFindsExactlyThePairsTheScalarOneScoresAtOrAboveTheThreshold(long seed) {
        Random random = new Random(seed);
        int size = 1 + random.nextInt(120);
        List<long[]> filters = new ArrayList<>();
        long[] query = randomFilter(random);
        for (int i = 0; i < size; i++) {
            filters.add(random.nextInt(3) == 0 ? near(random, query) : randomFilter(random));
        }
        long[] matrix = new long[size * Clk.WORDS];
        for (int i = 0; i < size; i++) {
            System.arraycopy(filters.get(i), 0, matrix, i * Clk.WORDS, Clk.WORDS);
        }
        int from = random.nextInt(size);
        int to = from + random.nextInt(size - from + 1);
        Dice.Threshold threshold = Dice.Threshold.of(0.05 + random.nextDouble() * 0.95);
        int[] indices = new int[size];
        double[] scores = new double[size];

        int found = Dice.search(query, 0, matrix, Dice.popcounts(matrix), from, to, threshold, indices, scores);

        List<Integer> expected = new ArrayList<>();
        List<Double> expectedScores = new ArrayList<>();
        for (int j = from; j < to; j++) {
            double score = Dice.score(query, filters.get(j));
            if (score >= threshold.value()) {
                expected.add(j);
                expectedScores.add(score);
            }
        }
        assertThat(IntStream.of(indices).limit(found).boxed().toList()).as("seed %d", seed).isEqualTo(expected);
        for (int k = 0; k < found; k++) {
            assertThat(scores[k]).isEqualTo(expectedScores.get(k));
            assertThat(Dice.score(matrix, indices[k], query, 0)).isEqualTo(scores[k]);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("fewSeeds")
    void theTiledJoinFindsEveryPairTheScalarOneScoresAtOrAboveTheThreshold(long seed) {
        Random random = new Random(seed);
        int queries = 1 + random.nextInt(40);
        int stored = Dice.TILE + random.nextInt(2 * Dice.TILE);
        long[] matrix = new long[stored * Clk.WORDS];
        for (int i = 0; i < stored; i++) {
            System.arraycopy(uniform(random), 0, matrix, i * Clk.WORDS, Clk.WORDS);
        }
        long[] queryMatrix = new long[queries * Clk.WORDS];
        for (int q = 0; q < queries; q++) {
            int near = random.nextInt(stored);
            long[] filter = new long[Clk.WORDS];
            System.arraycopy(matrix, near * Clk.WORDS, filter, 0, Clk.WORDS);
            System.arraycopy(near(random, filter), 0, queryMatrix, q * Clk.WORDS, Clk.WORDS);
        }
        Dice.Threshold threshold = Dice.Threshold.of(0.56 + random.nextDouble() * 0.1);

        Set<String> joined = new HashSet<>();
        Dice.join(queryMatrix, matrix, Dice.popcounts(matrix), threshold, false, (q, j, score) -> joined.add(q + "-"
                + j + "-" + score));
        Set<String> triangle = new HashSet<>();
        Dice.join(matrix, matrix, Dice.popcounts(matrix), threshold, true, (i, j, score) -> triangle.add(i + "-" + j
                + "-" + score));

        Set<String> expected = new HashSet<>();
        for (int q = 0; q < queries; q++) {
            for (int j = 0; j < stored; j++) {
                double score = Dice.score(queryMatrix, q, matrix, j);
                if (threshold.accepts(score)) {
                    expected.add(q + "-" + j + "-" + score);
                }
            }
        }
        assertThat(joined).as("seed %d", seed).isEqualTo(expected);
        assertThat(triangle).as("seed %d", seed).allSatisfy(pair -> assertThat(Integer.parseInt(pair.split("-")[0]))
                .isLessThan(Integer.parseInt(pair.split("-")[1])));
        for (int i = 0; i < 30; i++) {
            int a = random.nextInt(stored);
            int b = random.nextInt(stored);
            double score = Dice.score(matrix, Math.min(a, b), matrix, Math.max(a, b));
            assertThat(triangle.contains(Math.min(a, b) + "-" + Math.max(a, b) + "-" + score)).isEqualTo(a != b
                    && threshold.accepts(score));
        }
    }

    static Stream<Long> fewSeeds() {
        return IntStream.rangeClosed(1, 10).mapToObj(seed -> (long) seed);
    }

    @Test
    void theThresholdIsExactAtItsBoundary() {
        long[] a = new long[Clk.WORDS];
        long[] b = new long[Clk.WORDS];
        a[0] = 0b1111_1111_11L;
        b[0] = 0b1111_1111_00L;
        double score = Dice.score(a, b);
        int[] indices = new int[1];
        double[] scores = new double[1];

        assertThat(score).isEqualTo(2.0 * 8 / 18);
        assertThat(Dice.search(a, 0, b, Dice.popcounts(b), 0, 1, Dice.Threshold.of(score), indices, scores))
                .isEqualTo(1);
        assertThat(Dice.search(a, 0, b, Dice.popcounts(b), 0, 1, Dice.Threshold.of(Math.nextUp(score)), indices,
                scores)).isZero();
    }

    @Test
    void randomFiltersOfHalfDensityScoreAboutOneHalf() {
        Random random = new Random(7);
        double sum = 0;
        for (int i = 0; i < 1000; i++) {
            sum += Dice.score(uniform(random), uniform(random));
        }

        assertThat(sum / 1000).isCloseTo(0.5, within(0.01));
    }

    /** A filter whose share of set bits is itself random, from empty to full. */
    static long[] randomFilter(Random random) {
        double density = random.nextInt(10) == 0 ? 0 : random.nextDouble();
        long[] filter = new long[Clk.WORDS];
        for (int bit = 0; bit < Clk.BITS; bit++) {
            if (random.nextDouble() < density) {
                filter[bit >>> 6] |= 1L << bit;
            }
        }
        return filter;
    }

    static long[] uniform(Random random) {
        long[] filter = new long[Clk.WORDS];
        for (int w = 0; w < Clk.WORDS; w++) {
            filter[w] = random.nextLong();
        }
        return filter;
    }

    /** The filter with a few bits flipped. */
    static long[] near(Random random, long[] filter) {
        long[] near = filter.clone();
        for (int flips = random.nextInt(40); flips > 0; flips--) {
            int bit = random.nextInt(Clk.BITS);
            near[bit >>> 6] ^= 1L << bit;
        }
        return near;
    }
}
