package kz.qorgau.victims;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import kz.qorgau.shared.RuleViolationException;

/**
 * The consents of a victim record: per scope, the latest answer by date (then by order of recording)
 * stands. The consent gate of the referral mechanism asks {@link #given}: nothing is shared or referred
 * on a consent that was refused, withdrawn or never asked.
 */
final class Consents {

    private final List<ConsentEntry> entries;

    Consents(List<ConsentEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The answer that stands for the scope, if one was recorded. */
    Optional<ConsentDecision> current(ConsentScope scope) {
        return IntStream.range(0, entries.size()).boxed()
                .filter(seq -> entries.get(seq).scope() == scope)
                .max(Comparator.comparing((Integer seq) -> entries.get(seq).decidedOn()).thenComparing(seq -> seq))
                .map(seq -> entries.get(seq).decision());
    }

    /** Whether consent for the scope is given now. */
    boolean given(ConsentScope scope) {
        return current(scope).orElse(null) == ConsentDecision.GIVEN;
    }

    /** Refuses an answer that cannot follow the history: a withdrawal of what was not given, a future date. */
    void check(ConsentEntry next, LocalDate today) {
        if (next.scope() == null || next.decision() == null) {
            throw new RuleViolationException("consent.error.incomplete");
        }
        if (next.decidedOn() == null || next.decidedOn().isAfter(today)) {
            throw new RuleViolationException("victim.error.future-date");
        }
        if (next.decision() == ConsentDecision.WITHDRAWN && !given(next.scope())) {
            throw new RuleViolationException("consent.error.withdraw-not-given");
        }
        boolean laterAnswer = entries.stream().anyMatch(entry -> entry.scope() == next.scope()
                && entry.decidedOn().isAfter(next.decidedOn()));
        if (laterAnswer) {
            throw new RuleViolationException("consent.error.before-latest");
        }
    }
}
