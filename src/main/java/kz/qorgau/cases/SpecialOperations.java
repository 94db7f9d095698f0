package kz.qorgau.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import java.util.TreeMap;

/**
 * Special police operations. Planned and reported by the police; readable by prosecutors and analysts
 * too (an operation holds no personal data). Resulting cases are linked by ERDR number, only within
 * the user's own scope.
 */
@Service
public class SpecialOperations {

    private final Operations operations;
    private final Cases cases;
    private final OrganisationRegistry organisations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DisplayFormat format;
    private final Regions regionDictionary;

    SpecialOperations(Operations operations, Cases cases, OrganisationRegistry organisations, AuditTrail audit,
            JdbcClient jdbc, Clock clock, DisplayFormat format, Regions regionDictionary) {
        this.regionDictionary = regionDictionary;
        this.operations = operations;
        this.cases = cases;
        this.organisations = organisations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.format = format;
    }

    /** An operation as entered: resulting cases by their ERDR numbers. */
    public record OperationDetails(String name, LocalDate startedOn, LocalDate endedOn, Set<String> regions,
            Set<Long> partners, Set<VenueKind> venues, Integer personsInterviewed, Integer potentialVictimsFound,
            List<String> resultingCases) {
    }

    @Requires(Permission.OPERATIONS)
    @Transactional(readOnly = true)
    public Page<CaseViews.OperationView> list(Integer year, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String where = "";
        if (year != null) {
            where = " where started_on >= :from and started_on < :to";
            params.put("from", LocalDate.of(year, 1, 1));
            params.put("to", LocalDate.of(year + 1, 1, 1));
        }
        return page(where, params, pageable);
    }

    /** The operations among {@code ids}, as a page of the list (the drill-down from a statistic). */
    @Requires(Permission.OPERATIONS)
    @Transactional(readOnly = true)
    public Page<CaseViews.OperationView> among(Collection<Long> ids, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids.toArray(Long[]::new));
        return page(" where id = any(:ids)", params, pageable);
    }

    /**
     * Whether the user may read special operations (no personal data: analysts too): a question about the given
     * user.
     */
    public boolean mayRead(QorgauUser user) {
        return CaseScope.mayReadOperations(user);
    }

    private Page<CaseViews.OperationView> page(String where, Map<String, Object> params, Pageable pageable) {
        long total = jdbc.sql("select count(*) from cases_operation" + where).params(params).query(Long.class).single();
        List<Long> ids = jdbc.sql("select id from cases_operation" + where
                + " order by started_on desc, id desc limit :limit offset :offset").params(params)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset()).query(Long.class).list();
        Map<Long, CaseViews.OperationView> byId = new HashMap<>();
        operations.findAllById(ids).forEach(operation -> byId.put(operation.id(), operation.view()));
        return new PageImpl<>(ids.stream().map(byId::get).toList(), pageable, total);
    }

    @Requires(Permission.OPERATIONS)
    @Transactional(readOnly = true)
    public CaseViews.OperationView get(long id) {
        return operations.findById(id).map(SpecialOperation::view)
                .orElseThrow(() -> new NotFoundException("operation.error.not-found"));
    }

    @Requires(Permission.OPERATIONS_RECORD)
    @Transactional
    public CaseViews.OperationView plan(OperationDetails details) {
        QorgauUser user = QorgauUser.required();
        SpecialOperation operation = operations.save(SpecialOperation.plan(resolve(details, user), user.getUsername(),
                today(), clock.instant()));
        audit.record(AuditEvent.of("OPERATION_RECORDED", "operation", operation.id()).with("name", details.name()));
        return operation.view();
    }

    @Requires(Permission.OPERATIONS_RECORD)
    @Transactional
    public CaseViews.OperationView update(long id, OperationDetails details) {
        QorgauUser user = QorgauUser.required();
        SpecialOperation operation = operations.findById(id)
                .orElseThrow(() -> new NotFoundException("operation.error.not-found"));
        // links to cases outside this user's scope stay: the user could neither see nor remove them
        Set<Long> hidden = new LinkedHashSet<>(operation.view().cases());
        hidden.removeAll(visibleCases(hidden).keySet());
        SpecialOperation.Details resolved = resolve(details, user);
        Set<Long> allCases = new LinkedHashSet<>(resolved.cases());
        allCases.addAll(hidden);
        Set<String> changed = operation.change(new SpecialOperation.Details(resolved.name(), resolved.startedOn(),
                resolved.endedOn(), resolved.regions(), resolved.partners(), resolved.venues(),
                resolved.personsInterviewed(), resolved.potentialVictimsFound(), allCases), today(), clock.instant());
        if (!changed.isEmpty()) {
            operations.save(operation);
            audit.record(AuditEvent.of("OPERATION_UPDATED", "operation", id).with("changed", changed));
        }
        return operation.view();
    }

    /** ERDR numbers of the resulting cases the user may see, by case id. */
    @Transactional(readOnly = true)
    public Map<Long, String> visibleCases(Set<Long> caseIds) {
        QorgauUser user = QorgauUser.required();
        Map<Long, String> visible = new TreeMap<>();
        cases.findAllById(caseIds).forEach(criminalCase -> {
            if (CaseScope.mayUseCases(user) && CaseScope.covers(user, criminalCase.region(), criminalCase.courtId())) {
                visible.put(criminalCase.id(), criminalCase.erdrNumber().value());
            }
        });
        return visible;
    }

    private SpecialOperation.Details resolve(OperationDetails details, QorgauUser user) {
        Set<RegionCode> regions = new LinkedHashSet<>();
        for (String region : details.regions() == null ? Set.<String>of() : details.regions()) {
            if (!RegionCode.isValid(region)) {
                throw new RuleViolationException("case.error.region-required");
            }
            RegionCode code = RegionCode.of(region);
            if (!regionDictionary.known(code)) {
                throw new RuleViolationException("case.error.unknown-region", code.value());
            }
            if (details.startedOn() != null && regionDictionary.find(code, details.startedOn()).isEmpty()) {
                throw new RuleViolationException("case.error.region-not-on-date", code.value());
            }
            regions.add(code);
        }
        for (Long partner : details.partners() == null ? Set.<Long>of() : details.partners()) {
            if (organisations.find(partner).isEmpty()) {
                throw new RuleViolationException("operation.error.unknown-partner");
            }
        }
        Set<Long> resulting = new LinkedHashSet<>();
        for (String erdr : details.resultingCases() == null ? List.<String>of() : details.resultingCases()) {
            if (erdr == null || erdr.isBlank()) {
                continue;
            }
            CriminalCase found = cases.findByErdrNumber(ErdrNumber.parse(erdr).value())
                    .filter(criminalCase -> CaseScope.covers(user, criminalCase.region(), criminalCase.courtId()))
                    .orElseThrow(() -> new RuleViolationException("operation.error.unknown-case", erdr.strip()));
            resulting.add(found.id());
        }
        return new SpecialOperation.Details(details.name(), details.startedOn(), details.endedOn(), regions,
                details.partners(), details.venues(), details.personsInterviewed() == null ? 0 : details
                        .personsInterviewed(),
                details.potentialVictimsFound() == null ? 0 : details.potentialVictimsFound(), resulting);
    }

    private LocalDate today() {
        return format.today();
    }
}
