package kz.qorgau.organisations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kz.qorgau.shared.RegionCode;

/** The administrator's organisation form. An empty region means national (or abroad). */
record OrganisationForm(
        @NotBlank(message = "{organisation.error.name-required}") @Size(max = 300,
                message = "{validation.too-long}") String nameRu,
        @Size(max = 300, message = "{validation.too-long}") String nameKk,
        @Size(max = 300, message = "{validation.too-long}") String nameEn,
        @NotNull(message = "{organisation.error.type-required}") OrganisationType type,
        String region,
        Long parentId) {

    static OrganisationForm empty() {
        return new OrganisationForm("", "", "", null, "", null);
    }

    static OrganisationForm of(OrganisationSummary organisation) {
        return new OrganisationForm(organisation.nameRu(), organisation.nameKk(), organisation.nameEn(),
                organisation.type(), organisation.region() == null ? "" : organisation.region().value(),
                organisation.parentId());
    }

    OrganisationDetails details() {
        return new OrganisationDetails(nameRu, nameKk, nameEn, type,
                region == null || region.isBlank() ? null : RegionCode.of(region), parentId);
    }
}
