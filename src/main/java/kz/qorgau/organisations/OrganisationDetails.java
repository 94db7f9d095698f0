package kz.qorgau.organisations;

import java.util.Objects;

import kz.qorgau.shared.RegionCode;

/**
 * What describes an organisation: its names (Russian required, Kazakh and English optional), type,
 * region (null for national bodies and missions abroad) and parent.
 */
public record OrganisationDetails(String nameRu, String nameKk, String nameEn, OrganisationType type, RegionCode region,
        Long parentId) {

    public OrganisationDetails {
        Objects.requireNonNull(type, "type");
        if (nameRu == null || nameRu.isBlank()) {
            throw new IllegalArgumentException("nameRu is required");
        }
    }
}
