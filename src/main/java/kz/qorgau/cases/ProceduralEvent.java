package kz.qorgau.cases;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One dated entry of a case's timeline (part of the case aggregate). Entries are never changed or
 * removed: a wrong entry is corrected by a later entry of the same type that refers to it
 * ({@code correctsSeq}), or withdrawn by a {@link EventType#RETRACTION}.
 */
@Table("cases_event")
class ProceduralEvent {

    private final EventType type;
    private final LocalDate occurredOn;
    private final Instant recordedAt;
    private final String recordedBy;
    private final Long organisationId;
    private final Integer correctsSeq;
    private final String reason;
    private final Long courtId;
    private final Integer defendantNo;
    private final VerdictOutcome outcome;
    private final AppealOutcome appealOutcome;
    private final String convictionArticle;
    private final Integer convictionPart;
    @Embedded.Nullable
    private final Sentence sentence;

    @PersistenceCreator
    ProceduralEvent(EventType type, LocalDate occurredOn, Instant recordedAt, String recordedBy, Long organisationId,
            Integer correctsSeq, String reason, Long courtId, Integer defendantNo, VerdictOutcome outcome,
            AppealOutcome appealOutcome, String convictionArticle, Integer convictionPart, Sentence sentence) {
        this.type = type;
        this.occurredOn = occurredOn;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
        this.organisationId = organisationId;
        this.correctsSeq = correctsSeq;
        this.reason = reason;
        this.courtId = courtId;
        this.defendantNo = defendantNo;
        this.outcome = outcome;
        this.appealOutcome = appealOutcome;
        this.convictionArticle = convictionArticle;
        this.convictionPart = convictionPart;
        this.sentence = sentence;
    }

    /** The data of an event as recorded, before it is placed on a timeline. */
    record Details(EventType type, LocalDate occurredOn, String reason, Long courtId, Integer defendantNo,
            VerdictOutcome outcome, AppealOutcome appealOutcome, String convictionArticle, Integer convictionPart,
            Sentence sentence) {

        static Details of(EventType type, LocalDate occurredOn) {
            return new Details(type, occurredOn, null, null, null, null, null, null, null, null);
        }
    }

    static ProceduralEvent record(Details details, Integer correctsSeq, Actor actor, Instant now) {
        return new ProceduralEvent(details.type(), details.occurredOn(), now, actor.username(), actor.organisationId(),
                correctsSeq, details.reason(), details.courtId(), details.defendantNo(), details.outcome(),
                details.appealOutcome(), details.convictionArticle(), details.convictionPart(), details.sentence());
    }

    Details details() {
        return new Details(type, occurredOn, reason, courtId, defendantNo, outcome, appealOutcome, convictionArticle,
                convictionPart, sentence);
    }

    EventType type() {
        return type;
    }

    LocalDate occurredOn() {
        return occurredOn;
    }

    Instant recordedAt() {
        return recordedAt;
    }

    String recordedBy() {
        return recordedBy;
    }

    Integer correctsSeq() {
        return correctsSeq;
    }

    boolean isCorrectionOrRetraction() {
        return correctsSeq != null;
    }
}
