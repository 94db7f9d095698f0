package kz.qorgau.inspections;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.cases.CaseOutcomes;
import kz.qorgau.cases.ErdrNumber;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Today;
import kz.qorgau.shared.WorkingDays;

/**
 * The chain from an inspection to the police (since 2020 an inspector who finds a victim notifies the police): the
 * inspector notifies a police unit of the inspection's region that the inspection found forced-labour indicators; the
 * unit answers within {@code qorgau.inspections.answer-working-days} working days (one by default; Kazakhstan's
 * public holidays and transferred days off are not working days) by naming the criminal case it registered in ERDR
 * or by refusing with a reason. Every step is audited.
 */
@Service
public class InspectionNotifications {

    /** The organisations that answer a notification. */
    static final Set<OrganisationType> POLICE = Set.of(OrganisationType.POLICE_UNIT);

    private final Inspections inspections;
    private final PoliceNotifications notifications;
    private final InspectionRegister register;
    private final InspectionScope scope;
    private final OrganisationRegistry organisations;
    private final CaseOutcomes cases;
    private final WorkingDays workingDays;
    private final AuditTrail audit;
    private final Today today;
    private final Clock clock;
    private final int answerWorkingDays;

    InspectionNotifications(Inspections inspections, PoliceNotifications notifications, InspectionRegister register,
            InspectionScope scope, OrganisationRegistry organisations, CaseOutcomes cases, WorkingDays workingDays,
            AuditTrail audit, Today today, Clock clock,
            @Value("${qorgau.inspections.answer-working-days:1}") int answerWorkingDays) {
        if (answerWorkingDays < 1) {
            throw new IllegalArgumentException("qorgau.inspections.answer-working-days must be at least 1");
        }
        this.inspections = inspections;
        this.notifications = notifications;
        this.register = register;
        this.scope = scope;
        this.organisations = organisations;
        this.cases = cases;
        this.workingDays = workingDays;
        this.audit = audit;
        this.today = today;
        this.clock = clock;
        this.answerWorkingDays = answerWorkingDays;
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
        if (command.policeUnitId() == null) {
            throw new InvalidFieldException("policeUnitId", "inspection.error.police-unit-required");
        }
        OrganisationSummary unit = organisations.find(command.policeUnitId()).filter(OrganisationSummary::active)
                .filter(found -> POLICE.contains(found.type()))
                .filter(found -> found.region() == null || found.region().equals(inspection.region()))
                .orElseThrow(() -> new InvalidFieldException("policeUnitId", "inspection.error.police-unit"));
        if (sentAt.isAfter(clock.instant()) || sentAt.isBefore(inspection.startedOn().atStartOfDay(today.zone())
                .toInstant())) {
            throw new RuleViolationException("inspection.error.notification-time");
        }
        PoliceNotification notification = notifications.save(PoliceNotification.of(inspection, unit.id(), user
                .getUsername(), sentAt, workingDays.deadline(sentAt, answerWorkingDays, today.zone())));
        audit.record(AuditEvent.of("INSPECTION_POLICE_NOTIFIED", "inspection", inspectionId).with("unit", unit.id())
                .with("due", notification.dueAt()));
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
        QorgauUser user = QorgauUser.required();
        PoliceNotification notification = load(notificationId, user);
        if (InspectionCommands.blank(command.erdrNumber())) {
            throw new InvalidFieldException("erdrNumber", "inspection.error.erdr-required");
        }
        ErdrNumber number;
        try {
            number = ErdrNumber.parse(command.erdrNumber());
        } catch (RuleViolationException e) {
            throw new InvalidFieldException("erdrNumber", e.messageKey());
        }
        long caseId = cases.registeredUnder(number, user)
                .orElseThrow(() -> new InvalidFieldException("erdrNumber", "inspection.error.case-not-found"));
        notification.registered(caseId, user.getUsername(), answerTime(notification, answeredAt));
        notifications.save(notification);
        audit.record(AuditEvent.of("INSPECTION_NOTIFICATION_REGISTERED", "inspection", notification.inspectionId())
                .with("case", caseId));
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
        QorgauUser user = QorgauUser.required();
        PoliceNotification notification = load(notificationId, user);
        notification.refused(command.reason(), user.getUsername(), answerTime(notification, answeredAt));
        notifications.save(notification);
        audit.record(AuditEvent.of("INSPECTION_NOTIFICATION_REFUSED", "inspection", notification.inspectionId()));
    }

    private Instant answerTime(PoliceNotification notification, Instant answeredAt) {
        if (answeredAt.isAfter(clock.instant()) || answeredAt.isBefore(notification.notifiedAt())) {
            throw new RuleViolationException("inspection.error.answer-time");
        }
        return answeredAt;
    }

    /**
     * The notification, for a user of the unit it is addressed to (a supervisor over its region reads it but the
     * unit answers); otherwise it does not exist for them.
     */
    private PoliceNotification load(long id, QorgauUser user) {
        PoliceNotification notification = notifications.findById(id).orElseThrow(() -> new NotFoundException(
                "inspection.error.notification-not-found"));
        Inspection inspection = inspections.findById(notification.inspectionId()).orElseThrow();
        if (!scope.answers(user, notification, inspection)) {
            throw new NotFoundException("inspection.error.notification-not-found");
        }
        if (notification.policeUnitId() != user.organisationId()) {
            throw new RuleViolationException("inspection.error.other-unit");
        }
        return notification;
    }
}
