package kz.qorgau.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Pairwise precision, recall and F1 of the linkage suites: the pairs of records found against the true pairs (every
 * two records of one entity), each pair one number ({@link #key}) whichever record comes first.
 */
record PairwiseScore(long truePairs, long foundPairs, long correctPairs) {

    /**
     * The score of the pairs found among {@code records}, each record's entity (the truth) and number (unique, below
     * 2^31) given by the functions.
     */
    static <R> PairwiseScore of(List<R> records, Function<R, String> entity, ToLongFunction<R> number,
            Set<Long> found) {
        Map<String, List<Long>> entities = new HashMap<>();
        for (R record : records) {
            entities.computeIfAbsent(entity.apply(record), e -> new ArrayList<>()).add(number.applyAsLong(record));
        }
        Set<Long> truth = new HashSet<>();
        for (List<Long> members : entities.values()) {
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    truth.add(key(members.get(i), members.get(j)));
                }
            }
        }
        return new PairwiseScore(truth.size(), found.size(), found.stream().filter(truth::contains).count());
    }

    /** A pair of record numbers as one number, the same whichever comes first. */
    static long key(long a, long b) {
        return Math.min(a, b) << 32 | Math.max(a, b);
    }

    double precision() {
        return foundPairs == 0 ? 0 : (double) correctPairs / foundPairs;
    }

    double recall() {
        return truePairs == 0 ? 0 : (double) correctPairs / truePairs;
    }

    double f1() {
        double precision = precision();
        double recall = recall();
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
