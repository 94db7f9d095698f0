package kz.qorgau.linkage;

import java.util.Arrays;
import java.util.Map;

/**
 * Estimates the Fellegi–Sunter parameters from unlabelled candidate pairs by expectation–maximisation over the
 * two-class mixture (match, non-match) with conditionally independent fields (Winkler 1988; Jaro 1989): λ, the share
 * of matches among the pairs, and per field and level m (the probability of the level among matches) and u (among
 * non-matches). A missing value takes no part in its field's estimate. Pairs are given as distinct agreement
 * patterns with their counts, so an iteration costs the number of patterns, not of pairs.
 * <p>
 * m starts favouring the best level and u starts from what random pairs show (nearly all non-matches), which keeps
 * the two classes from swapping. Every probability is kept above {@link #FLOOR} so that no level's weight is
 * infinite.
 */
final class ExpectationMaximisation {

    static final double FLOOR = 1e-6;

    /** The estimate: λ, m and u indexed [field][level], the iterations run and whether they converged. */
    record Estimate(double lambda, double[][] m, double[][] u, int iterations, boolean converged) {
    }

    private ExpectationMaximisation() {
    }

    /**
     * @param levels the number of levels of each field
     * @param patterns each distinct pattern (a level index per field, -1 for missing) with its count of pairs
     * @param initialU u per field and level to start from (from random pairs)
     * @param initialLambda λ to start from
     * @param maxIterations when to stop without convergence
     * @param tolerance convergence: no parameter moves by more than this in an iteration
     */
    static Estimate fit(int[] levels, Map<Pattern, Long> patterns, double[][] initialU, double initialLambda,
            int maxIterations, double tolerance) {
        int fields = levels.length;
        double[][] m = new double[fields][];
        double[][] u = new double[fields][];
        for (int f = 0; f < fields; f++) {
            m[f] = new double[levels[f]];
            for (int l = 0; l < levels[f]; l++) {
                m[f][l] = l == levels[f] - 1 ? 0.9 : 0.1 / (levels[f] - 1);
            }
            u[f] = normalised(initialU[f].clone());
        }
        double lambda = initialLambda;
        Pattern[] distinct = patterns.keySet().toArray(Pattern[]::new);
        long[] counts = new long[distinct.length];
        for (int p = 0; p < distinct.length; p++) {
            counts[p] = patterns.get(distinct[p]);
        }
        int iteration = 0;
        boolean converged = false;
        while (iteration < maxIterations && !converged) {
            iteration++;
            double[][] mSums = zeros(levels);
            double[][] uSums = zeros(levels);
            double matchSum = 0;
            double total = 0;
            for (int p = 0; p < distinct.length; p++) {
                int[] pattern = distinct[p].levels();
                double g = posterior(pattern, lambda, m, u, null);
                double c = counts[p];
                matchSum += c * g;
                total += c;
                for (int f = 0; f < fields; f++) {
                    if (pattern[f] >= 0) {
                        mSums[f][pattern[f]] += c * g;
                        uSums[f][pattern[f]] += c * (1 - g);
                    }
                }
            }
            double change = Math.abs(matchSum / total - lambda);
            lambda = Math.clamp(matchSum / total, FLOOR, 1 - FLOOR);
            for (int f = 0; f < fields; f++) {
                double[] nextM = normalised(mSums[f]);
                double[] nextU = normalised(uSums[f]);
                for (int l = 0; l < levels[f]; l++) {
                    change = Math.max(change, Math.max(Math.abs(nextM[l] - m[f][l]), Math.abs(nextU[l] - u[f][l])));
                }
                m[f] = nextM;
                u[f] = nextU;
            }
            converged = change < tolerance;
        }
        return new Estimate(lambda, m, u, iteration, converged);
    }

    /**
     * m and u of every field estimated from the posteriors of the estimate's classes, where those posteriors weigh only
     * the fields {@code fitted} marks (those the classes were fitted on): one M-step over all fields with the classes
     * held. λ stays the estimate's.
     */
    static Estimate holdingClasses(int[] levels, Map<Pattern, Long> patterns, Estimate classes, boolean[] fitted) {
        double[][] mSums = zeros(levels);
        double[][] uSums = zeros(levels);
        patterns.forEach((pattern, count) -> {
            int[] observed = pattern.levels();
            double g = posterior(observed, classes.lambda(), classes.m(), classes.u(), fitted);
            for (int f = 0; f < levels.length; f++) {
                if (observed[f] >= 0) {
                    mSums[f][observed[f]] += count * g;
                    uSums[f][observed[f]] += count * (1 - g);
                }
            }
        });
        double[][] m = new double[levels.length][];
        double[][] u = new double[levels.length][];
        for (int f = 0; f < levels.length; f++) {
            m[f] = normalised(mSums[f]);
            u[f] = normalised(uSums[f]);
        }
        return new Estimate(classes.lambda(), m, u, classes.iterations(), classes.converged());
    }

    /** The posterior probability of a match of a pattern, over its observed fields ({@code used}: those marked). */
    private static double posterior(int[] pattern, double lambda, double[][] m, double[][] u, boolean[] used) {
        double match = lambda;
        double nonMatch = 1 - lambda;
        for (int f = 0; f < pattern.length; f++) {
            if (pattern[f] >= 0 && (used == null || used[f])) {
                match *= m[f][pattern[f]];
                nonMatch *= u[f][pattern[f]];
            }
        }
        return match / (match + nonMatch);
    }

    /** Sums to one, each at least {@link #FLOOR}. */
    private static double[] normalised(double[] values) {
        double sum = 0;
        for (int l = 0; l < values.length; l++) {
            values[l] = Math.max(values[l], 0);
            sum += values[l];
        }
        double[] result = new double[values.length];
        for (int l = 0; l < values.length; l++) {
            result[l] = sum == 0 ? 1.0 / values.length : values[l] / sum;
        }
        double floored = 0;
        for (int l = 0; l < result.length; l++) {
            result[l] = Math.max(result[l], FLOOR);
            floored += result[l];
        }
        for (int l = 0; l < result.length; l++) {
            result[l] /= floored;
        }
        return result;
    }

    private static double[][] zeros(int[] levels) {
        double[][] zeros = new double[levels.length][];
        for (int f = 0; f < levels.length; f++) {
            zeros[f] = new double[levels[f]];
        }
        return zeros;
    }

    /** The levels of one pair, a level index per field or -1 where a value is missing. */
    record Pattern(int[] levels) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Pattern pattern && Arrays.equals(levels, pattern.levels);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(levels);
        }

        @Override
        public String toString() {
            return Arrays.toString(levels);
        }
    }
}
