package kz.qorgau.organisations;

import java.util.Locale;

import kz.qorgau.shared.RegionCode;

/** An organisation as other modules and the views see it. */
public record OrganisationSummary(long id, String nameRu, String nameKk, String nameEn, OrganisationType type,
        RegionCode region, Long parentId, boolean active) {

    /** The name in the language, falling back to Russian. */
    public String name(Locale locale) {
        String name = switch (locale.getLanguage()) {
            case "kk" -> nameKk;
            case "en" -> nameEn;
            // Kyrgyz and Uzbek: no variant of their own is kept, so Russian
            case "ky", "uz" -> nameRu;
            default -> nameRu;
        };
        return name == null || name.isBlank() ? nameRu : name;
    }

    /** Whether the organisation works nationwide (no region). */
    public boolean national() {
        return region == null;
    }
}
