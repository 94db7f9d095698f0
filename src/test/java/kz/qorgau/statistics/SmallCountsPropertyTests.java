package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import kz.qorgau.statistics.SmallCounts.Mark;

/**
 * Properties of small-count protection on random tables of counts with their marginal totals (plain JUnit over
 * fixed seeds, as {@link KAnonymityPropertyTests}, so that a failure is reproduced by its seed; jqwik runs on
 * JUnit Platform 1 only): 1 to 9 rows and columns, most counts small or zero, with a long tail. Each row with
 * its total, each column with its total, and the totals with the grand total are the relations a reader may
 * subtract along.
 */
class SmallCountsPropertyTests {

    /** A cell of a table: row and column, {@code rows} / {@code columns} standing for the total. */
    record Cell(int row, int column) {
    }

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 400).mapToObj(seed -> (long) seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void publishedCellsAreTrueAndNoneIsUnderFiveAndNoHiddenCellCanBeWorkedOut(long seed) {
        Random random = new Random(seed);
        long[][] counts = counts(random, 1);
        Protected table = protect(counts, false);
        assertProtected(seed, table, false);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void withTheColumnTotalsPublishedExactlyTheCellsAreStillProtected(long seed) {
        // as the figures by region: each indicator's regions beside its national figure, which is published
        Random random = new Random(seed);
        long[][] counts = counts(random, 2);
        Protected table = protect(counts, true);
        assertProtected(seed, table, true);
    }

    @Test
    void aSingleCellUnderFiveBesideAVisibleTotalHidesItsNextSmallestNeighbour() {
        Protected table = protect(new long[][]{ { 3, 7, 20 }, { 6, 9, 11 } }, true);
        assertThat(table.hidden()).containsEntry(new Cell(0, 0), Mark.SMALL).containsEntry(new Cell(0, 1),
                Mark.WITHHELD)
                .doesNotContainKey(new Cell(0, 2));
    }

    @Test
    void cellsUnderFiveThatCouldBeWorkedOutFromTheirSumAreProtectedToo() {
        // 4 + 4 = 8: two <5 cells beside a visible total would both be 4
        Protected table = protect(new long[][]{ { 4, 4, 30 }, { 9, 8, 12 } }, true);
        assertThat(table.hidden()).containsEntry(new Cell(0, 0), Mark.SMALL).containsEntry(new Cell(0, 1), Mark.SMALL)
                .containsKey(new Cell(0, 2));
        // 1 + 0 = 1 (a national 1 in one region): whatever else is hidden, a <5 would be 1, so it is shown as x
        Protected single = protect(new long[][]{ { 1, 5 }, { 0, 6 } }, true);
        assertThat(single.hidden()).containsEntry(new Cell(0, 0), Mark.WITHHELD).containsEntry(new Cell(1, 0),
                Mark.WITHHELD);
    }

    @Test
    void zeroIsPublishedAsZeroAndACountOfFiveOrMoreAsItself() {
        Protected table = protect(new long[][]{ { 0, 5 }, { 12, 0 } }, false);
        assertThat(table.hidden()).isEmpty();
    }

    private static void assertProtected(long seed, Protected table, boolean totalsLocked) {
        long[][] full = table.full();
        int rows = full.length - 1;
        int columns = full[0].length - 1;
        for (Map.Entry<Cell, Mark> entry : table.hidden().entrySet()) {
            long value = full[entry.getKey().row()][entry.getKey().column()];
            // a <5 is a count of 1 to 4, an x is any count
            assertThat(entry.getValue() != Mark.SMALL || SmallCounts.small(value))
                    .as("seed %d: %s marked <5 is %d", seed, entry.getKey(), value).isTrue();
            if (totalsLocked) {
                assertThat(entry.getKey().row()).as("seed %d: a locked total is hidden: %s", seed, entry.getKey())
                        .isLessThan(rows);
            }
        }
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                boolean locked = totalsLocked && r == rows;
                if (!table.hidden().containsKey(new Cell(r, c)) && !locked) {
                    assertThat(SmallCounts.small(full[r][c])).as("seed %d: cell %d,%d published as %d", seed, r, c,
                            full[r][c]).isFalse();
                }
            }
        }
        for (List<Cell> relation : relations(rows, columns)) {
            long hidden = relation.stream().filter(table.hidden()::containsKey).count();
            assertThat(hidden).as("seed %d: a relation with one hidden member: %s", seed, relation).isNotEqualTo(1);
            assertNotPinned(seed, relation, table, full);
        }
    }

    /**
     * What one subtraction gives away: with the relation total = Σ parts and each hidden member within its mark's
     * range, no hidden member is left with a single possible value.
     */
    private static void assertNotPinned(long seed, List<Cell> relation, Protected table, long[][] full) {
        Cell total = relation.getLast();
        List<Cell> parts = relation.subList(0, relation.size() - 1);
        for (Cell member : relation) {
            Mark mark = table.hidden().get(member);
            if (mark == null) {
                continue;
            }
            // a part = total − Σ other parts, the total = Σ parts; the others anywhere within their bounds
            long low = mark.low;
            long high = mark.high;
            long otherLow = 0;
            long otherHigh = 0;
            for (Cell other : relation) {
                if (other.equals(member)) {
                    continue;
                }
                Mark otherMark = table.hidden().get(other);
                long value = full[other.row()][other.column()];
                long sign = other.equals(total) == member.equals(total) ? -1 : 1;
                long oLow = otherMark == null ? value : otherMark.low;
                long oHigh = otherMark == null ? value : Math.min(otherMark.high, 1_000_000);
                otherLow += sign > 0 ? oLow : -oHigh;
                otherHigh += sign > 0 ? oHigh : -oLow;
            }
            low = Math.max(low, otherLow);
            high = Math.min(high, otherHigh);
            assertThat(low).as("seed %d: hidden %s of %s is pinned to %d (parts %s)", seed, member, relation, low,
                    parts)
                    .isLessThan(high);
        }
    }

    private record Protected(long[][] full, Map<Cell, Mark> hidden) {
    }

    /**
     * The table with its margins protected: row totals in the last column, column totals in the last row (locked,
     * that is published whatever their value, where {@code totalsLocked}).
     */
    static Protected protect(long[][] counts, boolean totalsLocked) {
        int rows = counts.length;
        int columns = counts[0].length;
        long[][] full = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                full[r][c] = counts[r][c];
                full[r][columns] += counts[r][c];
                full[rows][c] += counts[r][c];
                full[rows][columns] += counts[r][c];
            }
        }
        SmallCounts.Table<Cell> table = new SmallCounts.Table<>();
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                table.cell(new Cell(r, c), full[r][c], totalsLocked && r == rows);
            }
        }
        for (List<Cell> relation : relations(rows, columns)) {
            table.relation(relation.getLast(), relation.subList(0, relation.size() - 1));
        }
        return new Protected(full, table.protect());
    }

    /** Each row, each column, the row totals and the column totals: parts, then their total. */
    static List<List<Cell>> relations(int rows, int columns) {
        List<List<Cell>> relations = new ArrayList<>();
        for (int r = 0; r <= rows; r++) {
            List<Cell> relation = new ArrayList<>();
            for (int c = 0; c <= columns; c++) {
                relation.add(new Cell(r, c));
            }
            relations.add(relation);
        }
        for (int c = 0; c <= columns; c++) {
            List<Cell> relation = new ArrayList<>();
            for (int r = 0; r <= rows; r++) {
                relation.add(new Cell(r, c));
            }
            relations.add(relation);
        }
        return relations;
    }

    /**
     * Random counts, at least {@code least} rows and columns (with its column totals published, a table of one
     * row publishes its cells as the totals): many zeros and counts under 5, some in the tens, a few in the hundreds.
     */
    static long[][] counts(Random random, int least) {
        long[][] counts = new long[least + random.nextInt(10 - least)][least + random.nextInt(10 - least)];
        int zeros = random.nextInt(6);
        for (long[] row : counts) {
            for (int c = 0; c < row.length; c++) {
                int draw = random.nextInt(10);
                row[c] = draw < zeros ? 0 : draw < 8 ? random.nextInt(9) : draw < 9 ? random.nextInt(60) : random
                        .nextInt(400);
            }
        }
        return counts;
    }
}
