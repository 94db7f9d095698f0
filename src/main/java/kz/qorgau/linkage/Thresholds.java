package kz.qorgau.linkage;

/**
 * Where the fitted model's posterior probability of a match makes a pair a match or a possible match (for a person
 * to review). Set on the probability, not on a sum of weights, so that they mean the same whatever the fields and
 * the data: the defaults call a pair a match when a match is at least nine times as likely as not (0.9), and a
 * possible match from even odds (0.5).
 */
public record Thresholds(double match, double possible) {

    public static final Thresholds DEFAULT = new Thresholds(0.9, 0.5);

    public Thresholds {
        if (!(0 < possible && possible <= match && match < 1)) {
            throw new IllegalArgumentException("need 0 < possible <= match < 1");
        }
    }

    PairExplanation.Decision decide(double probability) {
        if (probability >= match) {
            return PairExplanation.Decision.MATCH;
        }
        return probability >= possible ? PairExplanation.Decision.POSSIBLE_MATCH : PairExplanation.Decision.NON_MATCH;
    }
}
