package kz.qorgau.prevention;

import java.util.Locale;

/** A text the prevention module keeps in Russian and, where given, in Kazakh and English. */
final class Translated {

    private Translated() {
    }

    /** The text in the reader's language, Russian where it was not given in that language. */
    static String in(Locale locale, String ru, String kk, String en) {
        String text = switch (locale.getLanguage()) {
            case "kk" -> kk;
            case "en" -> en;
            // Kyrgyz and Uzbek: no variant of their own is kept, so Russian
            case "ky", "uz" -> ru;
            default -> ru;
        };
        return text == null ? ru : text;
    }
}
