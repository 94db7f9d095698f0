package kz.qorgau.agencies;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form of an intermediary's name under which two reports are of the same intermediary: letters and digits only,
 * lower case, {@code ё} as {@code е}, the words of a legal form dropped (ТОО, ИП, ЖШС, LLP…), and the words in
 * alphabetical order, so that «ТОО "Асыл Жол"», {@code Асыл жол ТОО} and «Жол Асыл» are one intermediary, and
 * {@code Иванов Иван} is {@code Иван Иванов}. Spellings in another alphabet are not brought together here.
 */
final class IntermediaryName {

    /** Legal forms in Russian, Kazakh and English, as words after punctuation is removed. */
    static final Set<String> LEGAL_FORMS = Set.of("тоо", "ип", "ооо", "оао", "зао", "ао", "пао", "жшс", "жк", "ач",
            "кх", "llp", "llc", "ltd", "inc", "jsc", "too", "ip");

    private IntermediaryName() {
    }

    /** The normal form; empty when nothing but punctuation and legal forms was given. */
    static String normalised(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> !word.isEmpty())
                .filter(word -> !LEGAL_FORMS.contains(word)).sorted().collect(Collectors.joining(" "));
    }
}
