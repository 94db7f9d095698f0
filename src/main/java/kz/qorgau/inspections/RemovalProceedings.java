package kz.qorgau.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.Regions;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.SqlLike;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;

/**
 * Removal proceedings of the migration service: the decision, the screening of the person before removal (made
 * through the victims module's screening, one implementation: the victim record it creates is the screening's
 * record), the reason when screening was not possible, and the execution, refused until one of the two is recorded.
 * A migration officer reaches their own service's removals; for anyone else a removal does not exist.
 */
@Service
public class RemovalProceedings {

    private final Removals removals;
    private final PersonRegistry persons;
    private final VictimRegistry victims;
    private final Regions regions;
    private final AuditTrail audit;
    private final DisplayFormat format;
    private final Clock clock;
    private final JdbcClient jdbc;

    RemovalProceedings(Removals removals, PersonRegistry persons, VictimRegistry victims, Regions regions,
            AuditTrail audit, DisplayFormat format, Clock clock, JdbcClient jdbc) {
        this.removals = removals;
        this.persons = persons;
        this.victims = victims;
        this.regions = regions;
        this.audit = audit;
        this.format = format;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Records the decision to remove a person the officer reaches in the registry; returns the removal's id. */
    @Requires(Permission.REMOVALS)
    @Transactional
    public long decide(RemovalCommands.Decision decision) {
        QorgauUser user = QorgauUser.required();
        if (decision.personId() == null) {
            throw new InvalidFieldException("personId", "removal.error.person-required");
        }
        // the person, as the officer reaches them: one they could not see is not found
        persons.summary(new PersonId(decision.personId()));
        if (decision.region() != null && decision.decidedOn() != null && regions.find(decision.region(), decision
                .decidedOn()).isEmpty()) {
            throw new InvalidFieldException("region", "removal.error.region-unknown");
        }
        Removal removal = removals.save(Removal.decide(newReference(), user.organisationId(), decision.personId(),
                decision, user.getUsername(), format.today(), clock.instant()));
        audit.record(AuditEvent.of("REMOVAL_DECIDED", "removal", removal.id()).with("reference", removal.reference())
                .with("kind", removal.kind()).with("citizenship", removal.citizenship()));
        return removal.id();
    }

    /**
     * The person's screening before removal: a victim record of the removal's person, registered by the victims
     * module; a possible or presumed victim stops the removal and, a foreigner, starts the reflection period.
     */
    @Requires(Permission.REMOVALS)
    @Transactional
    public VictimViews.VictimView screen(long id, VictimCommands.Registration registration) {
        QorgauUser user = QorgauUser.required();
        Removal removal = load(id, user);
        removal.checkScreening();
        VictimViews.VictimView victim = victims.register(new VictimCommands.Registration(removal.personId(), false,
                registration.situation(), registration.screening(), registration.consents()));
        removal.screened(victim.id(), victim.reference(), registration.screening().screenedOn(), victim.status());
        if (removal.foundVictim() && victim.foreign() && victim.reflection() == null) {
            victim = victims.startReflectionPeriod(victim.id());
        }
        removals.save(removal);
        audit.record(AuditEvent.of("REMOVAL_SCREENED", "removal", id).with("reference", removal.reference())
                .with("victim", victim.reference()).with("decision", removal.screeningDecision())
                .with("status", removal.status()));
        return victim;
    }

    /** The person could not be screened: the reason, counted; the removal may then be executed. */
    @Requires(Permission.REMOVALS)
    @Transactional
    public void screeningNotPossible(long id, RemovalCommands.NoScreening noScreening) {
        QorgauUser user = QorgauUser.required();
        Removal removal = load(id, user);
        removal.screeningNotPossible(noScreening.reason(), noScreening.on(), format.today());
        removals.save(removal);
        audit.record(AuditEvent.of("REMOVAL_NOT_SCREENED", "removal", id).with("reference", removal.reference())
                .with("reason", removal.noScreeningReason()));
    }

    /** The person left the country: refused while no screening (or reason) is recorded, and on a stopped removal. */
    @Requires(Permission.REMOVALS)
    @Transactional
    public void execute(long id, RemovalCommands.Execution execution) {
        QorgauUser user = QorgauUser.required();
        Removal removal = load(id, user);
        removal.execute(execution.executedOn(), format.today());
        removals.save(removal);
        audit.record(AuditEvent.of("REMOVAL_EXECUTED", "removal", id).with("reference", removal.reference())
                .with("screening", RemovalViews.Screening.of(removal.screeningDecision(), removal
                        .noScreeningReason())));
    }

    /** The service's removals, latest decision first, by reference or the victim record's reference. */
    @Requires(Permission.REMOVALS)
    @Transactional(readOnly = true)
    public PageResponse<RemovalViews.RemovalListItem> list(RemovalCommands.Search search, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        String text = search.text() == null || search.text().isBlank() ? null : search.text().strip();
        String where = "r.organisation_id = :organisation"
                + " and (cast(:text as text) is null or r.reference = upper(:text) or r.victim_reference = upper(:text)"
                + " or r.decision_number ilike :pattern)"
                + " and (cast(:status as text) is null or r.status = :status)";
        String status = search.status() == null ? null : search.status().name();
        long total = jdbc.sql("select count(*) from inspections_removal r where " + where)
                .param("organisation", user.organisationId()).param("text", text)
                .param("pattern", text == null ? null : SqlLike.containing(text)).param("status", status)
                .query(Long.class).single();
        List<RemovalViews.RemovalListItem> items = jdbc.sql("select r.id, r.reference, r.decided_on, r.kind,"
                + " r.citizenship, r.region, r.status, r.screening_decision, r.no_screening_reason"
                + " from inspections_removal r where " + where
                + " order by r.status <> 'PENDING', r.decided_on desc, r.id desc limit :limit offset :offset")
                .param("organisation", user.organisationId()).param("text", text)
                .param("pattern", text == null ? null : SqlLike.containing(text)).param("status", status)
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new RemovalViews.RemovalListItem(rs.getLong("id"), rs.getString("reference"), rs
                        .getObject("decided_on", LocalDate.class), RemovalKind.valueOf(rs.getString("kind")),
                        CountryCode.of(rs.getString("citizenship")), new RegionCode(rs.getString("region")),
                        RemovalStatus.valueOf(rs.getString("status")), RemovalViews.Screening.of(rs.getString(
                                "screening_decision") == null ? null : TraffickingStatus.valueOf(rs
                                        .getString("screening_decision")), rs.getString("no_screening_reason") == null
                                                ? null : NoScreeningReason.valueOf(rs.getString(
                                                        "no_screening_reason")))))
                .list();
        return PageResponse.of(items, pageable, total);
    }

    /** The removal, to the service that recorded it. */
    @Requires(Permission.REMOVALS)
    @Transactional(readOnly = true)
    public RemovalViews.RemovalView get(long id) {
        Removal removal = load(id, QorgauUser.required());
        return new RemovalViews.RemovalView(removal.id(), removal.reference(), new RegionCode(removal.region()),
                removal.personId(), persons.summary(new PersonId(removal.personId())).pseudonym(), CountryCode.of(
                        removal.citizenship()), removal.kind(), removal.decisionNumber(), removal.decidedOn(),
                removal.status(), RemovalViews.Screening.of(removal.screeningDecision(), removal
                        .noScreeningReason()), removal.victimId(), removal.victimReference(), removal.screenedOn(),
                removal.screeningDecision(), removal.noScreeningReason(), removal.noScreeningOn(), removal
                        .stoppedOn(), removal.executedOn(), removal.recordedBy());
    }

    /** The removal, when the user's service recorded it; otherwise it does not exist for them. */
    private Removal load(long id, QorgauUser user) {
        return removals.findById(id).filter(found -> user.may(Permission.REMOVALS) && found.organisationId() == user
                .organisationId()).orElseThrow(() -> new NotFoundException("removal.error.not-found"));
    }

    private String newReference() {
        return RandomReference.unused('D', removals::existsByReference);
    }
}
