package kz.qorgau.victims;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The dated history of a victim's trafficking status. Decisions may be recorded late, so the history is
 * ordered by the date of the decision (then by the order of recording), not by when it was typed in.
 * Statistics count "victims whose status first became presumed or confirmed in period P"
 * ({@link #firstIdentifiedOn()}, DESIGN.md §4), which a later change of status never moves.
 */
final class StatusHistory {

    /** An entry with its position in the order of recording. */
    record Entry(int seq, StatusChange change) {
    }

    private final List<Entry> ordered;

    StatusHistory(List<StatusChange> changes) {
        this.ordered = IntStream.range(0, changes.size()).mapToObj(seq -> new Entry(seq, changes.get(seq)))
                .sorted(Comparator.comparing((Entry entry) -> entry.change().decidedOn()).thenComparingInt(Entry::seq))
                .toList();
    }

    /** The entries in the order of their dates. */
    List<Entry> ordered() {
        return ordered;
    }

    /** The status as of today: the latest decision. */
    Optional<TraffickingStatus> current() {
        return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.getLast().change().status());
    }

    /** The status on a date: the latest decision taken on or before it. */
    Optional<TraffickingStatus> asOf(LocalDate date) {
        return ordered.stream().filter(entry -> !entry.change().decidedOn().isAfter(date))
                .reduce((first, second) -> second).map(entry -> entry.change().status());
    }

    /** The first date on which the status became presumed or confirmed, if it ever did. */
    Optional<LocalDate> firstIdentifiedOn() {
        return ordered.stream().filter(entry -> entry.change().status().identified()).findFirst()
                .map(entry -> entry.change().decidedOn());
    }
}
