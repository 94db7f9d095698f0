package kz.qorgau.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * Requests of international cooperation in criminal matters, kept by the police and prosecutors. A request
 * linked to a case is visible only within that case's scope; one without a case to every police officer
 * and prosecutor (extraditions are handled nationally).
 */
@Service
public class InternationalCooperation {

    private final CooperationRequests requests;
    private final Cases cases;
    private final PersonRegistry persons;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DisplayFormat format;

    InternationalCooperation(CooperationRequests requests, Cases cases, PersonRegistry persons, AuditTrail audit,
            JdbcClient jdbc, Clock clock, DisplayFormat format) {
        this.requests = requests;
        this.cases = cases;
        this.persons = persons;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.format = format;
    }

    /** A new request; the case by its ERDR number (optional). */
    public record NewRequest(CooperationKind kind, CooperationDirection direction, String country, Long personId,
            String caseErdr, LocalDate requestedOn) {
    }

    /** Filters of the list; null means "any". */
    public record Search(CooperationKind kind, CooperationDirection direction, CooperationStatus status, Integer year) {
    }

    /** What happened to a request. */
    public enum Step {
        GRANTED, REFUSED, WITHDRAWN, EXECUTED
    }

    @Requires(Permission.OPERATIONS)
    @Transactional(readOnly = true)
    public Page<CaseViews.CooperationView> search(Search search, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ", " where ", "");
        where.add("(r.case_id is null or exists (select 1 from cases_case c where c.id = r.case_id and "
                + (CaseScope.mayUseCases(user) ? CaseScope.sql(user, params) : "false") + "))");
        if (search.kind() != null) {
            where.add("r.kind = :kind");
            params.put("kind", search.kind().name());
        }
        if (search.direction() != null) {
            where.add("r.direction = :direction");
            params.put("direction", search.direction().name());
        }
        if (search.status() != null) {
            where.add("r.status = :status");
            params.put("status", search.status().name());
        }
        if (search.year() != null) {
            where.add("r.requested_on >= :from and r.requested_on < :to");
            params.put("from", LocalDate.of(search.year(), 1, 1));
            params.put("to", LocalDate.of(search.year() + 1, 1, 1));
        }
        return page(where.toString(), params, pageable);
    }

    /**
     * The requests among {@code ids} that the user may see (those of cases outside the user's scope left
     * out), as a page of the list (the drill-down from a statistic).
     */
    @Requires(Permission.OPERATIONS)
    @Transactional(readOnly = true)
    public Page<CaseViews.CooperationView> among(Collection<Long> ids, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        Map<String, Object> params = new HashMap<>();
        String where = " where (r.case_id is null or exists (select 1 from cases_case c where c.id = r.case_id and "
                + (CaseScope.mayUseCases(user) ? CaseScope.sql(user, params) : "false") + ")) and r.id = any(:ids)";
        params.put("ids", ids.toArray(Long[]::new));
        return page(where, params, pageable);
    }

    /** Whether the user may read requests for international cooperation: a question about the given user. */
    public boolean mayRead(QorgauUser user) {
        return CaseScope.mayReadOperations(user);
    }

    private Page<CaseViews.CooperationView> page(String where, Map<String, Object> params, Pageable pageable) {
        long total = jdbc.sql("select count(*) from cases_cooperation r" + where).params(params).query(Long.class)
                .single();
        List<Long> ids = jdbc.sql("select r.id from cases_cooperation r" + where
                + " order by r.requested_on desc, r.id desc limit :limit offset :offset").params(params)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset()).query(Long.class).list();
        Map<Long, CaseViews.CooperationView> byId = new HashMap<>();
        requests.findAllById(ids).forEach(request -> byId.put(request.id(), request.view()));
        return new PageImpl<>(ids.stream().map(byId::get).toList(), pageable, total);
    }

    @Requires(Permission.OPERATIONS)
    @Transactional(readOnly = true)
    public CaseViews.CooperationView get(long id) {
        QorgauUser user = QorgauUser.required();
        return load(id, user).view();
    }

    /** The ERDR number of the request's case, for showing it. */
    @Transactional(readOnly = true)
    public String erdrOf(Long caseId) {
        return caseId == null ? null : cases.findById(caseId).map(found -> found.erdrNumber().value()).orElse(null);
    }

    @Requires(Permission.COOPERATION_RECORD)
    @Transactional
    public CaseViews.CooperationView open(NewRequest request) {
        QorgauUser user = QorgauUser.required();
        if (request.country() == null || !CountryCode.isValid(request.country())) {
            throw new RuleViolationException("cooperation.error.required");
        }
        Long caseId = null;
        if (request.caseErdr() != null && !request.caseErdr().isBlank()) {
            CriminalCase linked = cases.findByErdrNumber(ErdrNumber.parse(request.caseErdr()).value())
                    .filter(found -> CaseScope.mayUseCases(user)
                            && CaseScope.covers(user, found.region(), found.courtId()))
                    .orElseThrow(() -> new RuleViolationException("operation.error.unknown-case",
                            request.caseErdr().strip()));
            caseId = linked.id();
        }
        if (request.personId() != null) {
            persons.link(new PersonId(request.personId()));
        }
        CooperationRequest opened = requests.save(CooperationRequest.open(request.kind(), request.direction(),
                CountryCode.of(request.country()), request.personId(), caseId, request.requestedOn(),
                user.getUsername(), format.today(), clock.instant()));
        audit.record(AuditEvent.of("COOPERATION_REQUESTED", "cooperation", opened.id()).with("kind", request.kind())
                .with("direction", request.direction()).with("country", CountryCode.of(request.country()).value()));
        return opened.view();
    }

    @Requires(Permission.COOPERATION_RECORD)
    @Transactional
    public CaseViews.CooperationView advance(long id, Step step, LocalDate on) {
        QorgauUser user = QorgauUser.required();
        if (step == null) {
            throw new InvalidValueException("cooperation.error.step-required");
        }
        CooperationRequest request = load(id, user);
        LocalDate today = format.today();
        switch (step) {
            case GRANTED -> request.grant(on, today, clock.instant());
            case REFUSED -> request.refuse(on, today, clock.instant());
            case WITHDRAWN -> request.withdraw(on, today, clock.instant());
            case EXECUTED -> request.execute(on, today, clock.instant());
        }
        requests.save(request);
        audit.record(AuditEvent.of("COOPERATION_" + step.name(), "cooperation", id).with("date", on));
        return request.view();
    }

    private CooperationRequest load(long id, QorgauUser user) {
        return requests.findById(id)
                .filter(request -> request.caseId() == null || cases.findById(request.caseId())
                        .filter(found -> CaseScope.mayUseCases(user)
                                && CaseScope.covers(user, found.region(), found.courtId())).isPresent())
                .orElseThrow(() -> new NotFoundException("cooperation.error.not-found"));
    }
}
