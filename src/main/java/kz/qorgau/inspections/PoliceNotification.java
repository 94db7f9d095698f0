package kz.qorgau.inspections;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.cases.PoliceNotice;
import kz.qorgau.shared.RuleViolationException;

/**
 * An inspector's notification to a police unit that an inspection found forced-labour indicators, and the police's
 * answer within the deadline ({@link PoliceNotice}, the rule every notification to the police follows). One per
 * inspection.
 */
@Table("inspections_notification")
class PoliceNotification {

    @Id
    private Long id;
    private Long inspectionId;
    @Embedded.Empty
    private PoliceNotice notice;
    @Version
    private Integer version;

    @PersistenceCreator
    PoliceNotification() {
    }

    /** The notice sent about the inspection's indicators. */
    static PoliceNotification of(Inspection inspection, PoliceNotice notice) {
        if (!inspection.indicatorsFound()) {
            throw new RuleViolationException("inspection.error.no-indicators");
        }
        PoliceNotification notification = new PoliceNotification();
        notification.inspectionId = inspection.id();
        notification.notice = notice;
        return notification;
    }

    Long id() {
        return id;
    }

    Long inspectionId() {
        return inspectionId;
    }

    PoliceNotice notice() {
        return notice;
    }
}
