package kz.qorgau.system;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each language named in itself ("Қазақша", "Русский", "English"), whatever the current one, so that a reader finds
 * their own language in a page they cannot read. A bean for the layout of every page, error pages included.
 */
@Component("languageNames")
public class LanguageNames {

    private final Map<String, String> names;

    LanguageNames(MessageSource messages) {
        Map<String, String> own = new LinkedHashMap<>();
        Languages.SUPPORTED.forEach(language -> own.put(language, messages.getMessage("language." + language, null,
                Locale.forLanguageTag(language))));
        this.names = Map.copyOf(own);
    }

    /** The language's name in itself; the code for a language that is not supported. */
    public String of(String language) {
        return names.getOrDefault(language, language);
    }
}
