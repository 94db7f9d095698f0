package kz.qorgau.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EM recovers the parameters that generated the data: comparison patterns drawn (seeded) from a known λ and known m
 * and u per field and level, with some values missing, are fitted from u started as random pairs would start it, and
 * every parameter comes back within a tolerance the sample size allows.
 */
class ExpectationMaximisationTests {

    static final double LAMBDA = 0.3;
    /** Four fields, worst level first: a name (4 levels), a date of birth (3), a document (2), sex (2). */
    static final double[][] M = { { 0.03, 0.05, 0.12, 0.80 }, { 0.05, 0.10, 0.85 }, { 0.10, 0.90 }, { 0.02, 0.98 } };
    static final double[][] U = { { 0.85, 0.08, 0.04, 0.03 }, { 0.96, 0.03, 0.01 }, { 0.995, 0.005 }, { 0.5, 0.5 } };
    static final int PAIRS = 40_000;
    static final double MISSING = 0.05;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = { 1, 2, 3, 18, 2026 })
    void recoversTheParametersThatGeneratedThePairs(long seed) {
        Random random = new Random(seed);
        Map<ExpectationMaximisation.Pattern, Long> patterns = new HashMap<>();
        for (int p = 0; p < PAIRS; p++) {
            boolean match = random.nextDouble() < LAMBDA;
            int[] levels = new int[M.length];
            for (int f = 0; f < M.length; f++) {
                levels[f] = random.nextDouble() < MISSING ? -1 : draw(random, match ? M[f] : U[f]);
            }
            patterns.merge(new ExpectationMaximisation.Pattern(levels), 1L, Long::sum);
        }
        // as random pairs show u: nearly the non-matches' levels, with some matches among them
        double[][] initialU = new double[U.length][];
        for (int f = 0; f < U.length; f++) {
            initialU[f] = new double[U[f].length];
            for (int l = 0; l < U[f].length; l++) {
                initialU[f][l] = 0.99 * U[f][l] + 0.01 * M[f][l];
            }
        }

        ExpectationMaximisation.Estimate estimate = ExpectationMaximisation.fit(new int[]{ 4, 3, 2, 2 }, patterns,
                initialU, 0.1, 1000, 1e-9);

        assertThat(estimate.converged()).isTrue();
        assertThat(estimate.lambda()).isCloseTo(LAMBDA, within(0.01));
        for (int f = 0; f < M.length; f++) {
            for (int l = 0; l < M[f].length; l++) {
                assertThat(estimate.m()[f][l]).as("m of field %d level %d", f, l).isCloseTo(M[f][l], within(0.02));
                assertThat(estimate.u()[f][l]).as("u of field %d level %d", f, l).isCloseTo(U[f][l], within(0.02));
            }
        }
    }

    private static int draw(Random random, double[] probabilities) {
        double x = random.nextDouble();
        double sum = 0;
        for (int l = 0; l < probabilities.length; l++) {
            sum += probabilities[l];
            if (x < sum) {
                return l;
            }
        }
        return probabilities.length - 1;
    }
}
