package kz.qorgau.system;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages anyone may open without an account speak the languages of the people who need them most: Russian,
 * Kazakh, English, Kyrgyz and Uzbek (the interface languages), and Tajik for the migrant workers of Central Asia
 * (these pages only; the {@code i18n/public} bundle). The language is in the address ({@code ?lang=}), so that a page can be shared and
 * cached as it is; without one, the interface language already chosen, else the browser's preferred language among
 * them, else Russian. Nothing is kept: no session, no cookie.
 */
@Component
public class PublicPages {

    public static final List<String> LANGUAGES = List.of("ru", "kk", "en", "ky", "uz", "tg");

    private final MessageSource messages;

    PublicPages(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * The language of the request: the address's, else the interface language chosen in the session or by the cookie
     * (someone signed in who follows a link here), else the browser's first among {@link #LANGUAGES}, else ru.
     */
    public String language(String chosen, HttpServletRequest request) {
        if (chosen != null && LANGUAGES.contains(chosen)) {
            return chosen;
        }
        Optional<String> interfaceLanguage = Languages.chosen(request);
        if (interfaceLanguage.isPresent()) {
            return interfaceLanguage.get();
        }
        String accepted = request.getHeader("Accept-Language");
        if (accepted != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(accepted)) {
                    String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
                    if (LANGUAGES.contains(language)) {
                        return language;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // a header no browser sends: the default
            }
        }
        return "ru";
    }

    /** The page's texts in the language. */
    public Text text(String language) {
        return new Text(messages, Locale.forLanguageTag(language));
    }

    /** Messages of one language, for a template ({@code ${text.get('key')}}). */
    public record Text(MessageSource messages, Locale locale) {

        public String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }

        public String language() {
            return locale.getLanguage();
        }
    }
}
