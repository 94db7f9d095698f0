package kz.qorgau.persons;

import java.security.SecureRandom;

/**
 * Public references of persons, such as {@code P-7K3Q9M2A}: random (not derived from the id or the data,
 * so that nothing can be learnt or guessed from one), eight characters from an alphabet without the
 * look-alikes 0/O, 1/I/L, read aloud or typed without mistakes. 31^8 ≈ 8.5 × 10^11 values.
 */
final class Pseudonyms {

    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    static String next() {
        StringBuilder pseudonym = new StringBuilder("P-");
        for (int i = 0; i < 8; i++) {
            pseudonym.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return pseudonym.toString();
    }
}
