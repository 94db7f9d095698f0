package kz.qorgau.victims;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** An application for a permit and its decision (part of the victim record). */
@Table("victims_permit")
record Permit(PermitKind kind, LocalDate appliedOn, PermitOutcome outcome, LocalDate decidedOn, LocalDate validUntil,
        String recordedBy) {

    boolean pending() {
        return outcome == null;
    }

    boolean granted() {
        return outcome == PermitOutcome.GRANTED;
    }
}
