package kz.qorgau.inspections;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kz.qorgau.cases.CaseOutcomes;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.IsicSection;

/** What the inspections module shows: no worker is named in any of it. */
public final class InspectionViews {

    /** Where a notification stands: none sent, awaiting an answer (or overdue), registered, refused. */
    public enum NotificationState {
        NONE, AWAITING, OVERDUE, REGISTERED, REFUSED;

        public String messageKey() {
            return "inspection.notification-state." + name();
        }
    }

    /** A row of the inspections list. */
    public record InspectionListItem(long id, String reference, LocalDate startedOn, String employerName,
            String employerBin, InspectionSite site, RegionCode region, boolean remote, boolean announced,
            int workers, int workersForeign, int indicators, NotificationState notification) {
    }

    /** The whole inspection, to its inspectorate (and to the police it notified, with the notification). */
    public record InspectionView(long id, String reference, long organisationId, String inspectors,
            LocalDate startedOn, LocalDate endedOn, String employerBin, String employerName, InspectionSite site,
            IsicSection isicSection, RegionCode region, String district, String settlement, boolean remote,
            boolean announced, InspectionTrigger trigger, boolean moratorium, String moratoriumExemption,
            Set<Participant> participants, int workers, int workersWomen, int workersMen, int workersChildren,
            int workersForeign, List<ForeignWorkersView> foreignWorkers, List<ContractorView> contractors,
            Set<LabourViolation> violations, Set<IloIndicator> indicators, String recordedBy, Instant recordedAt,
            NotificationView notification, boolean mayNotify, List<ScreenedWorker> screenings) {
    }

    /** A worker screened at the inspection: the victim record the screening made, its day and decision. */
    public record ScreenedWorker(long victimId, String victimReference, LocalDate screenedOn,
            TraffickingStatus decision) {
    }

    /** Foreign workers of a citizenship; {@code country} null where it was not established. */
    public record ForeignWorkersView(String citizenship, CountryCode country, int workers) {
    }

    public record ContractorView(ContractorRole role, String name, String bin, boolean informal) {
    }

    /**
     * A notification to the police and where it stands; the case it became, as far as its stages (never its people).
     */
    public record NotificationView(long id, long inspectionId, String inspectionReference, long policeUnitId,
            Instant notifiedAt, Instant dueAt, NotificationState state, CaseOutcomes.CaseOutcome outcome,
            String refusalReason, Instant answeredAt, boolean mayAnswer) {
    }

    /** A row of a police unit's notifications. */
    public record NotificationListItem(long id, long inspectionId, String inspectionReference, String employerName,
            InspectionSite site, RegionCode region, LocalDate inspectedOn, int indicators, long policeUnitId,
            Instant notifiedAt, Instant dueAt, NotificationState state, String erdrNumber) {
    }

    /** A notification with the inspection it is about, as the police read it. */
    public record NotificationPage(NotificationView notification, InspectionView inspection) {
    }

    private InspectionViews() {
    }
}
