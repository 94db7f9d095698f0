package kz.qorgau.linkage;

import java.util.Locale;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Folds a name to one Latin form, so that the spellings of one name in a passport, in a Russian or Kazakh document
 * and in everyday use compare equal: «Жанар Сейітова», "Zhanar Seitova" and "Janar Seytova" all fold to
 * {@code janar seitov}.
 * <p>
 * Two steps. First ICU4J transliterates to ASCII Latin: the Kazakh letters (ә ғ қ ң ө ұ ү һ і) and the letters of the
 * Kazakh (2021) and Uzbek Latin alphabets (ş ç ğ ñ ä ö ü ū ı) by explicit rules, then Russian Cyrillic by ICU's
 * {@code Russian-Latin/BGN} (the passport-like zh, kh, ts, ch, sh, shch, yu, ya), then {@code Latin-ASCII}. Then
 * explicit folding rules, each tested on its own (NameFoldingTests), take the spellings that differ between
 * transliteration systems to one: the Uzbek apostrophes of o' and g' dropped; dzh, dj and zh to j; x (Uzbek х) and
 * kh to h; gh to g; q to k; a word's initial ye to e (Yerlan, Erlan); y to i (so yu/iu and ya/ia fold too); ie (and
 * so ye) after a vowel to e, as BGN writes е after a vowel as ye where a passport writes e (Andreyeva, Andreeva;
 * Zhumabayev, Zhumabaev); doubled letters to one. A surname also folds its female ending to the male one (-ova/-ov, -eva/-ev, -skaya/-skiy).
 * <p>
 * The folding is lossy on purpose: distinct names may share a folded form, which the comparators and the fitted
 * model weigh. It runs where the plaintext is, when a person is saved; only keyed values of the folded forms and of
 * their {@link PhoneticKey}s (HMAC under the blind-index key) are meant to be stored, so exact comparisons work on
 * the stored keys, while string similarity ({@link FieldComparator#jaroWinkler()}) needs the folded plaintext and is
 * computed at save time only, against the candidates the keys found.
 */
public final class NameFolding {

    /** ICU rules: Kazakh and Turkic Latin letters first, as the Russian rules and Latin-ASCII would lose them. */
    private static final String RULES = """
            :: Lower;
            ә > a; ғ > g; қ > k; ң > n; ө > o; ұ > u; ү > u; һ > h; і > i;
            ş > sh; ç > ch; ğ > g; ñ > n; ä > a; ö > o; ü > u; ū > u; ı > i;
            :: Russian-Latin/BGN;
            :: Latin-ASCII;
            """;
    /**
     * Apostrophes of Uzbek o' and g', the signs BGN writes for ь and ъ, and the middle dot BGN puts between letters
     * that would otherwise read as one sound (Жээнбеков is Zhe·enbekov, аы is a·y): none of them sounds.
     */
    private static final Pattern SILENT = Pattern.compile("['`\u00b7\u02b9\u02ba\u02bb\u02bc\u2018\u2019\"]");
    private static final Pattern VOWEL_IE = Pattern.compile("([aeiou])ie");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z]+");

    private NameFolding() {
    }

    /**
     * The compiled ICU rules, built at the first name that is not ASCII: compiling them (with Russian-Latin/BGN) takes
     * most of a second, which names already in Latin never need.
     */
    private static final class ToLatin {

        static final Transliterator TRANSLITERATOR = Transliterator.createFromRules("Qorgau-Linkage-Latin", RULES,
                Transliterator.FORWARD);
    }

    /** The folded form of a given name (or of any name part that has no gendered ending): words joined by a space. */
    public static String givenName(String name) {
        return fold(name, false);
    }

    /** The folded form of a surname: as {@link #givenName} and with the female ending folded to the male one. */
    public static String surname(String name) {
        return fold(name, true);
    }

    private static String fold(String name, boolean surname) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String latin = isAscii(name) ? name.toLowerCase(Locale.ROOT) : ToLatin.TRANSLITERATOR.transliterate(name);
        latin = SILENT.matcher(latin).replaceAll("");
        StringBuilder folded = new StringBuilder(latin.length());
        for (String word : NOT_A_LETTER.split(latin)) {
            if (word.isEmpty()) {
                continue;
            }
            String foldedWord = word(word);
            if (surname) {
                foldedWord = maleEnding(foldedWord);
            }
            if (!folded.isEmpty()) {
                folded.append(' ');
            }
            folded.append(foldedWord);
        }
        return folded.toString();
    }

    /** The Latin folding rules of one lower-case ASCII word, in the order the class comment gives them. */
    static String word(String word) {
        String w = word;
        w = w.replace("dzh", "j").replace("dj", "j").replace("zh", "j");
        w = w.replace("x", "kh").replace("kh", "h");
        w = w.replace("gh", "g");
        w = w.replace('q', 'k');
        if (w.startsWith("ye")) {
            w = w.substring(1);
        }
        w = w.replace('y', 'i');
        w = VOWEL_IE.matcher(w).replaceAll("$1e");
        return collapseDoubles(w);
    }

    /**
     * Female surname endings folded to the male one, on an already folded word (so -skaya is -skaia): the same family
     * appears with both, and a woman's surname in one record may be her father's in another.
     */
    static String maleEnding(String word) {
        if (word.length() > 4 && (word.endsWith("ova") || word.endsWith("eva"))) {
            return word.substring(0, word.length() - 1);
        }
        if (word.length() > 6 && word.endsWith("skaia")) {
            return word.substring(0, word.length() - 3) + "i";
        }
        return word;
    }

    private static String collapseDoubles(String word) {
        StringBuilder collapsed = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i == 0 || c != word.charAt(i - 1)) {
                collapsed.append(c);
            }
        }
        return collapsed.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }
}
