package kz.qorgau.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The largest remainder shares on random totals and weights (plain JUnit over fixed seeds, so that a failure is
 * reproduced by its seed): the parts sum to the total, each is within one tenge of its exact share, a zero weight
 * gets nothing, and nothing is shared by weights that are all zero.
 */
class ApportionmentPropertyTests {

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 500).mapToObj(seed -> (long) seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void thePartsSumToTheTotalAndEachIsWithinOneTengeOfItsExactShare(long seed) {
        Random random = new Random(seed);
        long total = random.nextInt(4) == 0 ? random.nextInt(20) : (long) (random.nextDouble() * 500_000_000L);
        Map<Integer, Long> weights = new LinkedHashMap<>();
        for (int key = random.nextInt(15) + 1; key > 0; key--) {
            weights.put(key, random.nextInt(3) == 0 ? 0L : random.nextInt(random.nextBoolean() ? 10 : 100_000));
        }
        long sum = weights.values().stream().mapToLong(Long::longValue).sum();

        Optional<Map<Integer, Long>> parts = Apportionment.of(total, weights);

        if (sum == 0) {
            assertThat(parts).as("seed %d", seed).isEmpty();
            return;
        }
        assertThat(parts).as("seed %d", seed).isPresent();
        assertThat(parts.get().keySet()).containsExactlyElementsOf(weights.keySet());
        assertThat(parts.get().values().stream().mapToLong(Long::longValue).sum()).as("seed %d", seed)
                .isEqualTo(total);
        weights.forEach((key, weight) -> {
            BigDecimal exact = BigDecimal.valueOf(total).multiply(BigDecimal.valueOf(weight))
                    .divide(BigDecimal.valueOf(sum), MathContext.DECIMAL128);
            long part = parts.get().get(key);
            assertThat(BigDecimal.valueOf(part).subtract(exact).abs()).as("seed %d key %d", seed, key)
                    .isLessThan(BigDecimal.ONE);
            if (weight == 0) {
                assertThat(part).as("seed %d key %d", seed, key).isZero();
            }
        });
    }

    @Test
    void aTengeLeftOverGoesToTheLargestRemainderAndATieToTheEarlierWeight() {
        assertThat(Apportionment.of(10, ordered("a", 1L, "b", 1L, "c", 1L))).contains(ordered("a", 4L, "b", 3L, "c",
                3L));
        assertThat(Apportionment.of(100, ordered("a", 1L, "b", 2L, "c", 3L))).contains(ordered("a", 17L, "b", 33L,
                "c", 50L));
        assertThat(Apportionment.of(0, ordered("a", 5L, "b", 0L))).contains(ordered("a", 0L, "b", 0L));
        assertThat(Apportionment.of(7, ordered("a", 0L, "b", 0L))).isEmpty();
        assertThat(Apportionment.of(7, Map.<String, Long>of())).isEmpty();
    }

    @Test
    void aNegativeTotalOrWeightIsRefused() {
        assertThatThrownBy(() -> Apportionment.of(-1, ordered("a", 1L, "b", 1L)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Apportionment.of(5, ordered("a", 1L, "b", -1L)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLargestSumsOfTheBudgetDoNotOverflow() {
        Map<String, Long> parts = Apportionment.of(Long.MAX_VALUE / 2, ordered("a", Long.MAX_VALUE / 3, "b",
                Long.MAX_VALUE / 3)).orElseThrow();
        assertThat(parts.get("a") + parts.get("b")).isEqualTo(Long.MAX_VALUE / 2);
    }

    private static Map<String, Long> ordered(String k1, Long v1, String k2, Long v2) {
        Map<String, Long> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }

    private static Map<String, Long> ordered(String k1, Long v1, String k2, Long v2, String k3, Long v3) {
        Map<String, Long> map = ordered(k1, v1, k2, v2);
        map.put(k3, v3);
        return map;
    }
}
