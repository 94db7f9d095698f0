package kz.qorgau.linkage;

import java.util.List;

/**
 * Why a candidate pair scored as it did: for each field the agreement level and its weight (log2 of m/u, adjusted
 * for the value's frequency where the field is so compared), the prior (log2 of the odds of a match among candidate
 * pairs), their total, the posterior probability of a match and the decision. Holds record IDs and levels only,
 * never a value, so it may be shown to a reviewer or written to a log.
 */
public record PairExplanation(String first, String second, List<Evidence> fields, double prior, double total,
        double probability, Decision decision) {

    public PairExplanation {
        fields = List.copyOf(fields);
    }

    /** One field's contribution. {@code weight} is 0 when a value is missing. */
    public record Evidence(String field, AgreementLevel level, double weight, boolean termFrequencyAdjusted) {
    }

    /** What the thresholds make of the posterior. */
    public enum Decision {
        MATCH, POSSIBLE_MATCH, NON_MATCH
    }
}
