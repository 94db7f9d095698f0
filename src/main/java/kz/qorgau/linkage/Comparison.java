package kz.qorgau.linkage;

import java.util.function.Function;

/**
 * One field compared between two records: how to read its (already folded) value from a record, the comparator, and
 * whether exact agreement on it is weighed by how common the value is (term frequencies: agreeing on a rare surname
 * says more than agreeing on a common one). An empty or null value is missing.
 *
 * @param <T> the records compared
 */
public record Comparison<T>(String field, Function<? super T, String> value, FieldComparator comparator,
        boolean termFrequencies) {

    public static <T> Comparison<T> of(String field, Function<? super T, String> value, FieldComparator comparator) {
        return new Comparison<>(field, value, comparator, false);
    }

    /** The same comparison with exact agreement weighed by the value's frequency. */
    public Comparison<T> withTermFrequencies() {
        return new Comparison<>(field, value, comparator, true);
    }

    String read(T record) {
        String read = value.apply(record);
        return read == null ? "" : read;
    }
}
