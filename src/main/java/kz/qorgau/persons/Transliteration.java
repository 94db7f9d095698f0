package kz.qorgau.persons;

import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;

import com.ibm.icu.text.Transliterator;

/**
 * Latin spelling of names written in Cyrillic (Kazakh or Russian) or any other script, with ICU4J.
 * <p>
 * The choice: names are spelt as Kazakhstan's identity documents spell them, since the Latin name is what
 * an officer compares with a passport and what a foreign agency will type. Hence
 * <ul>
 * <li>Kazakh letters become their base Latin letter, as in passports (not the 2021 Latin alphabet, whose
 * ä, ğ, q, ñ, ö, ū, ü, ı do not appear in documents): ә→a, ғ→g, қ→k, ң→n, ө→o, ұ→u, ү→u, һ→h, і→i;</li>
 * <li>Russian letters follow ICAO Doc 9303 (as passports) where ISO 9 would use diacritics that vanish in
 * ASCII (ж→zh, х→kh, ц→ts, ч→ch, ш→sh, щ→shch, ы→y, э→e, ё→e, ъ and ь dropped), except й→y, ю→yu,
 * я→ya, the spellings most often seen in Latin-script names (Yuliya, Aliya, Tsoy);</li>
 * <li>everything else goes through ICU's {@code Any-Latin; Latin-ASCII} (other Cyrillic alphabets, other
 * scripts, Latin letters with diacritics).</li>
 * </ul>
 * An upper-case letter stays upper case in all-caps words (ЖАННА → ZHANNA, Жанна → Zhanna).
 * <p>
 * The normalised form (lower-case ASCII words separated by one space) is what duplicate search compares,
 * so that "Жанна", "ЖАННА" and "Zhanna" are the same name.
 */
final class Transliteration {

    private static final String RULES = """
            :: NFC ;
            $lower = [[:Ll:][:Mn:]] ;
            $upper = [:Lu:] ;
            Ә > A ; ә > a ; Ғ > G ; ғ > g ; Қ > K ; қ > k ; Ң > N ; ң > n ; Ө > O ; ө > o ;
            Ұ > U ; ұ > u ; Ү > U ; ү > u ; Һ > H ; һ > h ; І > I ; і > i ;
            Ж } $upper > ZH ; $upper { Ж > ZH ; Ж > Zh ; ж > zh ;
            Х } $upper > KH ; $upper { Х > KH ; Х > Kh ; х > kh ;
            Ц } $upper > TS ; $upper { Ц > TS ; Ц > Ts ; ц > ts ;
            Ч } $upper > CH ; $upper { Ч > CH ; Ч > Ch ; ч > ch ;
            Щ } $upper > SHCH ; $upper { Щ > SHCH ; Щ > Shch ; щ > shch ;
            Ш } $upper > SH ; $upper { Ш > SH ; Ш > Sh ; ш > sh ;
            Ю } $upper > YU ; $upper { Ю > YU ; Ю > Yu ; ю > yu ;
            Я } $upper > YA ; $upper { Я > YA ; Я > Ya ; я > ya ;
            Ё > E ; ё > e ; Й > Y ; й > y ; Ы > Y ; ы > y ; Э > E ; э > e ;
            [Ъъ Ьь] > ;
            :: Any-Latin ;
            :: Latin-ASCII ;
            :: NFC ;
            """;

    /**
     * Compiled once (compiling the rules costs milliseconds). ICU does not promise that a compound
     * transliterator may be used by several threads at once, so uses take turns; a name takes microseconds.
     * (A lock rather than {@code synchronized}, which would pin virtual threads on Java 21.)
     */
    private static final Transliterator LATIN = Transliterator.createFromRules("Qorgau-Latin", RULES,
            Transliterator.FORWARD);
    private static final ReentrantLock LOCK = new ReentrantLock();

    private Transliteration() {
    }

    /** The name in Latin letters (ASCII), case kept; null for null. */
    static String latin(String name) {
        if (name == null) {
            return null;
        }
        String latin;
        LOCK.lock();
        try {
            latin = LATIN.transliterate(name.strip());
        } finally {
            LOCK.unlock();
        }
        return latin.replaceAll("\\s+", " ");
    }

    /** The form duplicate search compares: lower-case ASCII words, one space apart; empty for none. */
    static String normalised(String name) {
        if (name == null) {
            return "";
        }
        return latin(name).toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").strip();
    }
}
