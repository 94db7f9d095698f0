package kz.qorgau.victims;

import java.time.LocalDate;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/**
 * That a person was screened before deportation or prosecution for an offence committed as a result of
 * being trafficked, and the result. Append-only, an aggregate of its own referenced by the victim's id.
 */
@Table("victims_non_punishment")
class NonPunishmentScreening extends VictimEntry {

    private LocalDate screenedOn;
    private NonPunishmentContext context;
    private OffenceKind offence;
    private NonPunishmentResult result;
    private long organisationId;

    @PersistenceCreator
    NonPunishmentScreening() {
    }

    /** The {@code seq}-th non-punishment screening of the victim (from 0), by the given organisation. */
    static NonPunishmentScreening record(long victimId, int seq, LocalDate screenedOn, NonPunishmentContext context,
            OffenceKind offence, NonPunishmentResult result, String recordedBy, long organisationId, LocalDate today) {
        if (context == null || offence == null || result == null) {
            throw new RuleViolationException("victim.error.incomplete");
        }
        Victim.checkDate(screenedOn, today);
        NonPunishmentScreening screening = new NonPunishmentScreening();
        screening.enter(victimId, seq, recordedBy);
        screening.screenedOn = screenedOn;
        screening.context = context;
        screening.offence = offence;
        screening.result = result;
        screening.organisationId = organisationId;
        return screening;
    }

    LocalDate screenedOn() {
        return screenedOn;
    }

    NonPunishmentContext context() {
        return context;
    }

    OffenceKind offence() {
        return offence;
    }

    NonPunishmentResult result() {
        return result;
    }

    long organisationId() {
        return organisationId;
    }
}
