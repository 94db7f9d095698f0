package kz.qorgau.victims;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/**
 * A foreign victim's application for a residence or work permit, and its decision: an aggregate of its own,
 * referenced by the victim's id, so that recording one inserts one row and deciding it updates that row.
 */
@Table("victims_permit")
class Permit extends VictimEntry {

    private PermitKind kind;
    private LocalDate appliedOn;
    private PermitOutcome outcome;
    private LocalDate decidedOn;
    private LocalDate validUntil;
    @Version
    private Integer version;

    @PersistenceCreator
    Permit() {
    }

    /**
     * An application for a permit of a foreign victim; one application of a kind at a time.
     *
     * @param earlier the victim's permits recorded so far
     */
    static Permit apply(Victim victim, List<Permit> earlier, PermitKind kind, LocalDate appliedOn, String recordedBy,
            LocalDate today) {
        if (!victim.foreign()) {
            throw new RuleViolationException("victim.error.not-foreign");
        }
        if (kind == null) {
            throw new RuleViolationException("victim.error.permit-kind-required");
        }
        Victim.checkDate(appliedOn, today);
        if (earlier.stream().anyMatch(permit -> permit.kind() == kind && permit.pending())) {
            throw new RuleViolationException("victim.error.permit-pending");
        }
        Permit permit = new Permit();
        permit.enter(victim.id() == null ? 0 : victim.id(), earlier.size(), recordedBy);
        permit.kind = kind;
        permit.appliedOn = appliedOn;
        return permit;
    }

    /** Records the decision on a pending application; a granted permit has an end of validity. */
    void decide(PermitOutcome outcome, LocalDate decidedOn, LocalDate validUntil, LocalDate today) {
        if (!pending()) {
            throw new RuleViolationException("victim.error.permit-decided");
        }
        if (outcome == null) {
            throw new RuleViolationException("victim.error.permit-outcome-required");
        }
        Victim.checkDate(decidedOn, today);
        if (decidedOn.isBefore(appliedOn)) {
            throw new RuleViolationException("victim.error.decision-before-application");
        }
        if (outcome == PermitOutcome.GRANTED && (validUntil == null || !validUntil.isAfter(decidedOn))) {
            throw new RuleViolationException("victim.error.permit-validity");
        }
        this.outcome = outcome;
        this.decidedOn = decidedOn;
        this.validUntil = outcome == PermitOutcome.GRANTED ? validUntil : null;
    }

    boolean pending() {
        return outcome == null;
    }

    boolean granted() {
        return outcome == PermitOutcome.GRANTED;
    }

    PermitKind kind() {
        return kind;
    }

    LocalDate appliedOn() {
        return appliedOn;
    }

    PermitOutcome outcome() {
        return outcome;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    LocalDate validUntil() {
        return validUntil;
    }
}
