package kz.qorgau.inspections;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.victims.TraffickingStatus;

/**
 * A removal proceeding of a foreign national, recorded by the migration service: the decision (expulsion or
 * deportation, its day, the person's citizenship) and, before it may be executed, the person's trafficking screening
 * (a victim record of the victims module) or the reason it could not be done. A screening that finds a possible or
 * presumed victim stops the removal, pending the reflection period; a stopped removal is never executed.
 */
@Table("inspections_removal")
class Removal {

    @Id
    private Long id;
    private String reference;
    private long organisationId;
    private String region;
    private long personId;
    private String citizenship;
    private RemovalKind kind;
    private String decisionNumber;
    private LocalDate decidedOn;
    private RemovalStatus status;
    private Long victimId;
    private String victimReference;
    private LocalDate screenedOn;
    private TraffickingStatus screeningDecision;
    private NoScreeningReason noScreeningReason;
    private LocalDate noScreeningOn;
    private LocalDate stoppedOn;
    private LocalDate executedOn;
    private String recordedBy;
    private Instant recordedAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Removal() {
    }

    /** The decision to remove the person, as recorded by the migration service. */
    static Removal decide(String reference, long organisationId, long personId, RemovalCommands.Decision decision,
            String by, LocalDate today, Instant now) {
        if (decision.region() == null) {
            throw new InvalidFieldException("region", "removal.error.region-required");
        }
        if (decision.citizenship() == null) {
            throw new InvalidFieldException("citizenship", "removal.error.citizenship-required");
        }
        if (decision.citizenship().equals(CountryCode.KAZAKHSTAN)) {
            throw new InvalidFieldException("citizenship", "removal.error.citizen");
        }
        if (decision.kind() == null) {
            throw new InvalidFieldException("kind", "removal.error.kind-required");
        }
        checkDate("decidedOn", decision.decidedOn(), today);
        Removal removal = new Removal();
        removal.reference = reference;
        removal.organisationId = organisationId;
        removal.region = decision.region().value();
        removal.personId = personId;
        removal.citizenship = decision.citizenship().value();
        removal.kind = decision.kind();
        removal.decisionNumber = decision.decisionNumber() == null || decision.decisionNumber().isBlank() ? null
                : decision.decisionNumber().strip();
        removal.decidedOn = decision.decidedOn();
        removal.status = RemovalStatus.PENDING;
        removal.recordedBy = by;
        removal.recordedAt = now;
        return removal;
    }

    /** Refuses a screening when there can be none (checked before the victim record is made). */
    void checkScreening() {
        requirePending();
        if (victimId != null) {
            throw new RuleViolationException("removal.error.already-screened");
        }
    }

    /**
     * The person's screening, recorded as a victim record: a possible or presumed victim stops the removal on the
     * day of the screening.
     */
    void screened(long victimId, String victimReference, LocalDate on, TraffickingStatus decision) {
        checkScreening();
        this.victimId = victimId;
        this.victimReference = victimReference;
        this.screenedOn = on;
        this.screeningDecision = decision;
        if (foundVictim()) {
            status = RemovalStatus.STOPPED;
            stoppedOn = on;
        }
    }

    /** The screening could not be done, for the reason given (counted); the removal may then be executed. */
    void screeningNotPossible(NoScreeningReason reason, LocalDate on, LocalDate today) {
        checkScreening();
        if (reason == null) {
            throw new InvalidFieldException("reason", "removal.error.reason-required");
        }
        checkDate("on", on, today);
        if (on.isBefore(decidedOn)) {
            throw new InvalidFieldException("on", "removal.error.before-decision");
        }
        this.noScreeningReason = reason;
        this.noScreeningOn = on;
    }

    /**
     * Executed on the day given: only a pending removal whose person was screened (not found a victim), or could
     * not be.
     */
    void execute(LocalDate on, LocalDate today) {
        requirePending();
        if (victimId == null && noScreeningReason == null) {
            throw new RuleViolationException("removal.error.screening-required");
        }
        checkDate("executedOn", on, today);
        if (on.isBefore(decidedOn)) {
            throw new InvalidFieldException("executedOn", "removal.error.before-decision");
        }
        status = RemovalStatus.EXECUTED;
        executedOn = on;
    }

    /** Whether the screening found a possible or presumed victim. */
    boolean foundVictim() {
        return screeningDecision == TraffickingStatus.POSSIBLE || screeningDecision == TraffickingStatus.PRESUMED;
    }

    private void requirePending() {
        if (status == RemovalStatus.STOPPED) {
            throw new RuleViolationException("removal.error.stopped");
        }
        if (status == RemovalStatus.EXECUTED) {
            throw new RuleViolationException("removal.error.executed");
        }
    }

    private static void checkDate(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            throw new InvalidFieldException(field, "removal.error.date-required");
        }
        if (date.isAfter(today)) {
            throw new InvalidFieldException(field, "removal.error.future-date");
        }
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    long organisationId() {
        return organisationId;
    }

    String region() {
        return region;
    }

    long personId() {
        return personId;
    }

    String citizenship() {
        return citizenship;
    }

    RemovalKind kind() {
        return kind;
    }

    String decisionNumber() {
        return decisionNumber;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    RemovalStatus status() {
        return status;
    }

    Long victimId() {
        return victimId;
    }

    String victimReference() {
        return victimReference;
    }

    LocalDate screenedOn() {
        return screenedOn;
    }

    TraffickingStatus screeningDecision() {
        return screeningDecision;
    }

    NoScreeningReason noScreeningReason() {
        return noScreeningReason;
    }

    LocalDate noScreeningOn() {
        return noScreeningOn;
    }

    LocalDate stoppedOn() {
        return stoppedOn;
    }

    LocalDate executedOn() {
        return executedOn;
    }

    String recordedBy() {
        return recordedBy;
    }
}
