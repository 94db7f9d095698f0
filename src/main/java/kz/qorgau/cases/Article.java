package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An article of the Criminal Code of 2014 in the versioned dictionary ({@code cases_article}): the
 * trafficking-related articles 128, 134, 135, 308, 125-1, and "other".
 */
public record Article(String code, String titleRu, String titleKk, String titleEn, LocalDate validFrom,
        LocalDate validTo) {

    public static final String OTHER = "other";

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || date.isBefore(validTo));
    }

    public String title(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> titleKk;
            case "en" -> titleEn;
            // Kyrgyz and Uzbek: no variant of their own is kept, so Russian
            case "ky", "uz" -> titleRu;
            default -> titleRu;
        };
    }
}
