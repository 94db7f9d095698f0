package kz.qorgau.victims;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.qorgau.victims.DelphiIndicator.Dimension;
import kz.qorgau.victims.DelphiIndicator.Weight;

/**
 * The ILO-EC rule that turns screening answers into a suggestion (shared/reference/screening-indicators.md):
 * <ul>
 * <li>a dimension is positive with at least 2 strong indicators; or 1 strong and 1 medium or weak; or
 * 3 medium; or 2 medium and 1 weak (only answers "present" count);</li>
 * <li>adults: trafficking = (deceptive OR coercive recruitment OR recruitment by abuse of vulnerability)
 * AND exploitation AND (coercion OR abuse of vulnerability at destination);</li>
 * <li>children: the means are not required, so coercion and abuse of vulnerability at destination drop out:
 * trafficking = (any recruitment dimension) AND exploitation.</li>
 * </ul>
 * Answers "unknown" make a result {@link Outcome#UNDETERMINED} when counting them as present would turn
 * a negative into a positive; the combination follows three-valued logic. The outcome is a suggestion: the
 * person screening decides and records why.
 */
public final class DelphiRule {

    private DelphiRule() {
    }

    /** A dimension's or the whole assessment's result. */
    public enum Outcome {
        POSITIVE,
        NEGATIVE,
        UNDETERMINED;

        Outcome and(Outcome other) {
            if (this == NEGATIVE || other == NEGATIVE) {
                return NEGATIVE;
            }
            return this == POSITIVE && other == POSITIVE ? POSITIVE : UNDETERMINED;
        }

        Outcome or(Outcome other) {
            if (this == POSITIVE || other == POSITIVE) {
                return POSITIVE;
            }
            return this == NEGATIVE && other == NEGATIVE ? NEGATIVE : UNDETERMINED;
        }

        public String messageKey() {
            return "screening.outcome." + name();
        }
    }

    /** One dimension's result and the indicators present by weight. */
    public record DimensionResult(Dimension dimension, Outcome outcome, int strong, int medium, int weak,
            int unknown) {
    }

    /** The suggestion: each dimension's result and the overall one. */
    public record Suggestion(List<DimensionResult> dimensions, Outcome trafficking, boolean child) {

        public DimensionResult dimension(Dimension dimension) {
            return dimensions.stream().filter(result -> result.dimension() == dimension).findFirst().orElseThrow();
        }
    }

    /** Whether present indicators of these weights make a dimension positive. */
    static boolean positive(int strong, int medium, int weak) {
        return strong >= 2 || (strong >= 1 && medium + weak >= 1) || medium >= 3 || (medium >= 2 && weak >= 1);
    }

    /**
     * The suggestion for the answers (an indicator not answered counts as unknown).
     *
     * @param child whether the person is a child (under 18)
     */
    public static Suggestion assess(Map<DelphiIndicator, Answer> answers, boolean child) {
        Map<Dimension, Outcome> outcomes = new EnumMap<>(Dimension.class);
        List<DimensionResult> results = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            int[] present = new int[Weight.values().length];
            int[] possible = new int[Weight.values().length];
            int unknown = 0;
            for (DelphiIndicator indicator : dimension.indicators()) {
                Answer answer = answers.getOrDefault(indicator, Answer.UNKNOWN);
                if (answer == Answer.PRESENT) {
                    present[indicator.weight().ordinal()]++;
                }
                if (answer != Answer.ABSENT) {
                    possible[indicator.weight().ordinal()]++;
                }
                if (answer == Answer.UNKNOWN) {
                    unknown++;
                }
            }
            Outcome outcome = positive(present[0], present[1], present[2]) ? Outcome.POSITIVE
                    : positive(possible[0], possible[1], possible[2]) ? Outcome.UNDETERMINED : Outcome.NEGATIVE;
            outcomes.put(dimension, outcome);
            results.add(new DimensionResult(dimension, outcome, present[0], present[1], present[2], unknown));
        }
        Outcome recruitment = outcomes.get(Dimension.DECEPTIVE_RECRUITMENT)
                .or(outcomes.get(Dimension.COERCIVE_RECRUITMENT))
                .or(outcomes.get(Dimension.RECRUITMENT_BY_ABUSE_OF_VULNERABILITY));
        Outcome trafficking = recruitment.and(outcomes.get(Dimension.EXPLOITATION));
        if (!child) {
            trafficking = trafficking.and(outcomes.get(Dimension.COERCION_AT_DESTINATION)
                    .or(outcomes.get(Dimension.ABUSE_OF_VULNERABILITY_AT_DESTINATION)));
        }
        return new Suggestion(List.copyOf(results), trafficking, child);
    }
}
