package kz.qorgau.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;

/**
 * A special police operation (such as "STOP-Traffic 2022, stage 2"): when and where it ran, with which
 * NGOs, what kinds of venue were checked, how many people were interviewed and potential victims found,
 * and which cases were registered as a result.
 */
@Table("cases_operation")
class SpecialOperation {

    @Table("cases_operation_region")
    record OperationRegion(String regionCode) {
    }

    @Table("cases_operation_partner")
    record Partner(long organisationId) {
    }

    @Table("cases_operation_venue")
    record Venue(VenueKind venue) {
    }

    @Table("cases_operation_case")
    record ResultingCase(long caseId) {
    }

    @Id
    private Long id;
    private String name;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private int personsInterviewed;
    private int potentialVictimsFound;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "operation_id")
    private Set<OperationRegion> regions;
    @MappedCollection(idColumn = "operation_id")
    private Set<Partner> partners;
    @MappedCollection(idColumn = "operation_id")
    private Set<Venue> venues;
    @MappedCollection(idColumn = "operation_id")
    private Set<ResultingCase> cases;

    @PersistenceCreator
    SpecialOperation(Long id, String name, LocalDate startedOn, LocalDate endedOn, int personsInterviewed,
            int potentialVictimsFound, String createdBy, Instant createdAt, Instant updatedAt, Integer version,
            Set<OperationRegion> regions, Set<Partner> partners, Set<Venue> venues, Set<ResultingCase> cases) {
        this.id = id;
        this.name = name;
        this.startedOn = startedOn;
        this.endedOn = endedOn;
        this.personsInterviewed = personsInterviewed;
        this.potentialVictimsFound = potentialVictimsFound;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.regions = regions;
        this.partners = partners;
        this.venues = venues;
        this.cases = cases;
    }

    /** What describes an operation. */
    record Details(String name, LocalDate startedOn, LocalDate endedOn, Set<RegionCode> regions, Set<Long> partners,
            Set<VenueKind> venues, int personsInterviewed, int potentialVictimsFound, Set<Long> cases) {

        Details {
            regions = regions == null ? Set.of() : Set.copyOf(regions);
            partners = partners == null ? Set.of() : Set.copyOf(partners);
            venues = venues == null ? Set.of() : Set.copyOf(venues);
            cases = cases == null ? Set.of() : Set.copyOf(cases);
        }
    }

    static SpecialOperation plan(Details details, String createdBy, LocalDate today, Instant now) {
        SpecialOperation operation = new SpecialOperation(null, null, null, null, 0, 0, createdBy, now, now, null,
                Set.of(), Set.of(), Set.of(), Set.of());
        operation.apply(details, today, now);
        return operation;
    }

    /** Applies new details; answers the names of the fields that changed. */
    Set<String> change(Details details, LocalDate today, Instant now) {
        Map<String, Object> before = describe();
        apply(details, today, now);
        Map<String, Object> after = describe();
        return after.keySet().stream().filter(key -> !Objects.equals(before.get(key), after.get(key)))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private void apply(Details details, LocalDate today, Instant now) {
        if (details.name() == null || details.name().isBlank() || details.name().strip().length() > 200) {
            throw new RuleViolationException("operation.error.name");
        }
        if (details.startedOn() == null) {
            throw new RuleViolationException("case.error.date-required");
        }
        if (details.startedOn().isAfter(today) || (details.endedOn() != null && details.endedOn().isAfter(today))) {
            throw new RuleViolationException("case.error.future-date");
        }
        if (details.endedOn() != null && details.endedOn().isBefore(details.startedOn())) {
            throw new RuleViolationException("operation.error.end-before-start");
        }
        if (details.regions().isEmpty()) {
            throw new RuleViolationException("operation.error.no-region");
        }
        if (details.personsInterviewed() < 0 || details.potentialVictimsFound() < 0) {
            throw new RuleViolationException("operation.error.negative");
        }
        if (details.potentialVictimsFound() > details.personsInterviewed()) {
            throw new RuleViolationException("operation.error.victims-exceed-interviewed");
        }
        name = details.name().strip();
        startedOn = details.startedOn();
        endedOn = details.endedOn();
        regions = details.regions().stream().map(region -> new OperationRegion(region.value())).collect(Collectors
                .toSet());
        partners = details.partners().stream().map(Partner::new).collect(Collectors.toSet());
        venues = details.venues().stream().map(Venue::new).collect(Collectors.toSet());
        cases = details.cases().stream().map(ResultingCase::new).collect(Collectors.toSet());
        personsInterviewed = details.personsInterviewed();
        potentialVictimsFound = details.potentialVictimsFound();
        updatedAt = now;
    }

    private Map<String, Object> describe() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("startedOn", startedOn);
        fields.put("endedOn", endedOn);
        fields.put("regions", regions);
        fields.put("partners", partners);
        fields.put("venues", venues);
        fields.put("cases", cases);
        fields.put("personsInterviewed", personsInterviewed);
        fields.put("potentialVictimsFound", potentialVictimsFound);
        return fields;
    }

    Long id() {
        return id;
    }

    CaseViews.OperationView view() {
        return new CaseViews.OperationView(id, name, startedOn, endedOn,
                regions.stream().map(region -> new RegionCode(region.regionCode())).collect(Collectors.toCollection(
                        TreeSet::new)),
                partners.stream().map(Partner::organisationId).collect(Collectors.toCollection(TreeSet::new)),
                venues.stream().map(Venue::venue).collect(Collectors.toCollection(TreeSet::new)),
                personsInterviewed, potentialVictimsFound,
                cases.stream().map(ResultingCase::caseId).collect(Collectors.toCollection(TreeSet::new)), createdBy);
    }
}
