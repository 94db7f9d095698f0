package kz.qorgau.linkage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Matches clustered into persons as connected components (union–find with path halving and union by size): two
 * records are one person when a chain of matches joins them. A chain can join two persons through one wrong match;
 * the clusters are what a reviewer checks, never merged without one.
 */
final class Clusters {

    private final int[] parent;
    private final int[] size;

    Clusters(int records) {
        parent = new int[records];
        size = new int[records];
        for (int r = 0; r < records; r++) {
            parent[r] = r;
            size[r] = 1;
        }
    }

    void join(int a, int b) {
        int rootA = root(a);
        int rootB = root(b);
        if (rootA == rootB) {
            return;
        }
        if (size[rootA] < size[rootB]) {
            int swap = rootA;
            rootA = rootB;
            rootB = swap;
        }
        parent[rootB] = rootA;
        size[rootA] += size[rootB];
    }

    int root(int record) {
        int r = record;
        while (parent[r] != r) {
            parent[r] = parent[parent[r]];
            r = parent[r];
        }
        return r;
    }

    /** The clusters of more than one record, as their IDs. */
    List<List<String>> groups(String[] ids) {
        Map<Integer, List<String>> groups = new LinkedHashMap<>();
        for (int r = 0; r < parent.length; r++) {
            if (size[root(r)] > 1) {
                groups.computeIfAbsent(root(r), k -> new ArrayList<>()).add(ids[r]);
            }
        }
        return List.copyOf(groups.values());
    }
}
