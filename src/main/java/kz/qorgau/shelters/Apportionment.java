package kz.qorgau.shelters;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A sum of whole tenge shared out in proportion to weights by the largest remainder method: each part gets the whole
 * part of its exact share, and the tenge left over go one each to the largest remainders (ties to the earlier key),
 * so that the parts sum to the total exactly and each is within one tenge of its exact share.
 */
final class Apportionment {

    private Apportionment() {
    }

    /** The parts in the order of the weights; empty when no weight is positive (nothing to share by). */
    static <K> Optional<Map<K, Long>> of(long total, Map<K, Long> weights) {
        if (total < 0) {
            throw new IllegalArgumentException("a negative total");
        }
        BigInteger sum = BigInteger.ZERO;
        for (long weight : weights.values()) {
            if (weight < 0) {
                throw new IllegalArgumentException("a negative weight");
            }
            sum = sum.add(BigInteger.valueOf(weight));
        }
        if (sum.signum() == 0) {
            return Optional.empty();
        }
        Map<K, Long> parts = new LinkedHashMap<>();
        List<Map.Entry<K, BigInteger>> remainders = new ArrayList<>();
        long given = 0;
        for (Map.Entry<K, Long> weight : weights.entrySet()) {
            BigInteger[] share = BigInteger.valueOf(total).multiply(BigInteger.valueOf(weight.getValue()))
                    .divideAndRemainder(sum);
            parts.put(weight.getKey(), share[0].longValueExact());
            given += share[0].longValueExact();
            remainders.add(Map.entry(weight.getKey(), share[1]));
        }
        // stable: equal remainders keep the weights' order
        remainders.sort(Comparator.comparing(Map.Entry<K, BigInteger>::getValue).reversed());
        for (int i = 0; i < total - given; i++) {
            parts.merge(remainders.get(i).getKey(), 1L, Long::sum);
        }
        return Optional.of(parts);
    }
}
