package kz.qorgau.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.RuleViolationException;

/**
 * A request of international cooperation in criminal matters: an extradition, mutual legal assistance,
 * a joint investigation or a transfer of proceedings, sent by Kazakhstan ({@link CooperationDirection#OUTGOING}) or
 * received from another state ({@link CooperationDirection#INCOMING}). It moves from requested to granted, refused
 * or withdrawn, and a granted request to executed (for an extradition: the person was surrendered), each
 * step dated and never before the previous one.
 */
@Table("cases_cooperation")
class CooperationRequest {

    @Id
    private Long id;
    private final CooperationKind kind;
    private final CooperationDirection direction;
    private final String country;
    private final Long personId;
    private final Long caseId;
    private final LocalDate requestedOn;
    private CooperationStatus status;
    private LocalDate decidedOn;
    private LocalDate executedOn;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    CooperationRequest(Long id, CooperationKind kind, CooperationDirection direction, String country, Long personId,
            Long caseId,
            LocalDate requestedOn, CooperationStatus status, LocalDate decidedOn, LocalDate executedOn,
            String createdBy,
            Instant createdAt, Instant updatedAt, Integer version) {
        this.id = id;
        this.kind = kind;
        this.direction = direction;
        this.country = country;
        this.personId = personId;
        this.caseId = caseId;
        this.requestedOn = requestedOn;
        this.status = status;
        this.decidedOn = decidedOn;
        this.executedOn = executedOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    static CooperationRequest open(CooperationKind kind, CooperationDirection direction, CountryCode country,
            Long personId, Long caseId,
            LocalDate requestedOn, String createdBy, LocalDate today, Instant now) {
        if (kind == null || direction == null || country == null) {
            throw new RuleViolationException("cooperation.error.required");
        }
        if (country.equals(CountryCode.KAZAKHSTAN)) {
            throw new RuleViolationException("cooperation.error.foreign-country");
        }
        if (kind == CooperationKind.EXTRADITION && personId == null) {
            throw new RuleViolationException("cooperation.error.person-required");
        }
        checkDate(requestedOn, null, today);
        return new CooperationRequest(null, kind, direction, country.value(), personId, caseId, requestedOn,
                CooperationStatus.REQUESTED, null, null, createdBy, now, now, null);
    }

    void grant(LocalDate on, LocalDate today, Instant now) {
        require(status == CooperationStatus.REQUESTED, "cooperation.error.not-pending");
        checkDate(on, requestedOn, today);
        status = CooperationStatus.GRANTED;
        decidedOn = on;
        updatedAt = now;
    }

    void refuse(LocalDate on, LocalDate today, Instant now) {
        require(status == CooperationStatus.REQUESTED, "cooperation.error.not-pending");
        checkDate(on, requestedOn, today);
        status = CooperationStatus.REFUSED;
        decidedOn = on;
        updatedAt = now;
    }

    void withdraw(LocalDate on, LocalDate today, Instant now) {
        require(status == CooperationStatus.REQUESTED || status == CooperationStatus.GRANTED,
                "cooperation.error.closed");
        checkDate(on, decidedOn != null ? decidedOn : requestedOn, today);
        status = CooperationStatus.WITHDRAWN;
        decidedOn = decidedOn != null ? decidedOn : on;
        executedOn = null;
        updatedAt = now;
    }

    /** The request was carried out (for an extradition, the person was surrendered). */
    void execute(LocalDate on, LocalDate today, Instant now) {
        require(status == CooperationStatus.GRANTED, "cooperation.error.not-granted");
        checkDate(on, decidedOn, today);
        status = CooperationStatus.EXECUTED;
        executedOn = on;
        updatedAt = now;
    }

    private static void checkDate(LocalDate date, LocalDate notBefore, LocalDate today) {
        if (date == null) {
            throw new RuleViolationException("case.error.date-required");
        }
        if (date.isAfter(today)) {
            throw new RuleViolationException("case.error.future-date");
        }
        if (notBefore != null && date.isBefore(notBefore)) {
            throw new RuleViolationException("case.error.date-order");
        }
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new RuleViolationException(messageKey);
        }
    }

    Long id() {
        return id;
    }

    Long caseId() {
        return caseId;
    }

    CaseViews.CooperationView view() {
        return new CaseViews.CooperationView(id, kind, direction, new CountryCode(country), personId, caseId,
                requestedOn, status, decidedOn, executedOn, createdBy);
    }
}
