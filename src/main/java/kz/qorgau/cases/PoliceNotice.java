package kz.qorgau.cases;

import java.time.Instant;

import org.springframework.data.annotation.PersistenceCreator;

import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RuleViolationException;

/**
 * A notification to a police unit that asks for an answer by a deadline, as every module that notifies the police
 * keeps it (a labour inspector's of an inspection's indicators, the hotline's of a reported case): the unit, who sent
 * it and when, the deadline; then, once, the unit's answer: registered in ERDR (naming the case) or refused with a
 * reason. Unanswered after its deadline, it is overdue. Embedded in the notifying module's aggregate, under these
 * column names; {@link PoliceNotices} sends and answers it.
 */
public final class PoliceNotice {

    /** The longest refusal reason. */
    public static final int REASON_LENGTH = 2000;

    /** Where a notification stands. */
    public enum State {
        AWAITING, OVERDUE, REGISTERED, REFUSED
    }

    private final long policeUnitId;
    private final String notifiedBy;
    private final Instant notifiedAt;
    private final Instant dueAt;
    private PoliceAnswer answer;
    private Long caseId;
    private String refusalReason;
    private String answeredBy;
    private Instant answeredAt;

    @PersistenceCreator
    PoliceNotice(long policeUnitId, String notifiedBy, Instant notifiedAt, Instant dueAt, PoliceAnswer answer,
            Long caseId, String refusalReason, String answeredBy, Instant answeredAt) {
        this.policeUnitId = policeUnitId;
        this.notifiedBy = notifiedBy;
        this.notifiedAt = notifiedAt;
        this.dueAt = dueAt;
        this.answer = answer;
        this.caseId = caseId;
        this.refusalReason = refusalReason;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    /** Sent to the unit at the time given, to answer by the deadline (after it). */
    static PoliceNotice sent(long policeUnitId, String by, Instant at, Instant due) {
        if (!due.isAfter(at)) {
            throw new IllegalArgumentException("a deadline after the notification");
        }
        return new PoliceNotice(policeUnitId, by, at, due, null, null, null, null, null);
    }

    /** Registered in ERDR: the notification names the case. */
    void registered(long caseId, String by, Instant at) {
        requireOpen();
        this.answer = PoliceAnswer.REGISTERED;
        this.caseId = caseId;
        this.answeredBy = by;
        this.answeredAt = at;
    }

    /** Refused, with the reason. */
    void refused(String reason, String by, Instant at) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("reason", "police.error.refusal-reason");
        }
        if (reason.strip().length() > REASON_LENGTH) {
            throw new InvalidFieldException("reason", "police.error.too-long");
        }
        this.answer = PoliceAnswer.REFUSED;
        this.refusalReason = reason.strip();
        this.answeredBy = by;
        this.answeredAt = at;
    }

    private void requireOpen() {
        if (answer != null) {
            throw new RuleViolationException("police.error.already-answered");
        }
    }

    /** Unanswered after its deadline. */
    public boolean overdue(Instant now) {
        return answer == null && now.isAfter(dueAt);
    }

    /** Where it stands at the instant. */
    public State state(Instant now) {
        if (answer != null) {
            return answer == PoliceAnswer.REGISTERED ? State.REGISTERED : State.REFUSED;
        }
        return overdue(now) ? State.OVERDUE : State.AWAITING;
    }

    /**
     * The same state in SQL over a row that embeds a notice under the alias given, with the parameter {@code :now}
     * (a timestamp): one of the {@link State} names.
     */
    public static String stateSql(String alias) {
        return "case when " + alias + ".answer is not null then " + alias + ".answer when " + alias
                + ".due_at < :now then 'OVERDUE' else 'AWAITING' end";
    }

    /** In SQL: unanswered after the deadline, with the parameter {@code :now}. */
    public static String overdueSql(String alias) {
        return alias + ".answer is null and " + alias + ".due_at < :now";
    }

    public long policeUnitId() {
        return policeUnitId;
    }

    public String notifiedBy() {
        return notifiedBy;
    }

    public Instant notifiedAt() {
        return notifiedAt;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public PoliceAnswer answer() {
        return answer;
    }

    public Long caseId() {
        return caseId;
    }

    public String refusalReason() {
        return refusalReason;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
