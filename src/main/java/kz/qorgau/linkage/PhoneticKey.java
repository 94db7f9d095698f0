package kz.qorgau.linkage;

/**
 * A phonetic key of a folded name word: a consonant skeleton in the manner of Soundex, over the output of
 * {@link NameFolding} (so transliteration variants are already one). The first letter's class, then the classes of
 * the following consonants, a class repeated without a vowel between counted once, cut or padded to four characters.
 * Classes (as American Soundex): {@code 1} b f p v, {@code 2} c g j k q s x z, {@code 3} d t, {@code 4} l,
 * {@code 5} m n, {@code 6} r; vowels and h separate nothing but are dropped (h and w do not separate; an initial h or w is {@code h}), an initial
 * vowel is {@code A}. Unlike Soundex the first letter is classed too, so that Catherine and Katherine, or Sergei and
 * Zergei, share a key.
 * <p>
 * Used as a blocking key (a surname's key with the year of birth): a wrong key only costs a candidate pair, which
 * other blocking rules may still find. As the folded forms, it is computed at save time and meant to be stored keyed.
 */
public final class PhoneticKey {

    private static final int LENGTH = 4;

    private PhoneticKey() {
    }

    /** The key of the first word of a folded name, or an empty string for an empty name. */
    public static String of(String folded) {
        if (folded == null || folded.isEmpty()) {
            return "";
        }
        StringBuilder key = new StringBuilder(LENGTH);
        char previous = 0;
        for (int i = 0; i < folded.length() && key.length() < LENGTH; i++) {
            char letter = folded.charAt(i);
            if (letter == ' ') {
                break;
            }
            char code = code(letter);
            if (i == 0) {
                key.append(code == '0' ? 'A' : code);
                previous = code;
            } else if (code == '0') {
                previous = '0';
            } else if (code != 'h' && code != previous) {
                key.append(code);
                previous = code;
            }
        }
        while (key.length() < LENGTH) {
            key.append('0');
        }
        return key.toString();
    }

    /** The class of a letter: a digit, {@code 0} for a vowel, {@code h} for h and w (which separate nothing). */
    private static char code(char letter) {
        return switch (letter) {
            case 'b', 'f', 'p', 'v' -> '1';
            case 'w' -> 'h';
            case 'c', 'g', 'j', 'k', 'q', 's', 'x', 'z' -> '2';
            case 'd', 't' -> '3';
            case 'l' -> '4';
            case 'm', 'n' -> '5';
            case 'r' -> '6';
            case 'h' -> 'h';
            default -> '0';
        };
    }
}
