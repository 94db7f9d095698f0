package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * k-anonymity of a table of records by global generalisation and suppression (Samarati and Sweeney): every
 * released combination of quasi-identifier values is shared by at least k released records. Plain Java, no
 * Spring, so that it can be tested on random tables.
 *
 * <p>Each quasi-identifier has a {@link Hierarchy}: level 0 is the value as recorded, each level above it
 * coarser, applied to every record alike (global recoding). The search walks the whole lattice of level
 * combinations, which is small (for the CTDC export 1 × 2 × 3 × 3 × 3 = 54 nodes), and counts for each node the
 * records whose combination has fewer than k records. It chooses:
 * <ol>
 * <li>among the nodes that leave at most {@code maxSuppressedPercent} % of the records to suppress, the one
 * with the least total generalisation (sum of levels), then the fewest records suppressed, then the smallest
 * levels in the order of the quasi-identifiers (generalising the later ones first);</li>
 * <li>if no node leaves so few, the node that suppresses the fewest records, then the least generalised.</li>
 * </ol>
 * The records still in combinations of fewer than k are then suppressed (left out and counted). Released
 * rows are sorted by their values, so that their order reveals nothing about the order of the records.
 *
 * <p>The guarantee covers the quasi-identifiers only: two released rows with the same quasi-identifiers may
 * differ in the other variables (the flags). CTDC's own releases apply k over the combination of all released
 * values; the issue asks for the quasi-identifiers.
 */
final class KAnonymity {

    /**
     * How one quasi-identifier is made coarser. Each level must be a function of the recorded value (so that
     * released values are generalisations of recorded ones); a top level that releases nothing (null) lets the
     * search always find a node without suppression, except for a quasi-identifier kept as is (the year).
     */
    interface Hierarchy {

        /** The highest level. */
        int maxLevel();

        /** The value at the level; null is unknown, and stays unknown at every level. */
        String generalise(String value, int level);

        /** What the level releases, for the export's metadata. */
        String describe(int level);
    }

    /**
     * @param k every released combination is shared by at least k records (at least 2)
     * @param maxSuppressedPercent the share of records the search accepts to suppress rather than generalise
     *        further (0 to 100)
     */
    record Policy(int k, int maxSuppressedPercent) {

        Policy {
            if (k < 2) {
                throw new IllegalArgumentException("k must be at least 2, was " + k);
            }
            if (maxSuppressedPercent < 0 || maxSuppressedPercent > 100) {
                throw new IllegalArgumentException("maxSuppressedPercent must be between 0 and 100");
            }
        }
    }

    /**
     * The outcome: the released rows (sorted), the level applied to each quasi-identifier (in the order given),
     * and the counts.
     */
    record Result(List<List<String>> released, List<Integer> levels, int considered, int suppressed) {

        /** Whether more records were suppressed than the policy's share allows (no generalisation kept within it). */
        boolean suppressionLimitExceeded(Policy policy) {
            return suppressed > allowed(considered, policy);
        }

        int releasedCount() {
            return released.size();
        }
    }

    private final List<Integer> columns;
    private final List<Hierarchy> hierarchies;
    private final Policy policy;

    /**
     * @param columns the positions of the quasi-identifiers in a row
     * @param hierarchies their hierarchies, in the same order
     */
    KAnonymity(List<Integer> columns, List<Hierarchy> hierarchies, Policy policy) {
        if (columns.size() != hierarchies.size()) {
            throw new IllegalArgumentException("one hierarchy per quasi-identifier");
        }
        this.columns = List.copyOf(columns);
        this.hierarchies = List.copyOf(hierarchies);
        this.policy = Objects.requireNonNull(policy);
    }

    Result anonymise(List<List<String>> rows) {
        int allowed = allowed(rows.size(), policy);
        int[] best = null;
        int bestSuppressed = 0;
        for (int[] node : lattice()) {
            int suppressed = suppressed(rows, node);
            if (best == null || better(node, suppressed, best, bestSuppressed, allowed)) {
                best = node;
                bestSuppressed = suppressed;
            }
        }
        Map<List<String>, Integer> classes = classes(rows, best);
        List<List<String>> released = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> generalised = generalise(row, best);
            if (classes.get(quasiIdentifiers(generalised)) >= policy.k()) {
                released.add(generalised);
            }
        }
        released.sort(ROW_ORDER);
        return new Result(List.copyOf(released), Arrays.stream(best).boxed().toList(), rows.size(),
                rows.size() - released.size());
    }

    /** How many of the records the policy accepts to suppress rather than generalise further. */
    static int allowed(int records, Policy policy) {
        return (int) ((long) records * policy.maxSuppressedPercent() / 100);
    }

    private boolean better(int[] node, int suppressed, int[] best, int bestSuppressed, int allowed) {
        boolean acceptable = suppressed <= allowed;
        boolean bestAcceptable = bestSuppressed <= allowed;
        if (acceptable != bestAcceptable) {
            return acceptable;
        }
        int height = Arrays.stream(node).sum();
        int bestHeight = Arrays.stream(best).sum();
        if (acceptable) {
            if (height != bestHeight) {
                return height < bestHeight;
            }
            if (suppressed != bestSuppressed) {
                return suppressed < bestSuppressed;
            }
        } else {
            if (suppressed != bestSuppressed) {
                return suppressed < bestSuppressed;
            }
            if (height != bestHeight) {
                return height < bestHeight;
            }
        }
        return Arrays.compare(node, best) < 0;
    }

    /** Every combination of levels, in lexicographic order. */
    List<int[]> lattice() {
        List<int[]> nodes = new ArrayList<>();
        nodes.add(new int[hierarchies.size()]);
        for (int i = 0; i < hierarchies.size(); i++) {
            List<int[]> more = new ArrayList<>();
            for (int[] node : nodes) {
                for (int level = 0; level <= hierarchies.get(i).maxLevel(); level++) {
                    int[] next = node.clone();
                    next[i] = level;
                    more.add(next);
                }
            }
            nodes = more;
        }
        return nodes;
    }

    /** The records in combinations of fewer than k records at the node. */
    int suppressed(List<List<String>> rows, int[] node) {
        int suppressed = 0;
        for (int count : classes(rows, node).values()) {
            if (count < policy.k()) {
                suppressed += count;
            }
        }
        return suppressed;
    }

    private Map<List<String>, Integer> classes(List<List<String>> rows, int[] node) {
        Map<List<String>, Integer> classes = new HashMap<>();
        for (List<String> row : rows) {
            List<String> key = new ArrayList<>(columns.size());
            for (int i = 0; i < columns.size(); i++) {
                key.add(hierarchies.get(i).generalise(row.get(columns.get(i)), node[i]));
            }
            classes.merge(key, 1, Integer::sum);
        }
        return classes;
    }

    /** The row with its quasi-identifiers at the node's levels, the other values as they are. */
    List<String> generalise(List<String> row, int[] node) {
        List<String> generalised = new ArrayList<>(row);
        for (int i = 0; i < columns.size(); i++) {
            int column = columns.get(i);
            generalised.set(column, hierarchies.get(i).generalise(row.get(column), node[i]));
        }
        return generalised;
    }

    /** The row's quasi-identifier values, in the order of the quasi-identifiers. */
    List<String> quasiIdentifiers(List<String> row) {
        List<String> values = new ArrayList<>(columns.size());
        columns.forEach(column -> values.add(row.get(column)));
        return values;
    }

    /** Rows by their values, column by column; unknown (null) first. */
    static final Comparator<List<String>> ROW_ORDER = (a, b) -> {
        Comparator<String> cells = Comparator.nullsFirst(Comparator.naturalOrder());
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = cells.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };
}
