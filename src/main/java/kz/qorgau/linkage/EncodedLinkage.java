package kz.qorgau.linkage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Linkage in the privacy-preserving mode: CLKs compared by {@link Dice}, a pair a link when its coefficient reaches
 * the threshold. Within one set ({@link #deduplicate}) every such pair is a link, as a person may be registered several
 * times; between two organisations' sets ({@link #link}) each record links to at most one of the other set, chosen
 * greedily from the best score down (as anonlink's greedy solver), since a register holds a person once.
 * <p>
 * Candidate pairs are every pair ({@link Pairs#ALL}, which the kernel compares at well over a hundred million pairs a
 * second, enough for sets of tens of thousands), or only pairs that share a keyed blocking key
 * ({@link Pairs#SHARED_BLOCK}), which costs recall when a blocking field has a typo and shows the server which records
 * share a key (docs/linkage.md).
 */
public final class EncodedLinkage {

    /** Which pairs are compared. */
    public enum Pairs {
        ALL, SHARED_BLOCK
    }

    /** Record {@code first} (of the first set) is the same person as record {@code second}, with the coefficient. */
    public record Link(String first, String second, double score) {
    }

    private final Dice.Threshold threshold;
    private final Pairs pairs;

    public EncodedLinkage(Dice.Threshold threshold, Pairs pairs) {
        this.threshold = threshold;
        this.pairs = pairs;
    }

    /** Every pair of records of one set at or above the threshold, in the set's order. */
    public List<Link> deduplicate(Encodings records) {
        List<Candidate> candidates = new ArrayList<>();
        if (pairs == Pairs.ALL) {
            Dice.join(records.matrix(), records.matrix(), records.popcounts(), threshold, true, (i, j,
                    score) -> candidates.add(new Candidate(i, j, score)));
        } else {
            Set<Long> compared = new HashSet<>();
            for (List<Integer> block : blocks(records).values()) {
                for (int x = 0; x < block.size(); x++) {
                    for (int y = x + 1; y < block.size(); y++) {
                        int i = Math.min(block.get(x), block.get(y));
                        int j = Math.max(block.get(x), block.get(y));
                        if (compared.add((long) i << 32 | j)) {
                            double score = Dice.score(records.matrix(), i, records.matrix(), j);
                            if (threshold.accepts(score)) {
                                candidates.add(new Candidate(i, j, score));
                            }
                        }
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::first).thenComparingInt(Candidate::second));
        return candidates.stream().map(c -> new Link(records.id(c.first()), records.id(c.second()), c.score()))
                .toList();
    }

    /**
     * The links between two organisations' sets, each record in at most one: every candidate pair at or above the
     * threshold, taken from the highest score down (ties by position), a pair kept when neither record is linked yet.
     */
    public List<Link> link(Encodings first, Encodings second) {
        List<Candidate> candidates = new ArrayList<>();
        if (pairs == Pairs.ALL) {
            Dice.join(first.matrix(), second.matrix(), second.popcounts(), threshold, false, (i, j, score) -> candidates
                    .add(new Candidate(i, j, score)));
        } else {
            Map<String, List<Integer>> secondBlocks = blocks(second);
            Set<Long> compared = new HashSet<>();
            for (int i = 0; i < first.size(); i++) {
                for (String block : first.blocks(i)) {
                    for (int j : secondBlocks.getOrDefault(block, List.of())) {
                        if (compared.add((long) i << 32 | j)) {
                            double score = Dice.score(first.matrix(), i, second.matrix(), j);
                            if (threshold.accepts(score)) {
                                candidates.add(new Candidate(i, j, score));
                            }
                        }
                    }
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparingInt(Candidate::first)
                .thenComparingInt(Candidate::second));
        boolean[] firstLinked = new boolean[first.size()];
        boolean[] secondLinked = new boolean[second.size()];
        List<Link> links = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (!firstLinked[candidate.first()] && !secondLinked[candidate.second()]) {
                firstLinked[candidate.first()] = true;
                secondLinked[candidate.second()] = true;
                links.add(new Link(first.id(candidate.first()), second.id(candidate.second()), candidate.score()));
            }
        }
        return links;
    }

    /** A pair at or above the threshold, by the records' positions in their sets. */
    private record Candidate(int first, int second, double score) {
    }

    /** The records of each blocking key. */
    private static Map<String, List<Integer>> blocks(Encodings records) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            for (String block : records.blocks(i)) {
                blocks.computeIfAbsent(block, key -> new ArrayList<>()).add(i);
            }
        }
        return blocks;
    }
}
