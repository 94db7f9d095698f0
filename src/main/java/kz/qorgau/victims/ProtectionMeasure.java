package kz.qorgau.victims;

import java.time.LocalDate;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/**
 * A period in the state protection programme for participants in criminal proceedings, with its cost in
 * tenge (TIP report 2023: 5 victims, 1.2 million KZT in 2022). Append-only, an aggregate of its own referenced
 * by the victim's id.
 */
@Table("victims_protection")
class ProtectionMeasure extends VictimEntry {

    private Long caseId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private long costKzt;

    @PersistenceCreator
    ProtectionMeasure() {
    }

    /** The {@code seq}-th period of protection of the victim (from 0). */
    static ProtectionMeasure record(long victimId, int seq, Long caseId, LocalDate startsOn, LocalDate endsOn,
            long costKzt, String recordedBy, LocalDate today) {
        Victim.checkDate(startsOn, today);
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RuleViolationException("victim.error.period");
        }
        if (costKzt < 0) {
            throw new RuleViolationException("victim.error.amount");
        }
        ProtectionMeasure measure = new ProtectionMeasure();
        measure.enter(victimId, seq, recordedBy);
        measure.caseId = caseId;
        measure.startsOn = startsOn;
        measure.endsOn = endsOn;
        measure.costKzt = costKzt;
        return measure;
    }

    Long caseId() {
        return caseId;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    long costKzt() {
        return costKzt;
    }
}
