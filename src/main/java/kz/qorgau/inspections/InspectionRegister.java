package kz.qorgau.inspections;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimDetails;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;

/**
 * The inspections an inspectorate records: each one whole, by an inspector of the inspectorate, audited; the same
 * form sent twice (the same client id: a retried submission, a phone back online) is the one inspection already
 * recorded, not a second.
 */
@Service
public class InspectionRegister {

    private final Inspections inspections;
    private final InspectionScope scope;
    private final Regions regions;
    private final OrganisationRegistry organisations;
    private final AuditTrail audit;
    private final DisplayFormat format;
    private final Clock clock;
    private final JdbcClient jdbc;
    private final VictimRegistry victims;
    private final VictimDetails victimDetails;

    InspectionRegister(Inspections inspections, InspectionScope scope, Regions regions,
            OrganisationRegistry organisations, AuditTrail audit, DisplayFormat format, Clock clock, JdbcClient jdbc,
            VictimRegistry victims, VictimDetails victimDetails) {
        this.jdbc = jdbc;
        this.victims = victims;
        this.victimDetails = victimDetails;
        this.inspections = inspections;
        this.scope = scope;
        this.regions = regions;
        this.organisations = organisations;
        this.audit = audit;
        this.format = format;
        this.clock = clock;
    }

    /** Records the inspection for the user's inspectorate; returns its id (the earlier one for a form sent again). */
    @Requires(Permission.INSPECTIONS)
    @Transactional
    public long record(InspectionCommands.Recording recording) {
        QorgauUser user = inspector();
        if (recording.clientId() != null) {
            Optional<Inspection> sent = inspections.findByOrganisationIdAndClientId(user.organisationId(), recording
                    .clientId());
            if (sent.isPresent()) {
                return sent.get().id();
            }
        }
        Inspection inspection = inspections.save(inspection(user, recording, newReference(), format.today(), clock
                .instant()));
        audit.record(AuditEvent.of("INSPECTION_RECORDED", "inspection", inspection.id()).with("reference", inspection
                .reference()).with("region", inspection.region()).with("indicators", inspection.indicators().size()));
        return inspection.id();
    }

    /**
     * Records many inspections of the user's inspectorate at once (the demo data, an inspectorate's earlier
     * records), all or none, with one audit entry for the batch.
     */
    @Requires(Permission.INSPECTIONS)
    @Transactional
    public int recordAll(List<InspectionCommands.Recording> recordings) {
        QorgauUser user = inspector();
        LocalDate today = format.today();
        Instant now = clock.instant();
        Set<String> references = newReferences(recordings.size());
        Iterator<String> next = references.iterator();
        List<Inspection> batch = recordings.stream().map(recording -> inspection(user, recording, next.next(), today,
                now)).toList();
        inspections.saveAll(batch);
        audit.record(AuditEvent.of("INSPECTIONS_RECORDED", "organisation", user.organisationId()).with("count", batch
                .size()));
        return batch.size();
    }

    /**
     * A worker screened at the inspection, with the victims module's screening (one implementation): the victim record
     * it makes (a possible or presumed victim, or not a victim) is the screening's record, linked to the inspection.
     */
    @Requires(Permission.INSPECTIONS)
    @Transactional
    public VictimViews.VictimView screenWorker(long inspectionId, UUID clientId,
            VictimCommands.Registration registration) {
        QorgauUser user = inspector();
        Inspection inspection = load(inspectionId, user);
        if (clientId != null) {
            Optional<Long> sent = jdbc.sql("select victim_id from inspections_screening where inspection_id = ?"
                    + " and client_id = ?").params(inspectionId, clientId).query(Long.class).optional();
            if (sent.isPresent()) {
                return victimDetails.get(sent.get());
            }
        }
        VictimViews.VictimView victim = victims.register(registration);
        link(inspection, victim.id(), victim.reference(), registration.screening().screenedOn(), registration
                .screening().decision(), clientId, user);
        return victim;
    }

    /**
     * Links a victim record the inspectorate made by screening a worker (earlier, or entered apart) to the
     * inspection where the worker was met: a record of another organisation is refused, so that the link opens
     * nothing the inspectorate could not see.
     */
    @Requires(Permission.INSPECTIONS)
    @Transactional
    public void linkScreening(long inspectionId, long victimId) {
        QorgauUser user = inspector();
        Inspection inspection = load(inspectionId, user);
        VictimViews.VictimView victim = victimDetails.get(victimId);
        if (victim.registeredByOrganisationId() != user.organisationId() || victim.screenings().isEmpty()) {
            throw new RuleViolationException("inspection.error.victim-not-own");
        }
        VictimViews.ScreeningView first = victim.screenings().stream().min(Comparator.comparingInt(
                VictimViews.ScreeningView::number)).orElseThrow();
        link(inspection, victim.id(), victim.reference(), first.screenedOn(), first.decision(), null, user);
    }

    private void link(Inspection inspection, long victimId, String reference, LocalDate screenedOn,
            TraffickingStatus decision, UUID clientId, QorgauUser user) {
        if (jdbc.sql("select exists (select 1 from inspections_screening where victim_id = ?)").param(victimId)
                .query(Boolean.class).single()) {
            throw new RuleViolationException("inspection.error.victim-linked");
        }
        jdbc.sql("insert into inspections_screening (inspection_id, victim_id, victim_reference, screened_on, decision,"
                + " client_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)").params(inspection.id(),
                        victimId, reference, screenedOn, decision.name(), clientId, user.getUsername(), Timestamp
                                .from(clock.instant())).update();
        audit.record(AuditEvent.of("INSPECTION_WORKER_SCREENED", "inspection", inspection.id()).with("reference",
                inspection.reference()).with("victim", reference).with("decision", decision));
    }

    private Inspection inspection(QorgauUser user, InspectionCommands.Recording recording, String reference,
            LocalDate today, Instant now) {
        if (recording.region() != null && recording.startedOn() != null && regions.find(recording.region(),
                recording.startedOn()).isEmpty()) {
            throw new InvalidFieldException("region", "inspection.error.region-unknown");
        }
        return Inspection.record(reference, user.organisationId(), recording, user.getUsername(), today, now);
    }

    /** The user, an inspector of an inspectorate still active. */
    private QorgauUser inspector() {
        QorgauUser user = QorgauUser.required();
        organisations.find(user.organisationId()).filter(organisation -> organisation.active())
                .orElseThrow(() -> new NotFoundException("inspection.error.not-found"));
        return user;
    }

    /** The inspection, when the user's inspectorate recorded it; otherwise it does not exist for them. */
    Inspection load(long id, QorgauUser user) {
        return inspections.findById(id).filter(found -> scope.inspects(user, found))
                .orElseThrow(() -> new NotFoundException("inspection.error.not-found"));
    }

    /** As many new references, none of them taken: drawn at once, the taken ones found in one query and drawn again. */
    private Set<String> newReferences(int count) {
        Set<String> references = new LinkedHashSet<>();
        while (references.size() < count) {
            Set<String> drawn = new LinkedHashSet<>();
            while (drawn.size() < count - references.size()) {
                String reference = RandomReference.next('L');
                if (!references.contains(reference)) {
                    drawn.add(reference);
                }
            }
            Set<String> taken = Set.copyOf(jdbc.sql(
                    "select reference from inspections_inspection where reference = any(?)")
                    .param(drawn.toArray(String[]::new)).query(String.class).list());
            drawn.stream().filter(reference -> !taken.contains(reference)).forEach(references::add);
        }
        return references;
    }

    private String newReference() {
        return newReferences(1).iterator().next();
    }
}
