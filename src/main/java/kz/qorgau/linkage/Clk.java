package kz.qorgau.linkage;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * A cryptographic long-term key: the 1024-bit Bloom filter into which {@link ClkEncoder} hashed the tokens of one
 * record's fields, as 16 words (bit {@code i} is bit {@code i % 64} of word {@code i / 64}). It is what an
 * organisation submits instead of the identity, with a pseudonymous record id; records are compared by
 * {@link Dice#score}. On the wire it is base64 of the 128 bytes, each word big-endian.
 */
public final class Clk {

    public static final int BITS = 1024;
    public static final int WORDS = BITS / Long.SIZE;
    private static final int BYTES = BITS / Byte.SIZE;

    private final long[] words;

    private Clk(long[] words) {
        if (words.length != WORDS) {
            throw new IllegalArgumentException("a CLK has " + WORDS + " words, not " + words.length);
        }
        this.words = words;
    }

    /** A CLK of these 16 words (copied). */
    public static Clk of(long[] words) {
        return new Clk(words.clone());
    }

    /** A CLK as {@link #toBase64()} wrote it; refuses anything but 128 bytes. */
    public static Clk fromBase64(String encoded) {
        byte[] bytes = Base64.getDecoder().decode(encoded.strip());
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a CLK is " + BYTES + " bytes, not " + bytes.length);
        }
        long[] words = new long[WORDS];
        ByteBuffer.wrap(bytes).asLongBuffer().get(words);
        return new Clk(words);
    }

    /** Takes the array without copying it: for the encoder, which never keeps it. */
    static Clk wrap(long[] words) {
        return new Clk(words);
    }

    public String toBase64() {
        ByteBuffer bytes = ByteBuffer.allocate(BYTES);
        bytes.asLongBuffer().put(words);
        return Base64.getEncoder().encodeToString(bytes.array());
    }

    /** The words, copied. */
    public long[] words() {
        return words.clone();
    }

    /** How many bits are set (the filter's Hamming weight). */
    public int popcount() {
        return Dice.popcount(words, 0);
    }

    public boolean get(int bit) {
        return (words[bit >>> 6] & 1L << bit) != 0;
    }

    /** Copies the words into a matrix of filters at {@code offset}. */
    void copyTo(long[] matrix, int offset) {
        System.arraycopy(words, 0, matrix, offset, WORDS);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Clk that && Arrays.equals(words, that.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "Clk[" + popcount() + " bits set]";
    }
}
