package kz.qorgau.linkage;

import java.util.ArrayList;
import java.util.List;

/**
 * One organisation's submitted records, laid out for {@link Dice#search}: every CLK one after another in a single
 * {@code long[]} (16 words each) with its popcount computed once, and the pseudonymous ids and blocking keys beside.
 */
public final class Encodings {

    private final String[] ids;
    private final long[] matrix;
    private final int[] popcounts;
    private final List<List<String>> blocks;

    private Encodings(String[] ids, long[] matrix, List<List<String>> blocks) {
        this.ids = ids;
        this.matrix = matrix;
        this.popcounts = Dice.popcounts(matrix);
        this.blocks = blocks;
    }

    public static Encodings of(List<EncodedRecord> records) {
        String[] ids = new String[records.size()];
        long[] matrix = new long[records.size() * Clk.WORDS];
        List<List<String>> blocks = new ArrayList<>(records.size());
        for (int i = 0; i < ids.length; i++) {
            EncodedRecord record = records.get(i);
            ids[i] = record.id();
            record.clk().copyTo(matrix, i * Clk.WORDS);
            blocks.add(record.blocks());
        }
        return new Encodings(ids, matrix, List.copyOf(blocks));
    }

    public int size() {
        return ids.length;
    }

    public String id(int index) {
        return ids[index];
    }

    public EncodedRecord record(int index) {
        long[] words = new long[Clk.WORDS];
        System.arraycopy(matrix, index * Clk.WORDS, words, 0, Clk.WORDS);
        return new EncodedRecord(ids[index], Clk.wrap(words), blocks.get(index));
    }

    List<String> blocks(int index) {
        return blocks.get(index);
    }

    /** The CLKs one after another, not copied: for the kernel only. */
    long[] matrix() {
        return matrix;
    }

    int[] popcounts() {
        return popcounts;
    }
}
