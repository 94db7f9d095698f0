package kz.qorgau.organisations;

import java.time.LocalDate;
import java.util.Locale;

import kz.qorgau.shared.RegionCode;

/**
 * One version of a first-level unit of Kazakhstan (ISO 3166-2:KZ). A unit may have several versions
 * over time; {@code validFrom} null means "since before the system's records", {@code validTo} null
 * means "still valid".
 */
public record Region(RegionCode code, String kind, String nameEn, String nameRu, String nameKk, LocalDate validFrom,
        LocalDate validTo) {

    public boolean validOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || date.isBefore(validTo));
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "kk" -> nameKk;
            case "en" -> nameEn;
            // Kyrgyz and Uzbek: no variant of their own is kept, so Russian
            case "ky", "uz" -> nameRu;
            default -> nameRu;
        };
    }
}
