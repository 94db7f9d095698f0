package kz.qorgau.linkage;

import java.util.List;

/**
 * What an organisation submits for one person in the privacy-preserving mode: a pseudonymous record id (which only
 * the organisation can tie to its record), the record's {@link Clk}, and optionally its keyed blocking keys (see
 * {@link ClkEncoder}). Nothing in it is readable without the linkage secret.
 */
public record EncodedRecord(String id, Clk clk, List<String> blocks) {

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
