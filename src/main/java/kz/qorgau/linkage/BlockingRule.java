package kz.qorgau.linkage;

import java.util.function.Function;

/**
 * A blocking rule: only records that share the key become a candidate pair, which bounds the comparisons (every pair
 * of 5,000 records is 12.5 million, those sharing a key a few ten thousand). Several rules are joined (a pair that
 * any rule finds is a candidate), so a typo in one key is found by another. A record whose key is empty or null is in
 * no block of that rule. Keys are exact, so a rule works as well on keyed values as on plaintext.
 *
 * @param <T> the records blocked
 */
public record BlockingRule<T>(String name, Function<? super T, String> key) {

    String read(T record) {
        String read = key.apply(record);
        return read == null ? "" : read;
    }
}
