package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Small-count protection of published counts (DESIGN.md §4, "Published outputs apply small-count protection"):
 * the one rule, used by the GLOTIP table and the figures by region.
 *
 * <ul>
 * <li>Primary suppression: a count of 1 to 4 is published as {@code <5} ({@link Mark#SMALL}); 0 is published as
 * 0, since an empty cell identifies nobody.</li>
 * <li>Complementary (secondary) suppression: the counts of a table are tied by relations, a total and its parts
 * (every breakdown sums to its total, unknown being a category). A relation with exactly one hidden member would
 * give it away by subtraction, so the next-smallest non-zero part (else the total, else a zero part) is hidden
 * too, as {@code x} ({@link Mark#WITHHELD}: not shown, of any size, 0 included). The same holds where the hidden
 * members could still be worked out from the visible ones and the bounds the marks give (two {@code <5} cells
 * adding up to 8 are both 4; one {@code <5} cell with one zero {@code x} cell adding up to 1 is 1): the bounds
 * every relation implies are propagated over the whole table, and while a hidden count is pinned to one value
 * a further cell of one of its relations is hidden, or, where none is left, its {@code <5} is widened to
 * {@code x}.</li>
 * </ul>
 *
 * A relation is taken as exact where the counts add up (the reader may assume a breakdown sums to its total);
 * where the parts add up to more (a case with several forms of exploitation counts once per form) each part is
 * at most the total and the total at most their sum; where to less (a breakdown that leaves a category out)
 * the total is at least their sum. Cells that are published in any case (locked: national figures, or figures
 * whose records the reader may list) are never hidden.
 */
final class SmallCounts {

    /** Counts under this are not published (1 to 4). */
    static final int THRESHOLD = 5;
    static final String SUPPRESSED = "<5";

    /** How a hidden count is published. */
    enum Mark {
        /** A count of 1 to 4. */
        SMALL("<5", 1, THRESHOLD - 1),
        /** A count hidden so that another cannot be worked out (any size, 0 included). */
        WITHHELD("x", 0, Table.UNBOUNDED);

        final String text;
        final long low;
        final long high;

        Mark(String text, long low, long high) {
            this.text = text;
            this.low = low;
            this.high = high;
        }

        /** The mark as published ({@code <5} or {@code x}). */
        public String text() {
            return text;
        }
    }

    private SmallCounts() {
    }

    /** Whether a count is published as {@code <5} (primary suppression). */
    static boolean small(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** A count as published on its own: 1 to 4 as {@code <5}, anything else as the number. */
    static String published(long count) {
        return small(count) ? SUPPRESSED : Long.toString(count);
    }

    /**
     * A table of counts tied by relations (a total and its parts), to protect: {@link #protect()} answers the
     * cells to hide and how. Keys are anything with equals and hashCode (a region and an indicator code, a row
     * and a column).
     */
    static final class Table<K> {

        static final long UNBOUNDED = Long.MAX_VALUE / 4;
        /** Bounds propagation stops after this many rounds (the bounds are sound, if not always the tightest). */
        private static final int ROUNDS = 200;

        private final Map<K, Long> values = new LinkedHashMap<>();
        private final Map<K, Boolean> locked = new HashMap<>();
        private final Map<K, Boolean> forced = new HashMap<>();
        private final List<Relation<K>> relations = new ArrayList<>();
        private final Map<K, List<Relation<K>>> relationsOf = new HashMap<>();

        private enum Kind {
            /** total = Σ parts */
            EXACT,
            /** total ≥ Σ parts (a category left out) */
            AT_LEAST,
            /** total ≤ Σ parts, each part ≤ total (a record in several parts) */
            AT_MOST
        }

        private record Relation<K>(K total, List<K> parts, Kind kind) {
        }

        /** A count that may be hidden. */
        Table<K> cell(K key, long value) {
            return cell(key, value, false);
        }

        /** A count; a locked one is published whatever its value. */
        Table<K> cell(K key, long value, boolean locked) {
            if (value < 0) {
                throw new IllegalArgumentException("negative count " + key);
            }
            values.put(key, value);
            this.locked.put(key, locked);
            return this;
        }

        /** The count of a cell. */
        long value(K key) {
            require(key);
            return values.get(key);
        }

        /** A count hidden whatever its value (such as a figure computed over the persons of a hidden count). */
        Table<K> hide(K key) {
            require(key);
            forced.put(key, true);
            return this;
        }

        /** A total and its parts, every one a cell of the table. */
        Table<K> relation(K total, List<K> parts) {
            require(total);
            parts.forEach(this::require);
            long sum = parts.stream().mapToLong(values::get).sum();
            long value = values.get(total);
            Relation<K> relation = new Relation<>(total, List.copyOf(parts),
                    sum == value ? Kind.EXACT : sum < value ? Kind.AT_LEAST : Kind.AT_MOST);
            relations.add(relation);
            relationsOf.computeIfAbsent(total, key -> new ArrayList<>()).add(relation);
            parts.forEach(part -> relationsOf.computeIfAbsent(part, key -> new ArrayList<>()).add(relation));
            return this;
        }

        private void require(K key) {
            if (!values.containsKey(key)) {
                throw new IllegalArgumentException("not a cell of the table: " + key);
            }
        }

        /** The cells to hide, each with its mark; every other cell is published as its value. */
        Map<K, Mark> protect() {
            Map<K, Mark> hidden = new LinkedHashMap<>();
            values.forEach((key, value) -> {
                if (!locked.get(key) && (small(value) || forced.containsKey(key))) {
                    hidden.put(key, small(value) ? Mark.SMALL : Mark.WITHHELD);
                }
            });
            while (true) {
                boolean changed = false;
                for (Relation<K> relation : relations) {
                    if (hiddenMembers(relation, hidden) == 1) {
                        changed |= hideAnother(relation, hidden, true);
                    }
                }
                if (changed) {
                    continue;
                }
                // where a pinned cell cannot be helped (its relations have nothing left to hide), the next one
                if (pinned(hidden).stream().noneMatch(key -> unpin(key, hidden))) {
                    return hidden;
                }
            }
        }

        private long hiddenMembers(Relation<K> relation, Map<K, Mark> hidden) {
            return (hidden.containsKey(relation.total()) ? 1 : 0)
                    + relation.parts().stream().filter(hidden::containsKey).count();
        }

        /**
         * Hides one more member of the relation: the smallest visible non-zero part, else the total, else (where
         * allowed) a zero part; among these first one whose other relations can still be protected in turn (a
         * region's count that is the only one of its indicator in the country would be given away by the national
         * figure). Answers whether it found one.
         */
        private boolean hideAnother(Relation<K> relation, Map<K, Mark> hidden, boolean zeros) {
            List<K> candidates = new ArrayList<>(relation.parts().stream().filter(part -> hideable(part, hidden))
                    .filter(part -> values.get(part) > 0).sorted(Comparator.comparing(values::get)).toList());
            if (hideable(relation.total(), hidden) && values.get(relation.total()) > 0) {
                candidates.add(relation.total());
            }
            if (zeros) {
                // zeros, those that would not call for more zeros hidden first (such as a region's count of an
                // indicator that its region has none of at all)
                List<K> zeroes = Stream.concat(relation.parts().stream(), Stream.of(relation.total()))
                        .filter(key -> hideable(key, hidden) && zeroAllowed(key)).toList();
                zeroes.stream().filter(key -> relationsOf.get(key).stream()
                        .noneMatch(other -> other.total().equals(key) || values.get(other.total()) == 0))
                        .forEach(candidates::add);
                zeroes.stream().filter(key -> !candidates.contains(key)).forEach(candidates::add);
            }
            Optional<K> chosen = candidates.stream().filter(key -> protectable(key, relation, hidden)).findFirst()
                    .or(() -> candidates.stream().findFirst());
            chosen.ifPresent(key -> hidden.put(key, Mark.WITHHELD));
            return chosen.isPresent();
        }

        /**
         * A zero may be hidden unless it is part of a breakdown whose total of 0 is published in any case: it
         * would be worked out at once.
         */
        private boolean zeroAllowed(K key) {
            return values.get(key) == 0 && relationsOf.get(key).stream()
                    .noneMatch(other -> values.get(other.total()) == 0 && locked.get(other.total()));
        }

        /** Whether each other relation of a cell to hide would still have a further member to hide where it needs one. */
        private boolean protectable(K key, Relation<K> relation, Map<K, Mark> hidden) {
            for (Relation<K> other : relationsOf.get(key)) {
                if (other == relation || hiddenMembers(other, hidden) > 0) {
                    continue;
                }
                boolean another = Stream.concat(other.parts().stream(), Stream.of(other.total()))
                        .anyMatch(member -> !member.equals(key) && hideable(member, hidden)
                                && (values.get(member) > 0 || zeroAllowed(member)));
                if (!another) {
                    return false;
                }
            }
            return true;
        }

        private boolean hideable(K key, Map<K, Mark> hidden) {
            return !locked.get(key) && !hidden.containsKey(key);
        }

        /**
         * Makes a pinned cell less certain: a further non-zero member of one of its relations hidden, else its
         * {@code <5} widened to {@code x}, else a zero member hidden. Answers whether anything changed.
         */
        private boolean unpin(K key, Map<K, Mark> hidden) {
            for (Relation<K> relation : relationsOf.getOrDefault(key, List.of())) {
                if (hideAnother(relation, hidden, false)) {
                    return true;
                }
            }
            if (hidden.get(key) == Mark.SMALL) {
                hidden.put(key, Mark.WITHHELD);
                return true;
            }
            for (Relation<K> relation : relationsOf.getOrDefault(key, List.of())) {
                if (hideAnother(relation, hidden, true)) {
                    return true;
                }
            }
            return false;
        }

        /** The hidden cells whose values the published cells, marks and relations pin down. */
        List<K> pinned(Map<K, Mark> hidden) {
            Map<K, long[]> bounds = bounds(hidden);
            return hidden.keySet().stream().filter(key -> bounds.get(key)[0] == bounds.get(key)[1]).toList();
        }

        /**
         * What a reader can work out about each cell: [low, high], from the published values, the marks' ranges
         * and the relations, propagated until nothing tightens.
         */
        Map<K, long[]> bounds(Map<K, Mark> hidden) {
            Map<K, long[]> bounds = new HashMap<>();
            values.forEach((key, value) -> {
                Mark mark = hidden.get(key);
                bounds.put(key, mark == null ? new long[]{ value, value } : new long[]{ mark.low, mark.high });
            });
            for (int round = 0; round < ROUNDS; round++) {
                boolean tightened = false;
                for (Relation<K> relation : relations) {
                    tightened |= tighten(relation, bounds);
                }
                if (!tightened) {
                    break;
                }
            }
            return bounds;
        }

        private static <K> boolean tighten(Relation<K> relation, Map<K, long[]> bounds) {
            long[] total = bounds.get(relation.total());
            long lows = 0;
            long highs = 0;
            long maxLow = 0;
            for (K part : relation.parts()) {
                long[] bound = bounds.get(part);
                lows = add(lows, bound[0]);
                highs = add(highs, bound[1]);
                maxLow = Math.max(maxLow, bound[0]);
            }
            boolean tightened = false;
            switch (relation.kind()) {
                case EXACT -> tightened |= narrow(total, lows, highs);
                case AT_LEAST -> tightened |= narrow(total, lows, UNBOUNDED);
                case AT_MOST -> tightened |= narrow(total, maxLow, highs);
            }
            for (K part : relation.parts()) {
                long[] bound = bounds.get(part);
                long otherLows = lows - bound[0];
                long otherHighs = bound[1] >= UNBOUNDED ? highs : highs >= UNBOUNDED ? UNBOUNDED : highs - bound[1];
                long low = relation.kind() == Kind.AT_LEAST || otherHighs >= UNBOUNDED ? 0 : total[0] - otherHighs;
                long high = switch (relation.kind()) {
                    case EXACT, AT_LEAST -> total[1] >= UNBOUNDED ? UNBOUNDED : total[1] - otherLows;
                    case AT_MOST -> total[1];
                };
                tightened |= narrow(bound, low, high);
            }
            return tightened;
        }

        private static long add(long a, long b) {
            return a >= UNBOUNDED || b >= UNBOUNDED ? UNBOUNDED : a + b;
        }

        private static boolean narrow(long[] bound, long low, long high) {
            boolean tightened = false;
            if (low > bound[0]) {
                bound[0] = low;
                tightened = true;
            }
            if (high < bound[1]) {
                bound[1] = high;
                tightened = true;
            }
            return tightened;
        }
    }
}
