package kz.qorgau.linkage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import javax.crypto.Mac;

/**
 * Encodes records into {@link Clk}s (cryptographic long-term keys, Schnell, Bachteler and Reiher 2011): every token of
 * every field is hashed into one Bloom filter, so that records whose fields share many tokens share many bits and
 * {@link Dice} compares them without their values.
 * <p>
 * Keys: each field has its own HMAC-SHA256 key, derived by {@link Hkdf} from the {@link LinkageSecret} with the
 * field's name as info, so the same bigram sets different bits in different fields, and nobody without the secret can
 * compute which bits a value sets (no dictionary attack). Positions: a token's k bit positions are read from
 * HMAC(key, j ‖ token), 16 positions of 16 bits per block j, rather than by double hashing, whose arithmetic pattern of
 * positions a cryptanalysis of Bloom filters exploited (Niedermeyer et al. 2014). Weights: a field weighs by its
 * number of positions per token, given per 1024 bits of filter and scaled to the filter the hardening hashes into,
 * so that the share of bits set stays as it would be unhardened.
 * <p>
 * Hardening ({@link Hardening}): {@link Hardening#BALANCE} (the default) hashes into 512 bits and appends their
 * complement, then permutes the 1024 bits with a permutation keyed by the secret: every CLK has exactly 512 bits set,
 * so its weight no longer tells how long the names are, and a bit's frequency over many CLKs says less about the
 * bigrams behind it. {@link Hardening#XOR_FOLD} hashes into 2048 bits and folds the halves together by XOR, so a set
 * bit no longer stands for a token. docs/linkage.md discusses what either leaves exposed.
 * <p>
 * An encoder is immutable and may be shared between threads. Organisations that are to be linked must encode with
 * the same secret, fields, weights and hardening.
 *
 * @param <T> the records encoded
 */
public final class ClkEncoder<T> {

    /** How the filter is hardened against frequency attacks. */
    public enum Hardening {
        /** 512 bits with their complement appended, permuted by a keyed permutation: always 512 bits set. */
        BALANCE(Clk.WORDS / 2, 0.72),
        /** 2048 bits folded to 1024 by XOR of the two halves. */
        XOR_FOLD(Clk.WORDS * 2, 0.60),
        /** The plain 1024-bit CLK: for comparison only, its weights and bit frequencies leak the most. */
        NONE(Clk.WORDS, 0.67);

        /** The words of the filter the tokens are hashed into. */
        private final int hashedWords;
        private final double threshold;

        Hardening(int hashedWords, double threshold) {
            this.hashedWords = hashedWords;
            this.threshold = threshold;
        }

        /**
         * The Dice threshold of a link for CLKs hardened so: the threshold of the best pairwise F1 on FEBRL data set 3
         * (docs/benchmarks.md), so not yet checked on data it was not chosen on. Each hardening needs its own, as
         * the coefficient of two unrelated CLKs differs: exactly 0.5 balanced, about the share of bits set otherwise.
         */
        public double threshold() {
            return threshold;
        }
    }

    /** How a field's value becomes tokens. */
    public enum Tokens {
        /** Padded bigrams of the given name folded by {@link NameFolding#givenName}. */
        GIVEN_NAME,
        /** Padded bigrams of the surname folded by {@link NameFolding#surname}. */
        SURNAME,
        /** Padded bigrams of the value in lower case, spaces collapsed: addresses, dates as digits, numbers. */
        BIGRAMS,
        /** The whole value in lower case as one token: codes such as a region or a sex. */
        WHOLE;

        private static final Pattern SPACES = Pattern.compile("\\s+");

        /** The tokens of a value; none for an empty one. */
        List<String> of(String value) {
            if (value == null || value.isBlank()) {
                return List.of();
            }
            String normal = switch (this) {
                case GIVEN_NAME -> NameFolding.givenName(value);
                case SURNAME -> NameFolding.surname(value);
                case BIGRAMS, WHOLE -> SPACES.matcher(value.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
            };
            if (normal.isEmpty()) {
                return List.of();
            }
            if (this == WHOLE) {
                return List.of(normal);
            }
            String padded = "_" + normal + "_";
            List<String> bigrams = new ArrayList<>(padded.length() - 1);
            for (int i = 0; i + 2 <= padded.length(); i++) {
                bigrams.add(padded.substring(i, i + 2));
            }
            return bigrams;
        }
    }

    /**
     * One field encoded: its name (which selects its key, so it must be the same at every organisation), how to read
     * its value, how the value becomes tokens, and its weight as bit positions per token in 1024 bits.
     */
    public record Field<T>(String name, Function<? super T, String> value, Tokens tokens, int hashes) {

        public Field {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a field needs its name");
            }
            if (hashes < 1 || hashes > 64) {
                throw new IllegalArgumentException("a field sets 1 to 64 positions per token, not " + hashes);
            }
        }

        public static <T> Field<T> of(String name, Function<? super T, String> value, Tokens tokens, int hashes) {
            return new Field<>(name, value, tokens, hashes);
        }
    }

    /** Positions a block of HMAC output gives: 32 bytes as 16 positions of 16 bits. */
    private static final int POSITIONS_PER_BLOCK = 16;

    private final List<Field<T>> fields;
    private final List<BlockingRule<T>> blocking;
    private final Hardening hardening;
    private final Mac[] fieldMacs;
    private final Mac[] blockMacs;
    private final int[] hashes;
    private final int[] permutation;

    /** An encoder without blocking keys, hardened by balancing. */
    public ClkEncoder(LinkageSecret secret, List<Field<T>> fields) {
        this(secret, fields, List.of(), Hardening.BALANCE);
    }

    /**
     * An encoder of these fields and keyed blocking keys (a rule's key is HMAC of its value under a key of its own,
     * derived from the secret with the rule's name), hardened as given.
     */
    public ClkEncoder(LinkageSecret secret, List<Field<T>> fields, List<BlockingRule<T>> blocking,
            Hardening hardening) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("an encoder needs at least one field");
        }
        if (fields.stream().map(Field::name).distinct().count() != fields.size()) {
            throw new IllegalArgumentException("field names must differ: each selects the field's key");
        }
        this.fields = List.copyOf(fields);
        this.blocking = List.copyOf(blocking);
        this.hardening = hardening;
        int hashedBits = hardening.hashedWords * Long.SIZE;
        this.fieldMacs = new Mac[fields.size()];
        this.hashes = new int[fields.size()];
        for (int f = 0; f < fields.size(); f++) {
            fieldMacs[f] = Hkdf.mac(secret.key("field " + fields.get(f).name()));
            hashes[f] = Math.max(1, Math.round(fields.get(f).hashes() * hashedBits / (float) Clk.BITS));
        }
        this.blockMacs = new Mac[blocking.size()];
        for (int b = 0; b < blocking.size(); b++) {
            blockMacs[b] = Hkdf.mac(secret.key("block " + blocking.get(b).name()));
        }
        this.permutation = hardening == Hardening.BALANCE ? permutation(secret.key("balance permutation")) : null;
    }

    public Hardening hardening() {
        return hardening;
    }

    /** The CLK of one record. */
    public Clk encode(T record) {
        return Clk.wrap(harden(hashed(record)));
    }

    /** The filter the tokens are hashed into, before hardening. */
    long[] hashed(T record) {
        long[] hashed = new long[hardening.hashedWords];
        int mask = hashed.length * Long.SIZE - 1;
        for (int f = 0; f < fields.size(); f++) {
            Mac mac = copy(fieldMacs[f]);
            for (String token : fields.get(f).tokens().of(fields.get(f).value().apply(record))) {
                byte[] bytes = token.getBytes(StandardCharsets.UTF_8);
                byte[] block = null;
                for (int i = 0; i < hashes[f]; i++) {
                    int inBlock = i % POSITIONS_PER_BLOCK;
                    if (inBlock == 0) {
                        mac.update((byte) (i / POSITIONS_PER_BLOCK));
                        block = mac.doFinal(bytes);
                    }
                    int position = ((block[2 * inBlock] & 0xff) << 8 | block[2 * inBlock + 1] & 0xff) & mask;
                    hashed[position >>> 6] |= 1L << position;
                }
            }
        }
        return hashed;
    }

    /** One record as submitted: its pseudonymous id, its CLK and its keyed blocking keys. */
    public EncodedRecord encode(String pseudonymousId, T record) {
        List<String> blocks = new ArrayList<>(blocking.size());
        for (int b = 0; b < blocking.size(); b++) {
            String value = blocking.get(b).read(record);
            if (!value.isEmpty()) {
                byte[] keyed = copy(blockMacs[b]).doFinal(value.getBytes(StandardCharsets.UTF_8));
                blocks.add(b + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(keyed).substring(0, 22));
            }
        }
        return new EncodedRecord(pseudonymousId, encode(record), blocks);
    }

    /** Every record encoded, each with the pseudonymous id {@code id} gives it. */
    public Encodings encodeAll(List<? extends T> records, Function<? super T, String> id) {
        List<EncodedRecord> encoded = new ArrayList<>(records.size());
        for (T record : records) {
            encoded.add(encode(id.apply(record), record));
        }
        return Encodings.of(encoded);
    }

    long[] harden(long[] hashed) {
        return switch (hardening) {
            case NONE -> hashed;
            case XOR_FOLD -> {
                long[] folded = new long[Clk.WORDS];
                for (int w = 0; w < Clk.WORDS; w++) {
                    folded[w] = hashed[w] ^ hashed[w + Clk.WORDS];
                }
                yield folded;
            }
            case BALANCE -> {
                long[] balanced = new long[Clk.WORDS];
                for (int w = 0; w < hashed.length; w++) {
                    balanced[w] = hashed[w];
                    balanced[w + hashed.length] = ~hashed[w];
                }
                long[] permuted = new long[Clk.WORDS];
                for (int w = 0; w < Clk.WORDS; w++) {
                    for (long bits = balanced[w]; bits != 0; bits &= bits - 1) {
                        int to = permutation[w * Long.SIZE + Long.numberOfTrailingZeros(bits)];
                        permuted[to >>> 6] |= 1L << to;
                    }
                }
                yield permuted;
            }
        };
    }

    /**
     * A permutation of the 1024 bit positions by Fisher–Yates, its random numbers HMAC(key, counter) in blocks of
     * eight 32-bit numbers, each taken to a range by multiplying (Lemire's method; the bias, under 2^-22, is
     * negligible).
     */
    static int[] permutation(byte[] key) {
        Mac mac = Hkdf.mac(key);
        int[] permutation = new int[Clk.BITS];
        for (int i = 0; i < permutation.length; i++) {
            permutation[i] = i;
        }
        byte[] block = new byte[0];
        int used = 8;
        int counter = 0;
        for (int i = permutation.length - 1; i > 0; i--) {
            if (used == 8) {
                block = mac.doFinal(new byte[]{ (byte) (counter >>> 24), (byte) (counter >>> 16),
                        (byte) (counter >>> 8), (byte) counter });
                counter++;
                used = 0;
            }
            long random = ((block[4 * used] & 0xffL) << 24 | (block[4 * used + 1] & 0xffL) << 16
                    | (block[4 * used + 2] & 0xffL) << 8 | block[4 * used + 3] & 0xffL);
            used++;
            int j = (int) (random * (i + 1) >>> 32);
            int swap = permutation[i];
            permutation[i] = permutation[j];
            permutation[j] = swap;
        }
        return permutation;
    }

    /** A Mac of its own for one call: an initialised Mac is not safe to share between threads. */
    private static Mac copy(Mac prototype) {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the HMAC provider cannot copy an initialised Mac", e);
        }
    }
}
