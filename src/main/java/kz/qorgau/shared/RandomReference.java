package kz.qorgau.shared;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Public references of records, such as {@code P-7K3Q9M2A} for a person or {@code V-…} for a victim record:
 * random (not derived from the id or the data, so that nothing can be learnt or guessed from one), eight
 * characters from an alphabet without the look-alikes 0/O, 1/I/L, read aloud or typed without mistakes.
 * 31^8 ≈ 8.5 × 10^11 values.
 */
public final class RandomReference {

    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomReference() {
    }

    /** A new reference with the prefix, for example {@code next('V')} gives {@code V-XXXXXXXX}. */
    public static String next(char prefix) {
        StringBuilder reference = new StringBuilder().append(prefix).append('-');
        for (int i = 0; i < 8; i++) {
            reference.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }

    /** A new reference with the prefix that the predicate does not find taken (drawn again while it does). */
    public static String unused(char prefix, Predicate<String> taken) {
        String reference = next(prefix);
        while (taken.test(reference)) {
            reference = next(prefix);
        }
        return reference;
    }

    /** The reference as typed (surrounding spaces and lower case accepted) in its normal form; null when it is not one. */
    public static String normalise(char prefix, String text) {
        if (text == null) {
            return null;
        }
        String value = text.strip().toUpperCase(Locale.ROOT);
        return value.matches(prefix + "-[" + ALPHABET + "]{8}") ? value : null;
    }
}
