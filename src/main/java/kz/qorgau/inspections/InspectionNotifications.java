package kz.qorgau.inspections;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.cases.PoliceNotice;
import kz.qorgau.cases.PoliceNotices;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Today;

/**
 * The chain from an inspection to the police (since 2020 an inspector who finds a victim notifies the police): the
 * inspector notifies a police unit of the inspection's region that the inspection found forced-labour indicators; the
 * unit answers by the deadline by naming the criminal case it registered in ERDR or by refusing with a reason, by the
 * rule of every notification to the police ({@link PoliceNotices}). Every step is audited.
 */
@Service
public class InspectionNotifications {

    private final Inspections inspections;
    private final PoliceNotifications notifications;
    private final InspectionRegister register;
    private final InspectionScope scope;
    private final PoliceNotices police;
    private final AuditTrail audit;
    private final Today today;
    private final Clock clock;

    InspectionNotifications(Inspections inspections, PoliceNotifications notifications, InspectionRegister register,
            InspectionScope scope, PoliceNotices police, AuditTrail audit, Today today, Clock clock) {
        this.inspections = inspections;
        this.notifications = notifications;
        this.register = register;
        this.scope = scope;
        this.police = police;
        this.audit = audit;
        this.today = today;
        this.clock = clock;
    }

    /** The inspector notifies the police unit, of the inspection's region, of the indicators the inspection found. */
    @Requires(Permission.INSPECTIONS)
    @Transactional
    public long notifyPolice(long inspectionId, InspectionCommands.Notification command) {
        return notifyPolice(inspectionId, command, clock.instant());
    }

    /**
     * A notification made earlier, entered with the time it was sent (an inspectorate's earlier records): never in
     * the future nor before the inspection began; its deadline runs from that time.
     */
    @Requires(Permission.INSPECTIONS)
    @Transactional
    public long notifyPolice(long inspectionId, InspectionCommands.Notification command, Instant sentAt) {
        QorgauUser user = QorgauUser.required();
        Inspection inspection = register.load(inspectionId, user);
        if (notifications.findByInspectionId(inspectionId).isPresent()) {
            throw new RuleViolationException("inspection.error.already-notified");
        }
        PoliceNotice notice = police.send(command.policeUnitId(), inspection.region(), sentAt, inspection.startedOn()
                .atStartOfDay(today.zone()).toInstant());
        PoliceNotification notification = notifications.save(PoliceNotification.of(inspection, notice));
        audit.record(AuditEvent.of("INSPECTION_POLICE_NOTIFIED", "inspection", inspectionId).with("unit", notice
                .policeUnitId()).with("due", notice.dueAt()));
        return notification.id();
    }

    /** The police unit answers: registered in ERDR as the case under the number given, which it must reach. */
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    @Transactional
    public void registered(long notificationId, InspectionCommands.Registration command) {
        registered(notificationId, command, clock.instant());
    }

    /** The same answer given earlier, at the time stated (never before the notification nor in the future). */
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    @Transactional
    public void registered(long notificationId, InspectionCommands.Registration command, Instant answeredAt) {
        PoliceNotification notification = load(notificationId, QorgauUser.required());
        police.registered(notification.notice(), command.erdrNumber(), answeredAt);
        notifications.save(notification);
        audit.record(AuditEvent.of("INSPECTION_NOTIFICATION_REGISTERED", "inspection", notification.inspectionId())
                .with("case", notification.notice().caseId()));
    }

    /** The police unit answers: refused, with the reason. */
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    @Transactional
    public void refused(long notificationId, InspectionCommands.Refusal command) {
        refused(notificationId, command, clock.instant());
    }

    /** The same answer given earlier, at the time stated (never before the notification nor in the future). */
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    @Transactional
    public void refused(long notificationId, InspectionCommands.Refusal command, Instant answeredAt) {
        PoliceNotification notification = load(notificationId, QorgauUser.required());
        police.refused(notification.notice(), command.reason(), answeredAt);
        notifications.save(notification);
        audit.record(AuditEvent.of("INSPECTION_NOTIFICATION_REFUSED", "inspection", notification.inspectionId()));
    }

    /**
     * The notification, for a user of the unit it is addressed to or a supervisor over its region (who reads it,
     * while the unit answers); otherwise it does not exist for them.
     */
    private PoliceNotification load(long id, QorgauUser user) {
        PoliceNotification notification = notifications.findById(id).orElseThrow(() -> new NotFoundException(
                "inspection.error.notification-not-found"));
        Inspection inspection = inspections.findById(notification.inspectionId()).orElseThrow();
        if (!scope.answers(user, notification, inspection)) {
            throw new NotFoundException("inspection.error.notification-not-found");
        }
        return notification;
    }
}
