package kz.qorgau.statistics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

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
        /**
         * Bounds propagation stops after this many passes' worth of relations (the bounds are sound, if not always
         * the tightest).
         */
        private static final int ROUNDS = 200;

        /* Cells are numbered in the order they are added: the propagation runs on arrays, not on maps of keys. */
        private final Map<K, Integer> index = new HashMap<>();
        private final List<K> keys = new ArrayList<>();
        private final List<Long> values = new ArrayList<>();
        private final List<Boolean> locked = new ArrayList<>();
        private final List<Boolean> forced = new ArrayList<>();
        private final List<Relation> relations = new ArrayList<>();
        private final List<List<Relation>> relationsOf = new ArrayList<>();

        private enum Kind {
            /** total = Σ parts */
            EXACT,
            /** total ≥ Σ parts (a category left out) */
            AT_LEAST,
            /** total ≤ Σ parts, each part ≤ total (a record in several parts) */
            AT_MOST
        }

        /** A relation of cells by their numbers, itself numbered in the order it was added. */
        private record Relation(int number, int total, int[] parts, Kind kind) {

            /** The total, then the parts. */
            IntStream members() {
                return IntStream.concat(IntStream.of(total), IntStream.of(parts));
            }
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
            Integer cell = index.get(key);
            if (cell == null) {
                index.put(key, keys.size());
                keys.add(key);
                values.add(value);
                this.locked.add(locked);
                forced.add(false);
                relationsOf.add(new ArrayList<>());
            } else {
                values.set(cell, value);
                this.locked.set(cell, locked);
            }
            return this;
        }

        /** The count of a cell. */
        long value(K key) {
            return values.get(require(key));
        }

        /** A count hidden whatever its value (such as a figure computed over the persons of a hidden count). */
        Table<K> hide(K key) {
            forced.set(require(key), true);
            return this;
        }

        /** A total and its parts, every one a cell of the table. */
        Table<K> relation(K total, List<K> parts) {
            int of = require(total);
            int[] members = parts.stream().mapToInt(this::require).toArray();
            long sum = IntStream.of(members).mapToLong(values::get).sum();
            long value = values.get(of);
            Relation relation = new Relation(relations.size(), of, members,
                    sum == value ? Kind.EXACT : sum < value ? Kind.AT_LEAST : Kind.AT_MOST);
            relations.add(relation);
            relationsOf.get(of).add(relation);
            IntStream.of(members).forEach(part -> relationsOf.get(part).add(relation));
            return this;
        }

        private int require(K key) {
            Integer cell = index.get(key);
            if (cell == null) {
                throw new IllegalArgumentException("not a cell of the table: " + key);
            }
            return cell;
        }

        /** The cells to hide, each with its mark; every other cell is published as its value. */
        Map<K, Mark> protect() {
            Hidden hidden = new Hidden(keys.size());
            for (int cell = 0; cell < keys.size(); cell++) {
                long value = values.get(cell);
                if (!locked.get(cell) && (small(value) || forced.get(cell))) {
                    hidden.put(cell, small(value) ? Mark.SMALL : Mark.WITHHELD);
                }
            }
            while (true) {
                boolean changed = false;
                for (Relation relation : relations) {
                    if (hiddenMembers(relation, hidden) == 1) {
                        changed |= hideAnother(relation, hidden, true);
                    }
                }
                if (changed) {
                    continue;
                }
                // where a pinned cell cannot be helped (its relations have nothing left to hide), the next one
                if (pinned(hidden).stream().noneMatch(cell -> unpin(cell, hidden))) {
                    return hidden.byKey();
                }
            }
        }

        /** The hidden cells with their marks, in the order they were hidden. */
        private final class Hidden {

            private final Mark[] marks;
            private final List<Integer> order = new ArrayList<>();

            Hidden(int cells) {
                marks = new Mark[cells];
            }

            boolean contains(int cell) {
                return marks[cell] != null;
            }

            Mark get(int cell) {
                return marks[cell];
            }

            void put(int cell, Mark mark) {
                if (marks[cell] == null) {
                    order.add(cell);
                }
                marks[cell] = mark;
            }

            Map<K, Mark> byKey() {
                Map<K, Mark> byKey = new LinkedHashMap<>();
                order.forEach(cell -> byKey.put(keys.get(cell), marks[cell]));
                return byKey;
            }
        }

        private Hidden hidden(Map<K, Mark> marks) {
            Hidden hidden = new Hidden(keys.size());
            marks.forEach((key, mark) -> hidden.put(require(key), mark));
            return hidden;
        }

        private static long hiddenMembers(Relation relation, Table<?>.Hidden hidden) {
            return relation.members().filter(hidden::contains).count();
        }

        /**
         * Hides one more member of the relation: the smallest visible non-zero part, else the total, else (where
         * allowed) a zero part; among these first one whose other relations can still be protected in turn (a
         * region's count that is the only one of its indicator in the country would be given away by the national
         * figure). Answers whether it found one.
         */
        private boolean hideAnother(Relation relation, Hidden hidden, boolean zeros) {
            List<Integer> candidates = new ArrayList<>(IntStream.of(relation.parts()).boxed()
                    .filter(part -> hideable(part, hidden)).filter(part -> values.get(part) > 0)
                    .sorted(Comparator.comparing(values::get)).toList());
            if (hideable(relation.total(), hidden) && values.get(relation.total()) > 0) {
                candidates.add(relation.total());
            }
            if (zeros) {
                // zeros, those that would not call for more zeros hidden first (such as a region's count of an
                // indicator that its region has none of at all)
                List<Integer> zeroes = IntStream.concat(IntStream.of(relation.parts()), IntStream.of(relation.total()))
                        .filter(cell -> hideable(cell, hidden) && zeroAllowed(cell)).boxed().toList();
                zeroes.stream().filter(cell -> relationsOf.get(cell).stream()
                        .noneMatch(other -> other.total() == cell || values.get(other.total()) == 0))
                        .forEach(candidates::add);
                zeroes.stream().filter(cell -> !candidates.contains(cell)).forEach(candidates::add);
            }
            Optional<Integer> chosen = candidates.stream().filter(cell -> protectable(cell, relation, hidden))
                    .findFirst().or(() -> candidates.stream().findFirst());
            chosen.ifPresent(cell -> hidden.put(cell, Mark.WITHHELD));
            return chosen.isPresent();
        }

        /**
         * A zero may be hidden unless it is part of a breakdown whose total of 0 is published in any case: it
         * would be worked out at once.
         */
        private boolean zeroAllowed(int cell) {
            return values.get(cell) == 0 && relationsOf.get(cell).stream()
                    .noneMatch(other -> values.get(other.total()) == 0 && locked.get(other.total()));
        }

        /** Whether each other relation of a cell to hide would still have a further member to hide where it needs one. */
        private boolean protectable(int cell, Relation relation, Hidden hidden) {
            for (Relation other : relationsOf.get(cell)) {
                if (other == relation || hiddenMembers(other, hidden) > 0) {
                    continue;
                }
                boolean another = other.members().anyMatch(member -> member != cell && hideable(member, hidden)
                        && (values.get(member) > 0 || zeroAllowed(member)));
                if (!another) {
                    return false;
                }
            }
            return true;
        }

        private boolean hideable(int cell, Hidden hidden) {
            return !locked.get(cell) && !hidden.contains(cell);
        }

        /**
         * Makes a pinned cell less certain: a further non-zero member of one of its relations hidden, else its
         * {@code <5} widened to {@code x}, else a zero member hidden. Answers whether anything changed.
         */
        private boolean unpin(int cell, Hidden hidden) {
            for (Relation relation : relationsOf.get(cell)) {
                if (hideAnother(relation, hidden, false)) {
                    return true;
                }
            }
            if (hidden.get(cell) == Mark.SMALL) {
                hidden.put(cell, Mark.WITHHELD);
                return true;
            }
            for (Relation relation : relationsOf.get(cell)) {
                if (hideAnother(relation, hidden, true)) {
                    return true;
                }
            }
            return false;
        }

        /** The hidden cells whose values the published cells, marks and relations pin down. */
        List<K> pinned(Map<K, Mark> hidden) {
            return pinned(hidden(hidden)).stream().map(keys::get).toList();
        }

        private List<Integer> pinned(Hidden hidden) {
            long[][] bounds = bounds(hidden);
            return hidden.order.stream().filter(cell -> bounds[cell][0] == bounds[cell][1]).toList();
        }

        /**
         * What a reader can work out about each cell: [low, high], from the published values, the marks' ranges
         * and the relations, propagated until nothing tightens.
         */
        Map<K, long[]> bounds(Map<K, Mark> hidden) {
            long[][] bounds = bounds(hidden(hidden));
            Map<K, long[]> byKey = new HashMap<>();
            for (int cell = 0; cell < keys.size(); cell++) {
                byKey.put(keys.get(cell), bounds[cell]);
            }
            return byKey;
        }

        /*
         * Each relation is tightened again only when the bounds of one of its members have changed since: the same
         * bounds as passes over every relation until none tightens (narrowing converges to one fixpoint whatever the
         * order), without going over the relations that nothing has changed for.
         */
        private long[][] bounds(Hidden hidden) {
            long[][] bounds = new long[keys.size()][];
            for (int cell = 0; cell < keys.size(); cell++) {
                Mark mark = hidden.get(cell);
                long value = values.get(cell);
                bounds[cell] = mark == null ? new long[]{ value, value } : new long[]{ mark.low, mark.high };
            }
            ArrayDeque<Relation> queue = new ArrayDeque<>(relations);
            boolean[] queued = new boolean[relations.size()];
            Arrays.fill(queued, true);
            long budget = (long) ROUNDS * relations.size();
            while (!queue.isEmpty() && budget-- > 0) {
                Relation relation = queue.poll();
                queued[relation.number()] = false;
                for (int member : tighten(relation, bounds)) {
                    for (Relation other : relationsOf.get(member)) {
                        if (!queued[other.number()]) {
                            queued[other.number()] = true;
                            queue.add(other);
                        }
                    }
                }
            }
            return bounds;
        }

        /**
         * Narrows the total, then each part, of a relation by what the others' bounds imply; answers the members it
         * tightened.
         */
        private static List<Integer> tighten(Relation relation, long[][] bounds) {
            long[] total = bounds[relation.total()];
            long lows = 0;
            long highs = 0;
            long maxLow = 0;
            for (int part : relation.parts()) {
                long[] bound = bounds[part];
                lows = add(lows, bound[0]);
                highs = add(highs, bound[1]);
                maxLow = Math.max(maxLow, bound[0]);
            }
            List<Integer> tightened = new ArrayList<>(0);
            boolean totalTightened = switch (relation.kind()) {
                case EXACT -> narrow(total, lows, highs);
                case AT_LEAST -> narrow(total, lows, UNBOUNDED);
                case AT_MOST -> narrow(total, maxLow, highs);
            };
            if (totalTightened) {
                tightened.add(relation.total());
            }
            for (int part : relation.parts()) {
                long[] bound = bounds[part];
                long otherLows = lows - bound[0];
                long otherHighs = bound[1] >= UNBOUNDED ? highs : highs >= UNBOUNDED ? UNBOUNDED : highs - bound[1];
                long low = relation.kind() == Kind.AT_LEAST || otherHighs >= UNBOUNDED ? 0 : total[0] - otherHighs;
                long high = switch (relation.kind()) {
                    case EXACT, AT_LEAST -> total[1] >= UNBOUNDED ? UNBOUNDED : total[1] - otherLows;
                    case AT_MOST -> total[1];
                };
                if (narrow(bound, low, high)) {
                    tightened.add(part);
                }
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
