package kz.qorgau.victims;

import java.time.LocalDate;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision extending a foreign victim's reflection period to the expected end of a trial: the day it was decided and
 * the new end. Append-only, an aggregate of its own referenced by the victim's id, so that the extensions of a year
 * are counted by their day and a later extension does not move an earlier one.
 */
@Table("victims_reflection_extension")
class ReflectionPeriodExtension extends VictimEntry {

    private LocalDate decidedOn;
    private LocalDate until;

    @PersistenceCreator
    ReflectionPeriodExtension() {
    }

    /** The {@code seq}-th extension of the victim's period (from 0), as the record now holds it. */
    static ReflectionPeriodExtension record(long victimId, int seq, LocalDate decidedOn, LocalDate until,
            String recordedBy) {
        ReflectionPeriodExtension extension = new ReflectionPeriodExtension();
        extension.enter(victimId, seq, recordedBy);
        extension.decidedOn = decidedOn;
        extension.until = until;
        return extension;
    }

    LocalDate decidedOn() {
        return decidedOn;
    }

    LocalDate until() {
        return until;
    }
}
