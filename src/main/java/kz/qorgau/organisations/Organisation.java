package kz.qorgau.organisations;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;

/** An organisation taking part in the referral mechanism. Never deleted: deactivated. */
@Table("organisations_organisation")
class Organisation {

    @Id
    private Long id;
    private String nameRu;
    private String nameKk;
    private String nameEn;
    private OrganisationType type;
    private String regionCode;
    private Long parentId;
    private boolean active;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Organisation(Long id, String nameRu, String nameKk, String nameEn, OrganisationType type, String regionCode,
            Long parentId, boolean active, Instant createdAt, Instant updatedAt, Integer version) {
        this.id = id;
        this.nameRu = nameRu;
        this.nameKk = nameKk;
        this.nameEn = nameEn;
        this.type = type;
        this.regionCode = regionCode;
        this.parentId = parentId;
        this.active = active;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static Organisation register(OrganisationDetails details, Instant now) {
        Organisation organisation = new Organisation(null, null, null, null, null, null, null, true, now, now, null);
        organisation.apply(details, now);
        return organisation;
    }

    /** Applies new details and answers what changed, field by field, for the audit trail. */
    Map<String, String> change(OrganisationDetails details, Instant now) {
        Map<String, String> before = describe();
        apply(details, now);
        Map<String, String> after = describe();
        Map<String, String> changes = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.put(field, before.get(field) + " -> " + value);
            }
        });
        return changes;
    }

    void deactivate(Instant now) {
        active = false;
        updatedAt = now;
    }

    void activate(Instant now) {
        active = true;
        updatedAt = now;
    }

    private void apply(OrganisationDetails details, Instant now) {
        if (id != null && id.equals(details.parentId())) {
            throw new RuleViolationException("organisation.error.own-parent");
        }
        nameRu = details.nameRu().strip();
        nameKk = blankToNull(details.nameKk());
        nameEn = blankToNull(details.nameEn());
        type = details.type();
        regionCode = details.region() == null ? null : details.region().value();
        parentId = details.parentId();
        updatedAt = now;
    }

    Map<String, String> describe() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("nameRu", nameRu);
        fields.put("nameKk", nameKk);
        fields.put("nameEn", nameEn);
        fields.put("type", type == null ? null : type.name());
        fields.put("region", regionCode);
        fields.put("parentId", parentId == null ? null : parentId.toString());
        return fields;
    }

    OrganisationSummary summary() {
        return new OrganisationSummary(id, nameRu, nameKk, nameEn, type,
                regionCode == null ? null : new RegionCode(regionCode), parentId, active);
    }

    Long id() {
        return id;
    }

    Long parentId() {
        return parentId;
    }

    String nameRu() {
        return nameRu;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
