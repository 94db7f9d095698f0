package kz.qorgau.linkage;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What an organisation submits for one person in the privacy-preserving mode: a pseudonymous record id (which only
 * the organisation can tie to its record), the record's {@link Clk}, and optionally its keyed blocking keys (see
 * {@link ClkEncoder}). Nothing in it is readable without the linkage secret.
 */
public record EncodedRecord(String id, Clk clk, List<String> blocks) {

    /**
     * The pseudonymous ids an organisation submits: 1 to 64 Latin letters, digits, {@code -} or {@code _}, as the API
     * accepts them and the offline encoding tool checks them.
     */
    public static final Pattern SUBMITTED_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** The most records one submission holds: one request of the API, one file of the offline encoding tool. */
    public static final int MAX_SUBMITTED = 10_000;

    public EncodedRecord {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("an encoded record needs its pseudonymous id");
        }
        if (clk == null) {
            throw new IllegalArgumentException("an encoded record needs its CLK");
        }
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }

    public EncodedRecord(String id, Clk clk) {
        this(id, clk, List.of());
    }
}
