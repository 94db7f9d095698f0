package kz.qorgau.inspections;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RuleViolationException;

/**
 * An inspector's notification to a police unit that an inspection found forced-labour indicators, and the police's
 * answer within the deadline: registered in ERDR (the criminal case, created or existing) or refused with a reason.
 * One per inspection; answered once. Unanswered after its deadline, it is overdue.
 */
@Table("inspections_notification")
class PoliceNotification {

    @Id
    private Long id;
    private Long inspectionId;
    private long policeUnitId;
    private String notifiedBy;
    private Instant notifiedAt;
    private Instant dueAt;
    private NotificationAnswer answer;
    private Long caseId;
    private String refusalReason;
    private String answeredBy;
    private Instant answeredAt;
    @Version
    private Integer version;

    @PersistenceCreator
    PoliceNotification() {
    }

    /** The police unit notified of the inspection's indicators, to answer by the deadline. */
    static PoliceNotification of(Inspection inspection, long policeUnitId, String by, Instant now, Instant due) {
        if (!inspection.indicatorsFound()) {
            throw new RuleViolationException("inspection.error.no-indicators");
        }
        if (!due.isAfter(now)) {
            throw new IllegalArgumentException("a deadline after the notification");
        }
        PoliceNotification notification = new PoliceNotification();
        notification.inspectionId = inspection.id();
        notification.policeUnitId = policeUnitId;
        notification.notifiedBy = by;
        notification.notifiedAt = now;
        notification.dueAt = due;
        return notification;
    }

    /** Registered in ERDR: the notification names the case. */
    void registered(long caseId, String by, Instant now) {
        requireOpen();
        this.answer = NotificationAnswer.REGISTERED;
        this.caseId = caseId;
        this.answeredBy = by;
        this.answeredAt = now;
    }

    /** Refused, with the reason. */
    void refused(String reason, String by, Instant now) {
        requireOpen();
        if (InspectionCommands.blank(reason)) {
            throw new InvalidFieldException("reason", "inspection.error.refusal-reason");
        }
        if (reason.strip().length() > InspectionCommands.REASON_LENGTH) {
            throw new InvalidFieldException("reason", "inspection.error.too-long");
        }
        this.answer = NotificationAnswer.REFUSED;
        this.refusalReason = reason.strip();
        this.answeredBy = by;
        this.answeredAt = now;
    }

    private void requireOpen() {
        if (answer != null) {
            throw new RuleViolationException("inspection.error.already-answered");
        }
    }

    /** Unanswered after its deadline. */
    boolean overdue(Instant now) {
        return answer == null && now.isAfter(dueAt);
    }

    Long id() {
        return id;
    }

    Long inspectionId() {
        return inspectionId;
    }

    long policeUnitId() {
        return policeUnitId;
    }

    String notifiedBy() {
        return notifiedBy;
    }

    Instant notifiedAt() {
        return notifiedAt;
    }

    Instant dueAt() {
        return dueAt;
    }

    NotificationAnswer answer() {
        return answer;
    }

    Long caseId() {
        return caseId;
    }

    String refusalReason() {
        return refusalReason;
    }

    String answeredBy() {
        return answeredBy;
    }

    Instant answeredAt() {
        return answeredAt;
    }
}
