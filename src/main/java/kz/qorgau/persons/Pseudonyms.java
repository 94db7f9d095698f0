package kz.qorgau.persons;

import kz.qorgau.shared.RandomReference;

/** Public references of persons, such as {@code P-7K3Q9M2A} (see {@link RandomReference}). */
final class Pseudonyms {

    static final String ALPHABET = RandomReference.ALPHABET;

    private Pseudonyms() {
    }

    static String next() {
        return RandomReference.next('P');
    }
}
