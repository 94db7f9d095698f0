package kz.qorgau.prevention;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The participants of a training by sex, unknown being a category of its own (DESIGN.md §4: every breakdown sums to its
 * total, unknown never folded into another category).
 */
public record Participants(long women, long men, long unknown) {

    public static final Participants NONE = new Participants(0, 0, 0);

    public long total() {
        return women + men + unknown;
    }

    public Participants plus(Participants other) {
        return new Participants(women + other.women, men + other.men, unknown + other.unknown);
    }

    /**
     * The errors of a breakdown as entered against the total given (field → message key): each count present and not
     * negative, at least one participant, and the sexes summing to the total.
     */
    static Map<String, String> errors(Long total, Long women, Long men, Long unknown) {
        Map<String, String> errors = new Errors().count("participants", total).count("women", women).count("men", men)
                .count("unknownSex", unknown).map();
        if (errors.isEmpty()) {
            if (total == 0) {
                errors = new LinkedHashMap<>(Map.of("participants", "training.error.no-participants"));
            } else if (women + men + unknown != total) {
                errors = new LinkedHashMap<>(Map.of("participants", "training.error.sum"));
            }
        }
        return errors;
    }
}
