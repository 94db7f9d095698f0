package kz.qorgau.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.victims.VictimDetails;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The National Referral Mechanism: referrals between organisations behind the consent gate, answered by
 * the receiver, revoked by the sender while pending, transfers of case ownership, notifications to the
 * other side, and the services delivered. Every step is audited in its transaction (by references, never a
 * person); notes are sealed, as they may name people.
 */
@Service
public class ReferralMechanism {

    static final int TEXT_LENGTH = 4_000;

    private final Referrals referrals;
    private final ServiceEpisodes episodes;
    private final VictimRegistry victims;
    private final VictimDetails victimDetails;
    private final OrganisationRegistry organisations;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DisplayFormat format;
    private final ReferralSettings settings;

    ReferralMechanism(Referrals referrals, ServiceEpisodes episodes, VictimRegistry victims,
            VictimDetails victimDetails, OrganisationRegistry organisations, FieldEncryption encryption, AuditTrail audit, JdbcClient jdbc,
            Clock clock, DisplayFormat format, ReferralSettings settings) {
        this.referrals = referrals;
        this.episodes = episodes;
        this.victims = victims;
        this.victimDetails = victimDetails;
        this.organisations = organisations;
        this.encryption = encryption;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.format = format;
        this.settings = settings;
    }

    // --- the steps of a referral

    /**
     * Refers a victim the user sees to another organisation. An identified victim needs their consent to be
     * referred; an anonymous record is referred without identity; an unaccompanied child only to a provider
     * that accepts children; a transfer only by the case owner.
     */
    @Requires(Permission.REFERRALS)
    @Transactional
    public ReferralViews.ReferralView send(ReferralCommands.NewReferral command) {
        QorgauUser user = QorgauUser.required();
        VictimViews.ReferralFacts victim = victimDetails.referralFacts(command.victimId());
        OrganisationSummary receiver = organisations.find(command.toOrganisationId()).filter(OrganisationSummary::active)
                .orElseThrow(() -> new RuleViolationException("referral.error.receiver-unknown"));
        ReferralKind kind = command.kind() == null ? ReferralKind.REFERRAL : command.kind();
        ReferralRules.checkSendable(victim, user.organisationId(), receiver.id(), kind, acceptsChildren(receiver.id()));
        LocalDate today = today();
        String reference = newReference();
        LocalDate due = command.answerDueOn() == null ? defaultAnswerDate() : command.answerDueOn();
        Referral referral = referrals.save(Referral.send(reference, victim.victimId(), !victim.carriesIdentity(), kind,
                receiver.id(), command.services(), due, seal(command.details(), detailsContext(reference)), actor(user),
                today, clock.instant()));
        audit.record(AuditEvent.of("REFERRAL_SENT", "referral", referral.id()).with("reference", reference)
                .with("victim", victim.reference()).with("to", receiver.id()).with("kind", kind)
                .with("services", referral.services()).with("anonymous", referral.anonymous()).with("due", due));
        notifyOtherSide(referral, StepKind.SENT, user);
        return view(referral, user);
    }

    @Requires(Permission.REFERRALS)
    @Transactional
    public ReferralViews.ReferralView accept(long id) {
        QorgauUser user = QorgauUser.required();
        Referral referral = load(id, user);
        referral.accept(actor(user), today(), clock.instant());
        referrals.save(referral);
        if (referral.kind() == ReferralKind.TRANSFER) {
            // Before this change's audit entry: the audit chain's lock comes after every row the change writes,
            // so that a change of the same victim at the same moment meets this one on the victim's row (409),
            // not in a deadlock with the chain's lock.
            victims.takeOver(referral.victimId());
        }
        audit.record(AuditEvent.of("REFERRAL_ACCEPTED", "referral", id).with("reference", referral.reference()));
        notifyOtherSide(referral, StepKind.ACCEPTED, user);
        return view(referral, user);
    }

    @Requires(Permission.REFERRALS)
    @Transactional
    public ReferralViews.ReferralView decline(long id, ReferralCommands.Decline decline) {
        QorgauUser user = QorgauUser.required();
        Referral referral = load(id, user);
        referral.decline(decline.reason(), seal(decline.note(), stepContext(referral)), actor(user), today(),
                clock.instant());
        referrals.save(referral);
        audit.record(AuditEvent.of("REFERRAL_DECLINED", "referral", id).with("reference", referral.reference())
                .with("reason", decline.reason()));
        notifyOtherSide(referral, StepKind.DECLINED, user);
        return view(referral, user);
    }

    @Requires(Permission.REFERRALS)
    @Transactional
    public ReferralViews.ReferralView complete(long id, ReferralCommands.Note note) {
        QorgauUser user = QorgauUser.required();
        Referral referral = load(id, user);
        referral.complete(seal(note == null ? null : note.note(), stepContext(referral)), actor(user), today(),
                clock.instant());
        referrals.save(referral);
        audit.record(AuditEvent.of("REFERRAL_COMPLETED", "referral", id).with("reference", referral.reference()));
        notifyOtherSide(referral, StepKind.COMPLETED, user);
        return view(referral, user);
    }

    @Requires(Permission.REFERRALS)
    @Transactional
    public ReferralViews.ReferralView revoke(long id, ReferralCommands.Note note) {
        QorgauUser user = QorgauUser.required();
        Referral referral = load(id, user);
        referral.revoke(seal(note == null ? null : note.note(), stepContext(referral)), actor(user), today(),
                clock.instant());
        referrals.save(referral);
        audit.record(AuditEvent.of("REFERRAL_REVOKED", "referral", id).with("reference", referral.reference()));
        notifyOtherSide(referral, StepKind.REVOKED, user);
        return view(referral, user);
    }

    /** The day by which a referral sent today is to be answered, unless the sender sets an earlier one. */
    public LocalDate defaultAnswerDate() {
        return today().plusDays(settings.answerDays());
    }

    // --- reading

    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public ReferralViews.ReferralView get(long id) {
        QorgauUser user = QorgauUser.required();
        return view(load(id, user), user);
    }

    /**
     * The referrals and services of a victim the user sees: all of them for the organisation that owns the
     * case; otherwise those the user's organisation sent, received or delivered.
     */
    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public ReferralViews.VictimSection forVictim(long victimId) {
        QorgauUser user = QorgauUser.required();
        VictimViews.ReferralFacts victim = victimDetails.referralFacts(victimId);
        long organisation = user.organisationId();
        boolean owner = victim.ownerOrganisationId() == organisation;
        LocalDate today = today();
        Map<Long, String> references = Map.of(victimId, victim.reference());
        List<ReferralViews.ReferralListItem> items = referrals.findByVictimIdOrderByIdDesc(victimId).stream()
                .filter(referral -> owner || referral.fromOrganisationId() == organisation
                        || referral.toOrganisationId() == organisation)
                .map(referral -> item(referral, references, today)).toList();
        List<ReferralViews.EpisodeView> delivered = episodes.findByVictimIdOrderByStartedOnDescIdDesc(victimId).stream()
                .filter(episode -> owner || episode.organisationId() == organisation).map(ReferralMechanism::episode)
                .toList();
        return new ReferralViews.VictimSection(victimId, victim.reference(), victim.anonymous(), victim.mayBeReferred(),
                victim.consentToRefer(), items, delivered,
                delivered.stream().mapToLong(ReferralViews.EpisodeView::costKzt).sum(), mayRecordService(victim, user));
    }

    // --- services delivered

    /**
     * Records a service the user's organisation delivered to a victim: it must own the case or have accepted
     * a referral of the victim; a referral named must be that one.
     */
    @Requires(Permission.REFERRALS)
    @Transactional
    public ReferralViews.EpisodeView recordService(ReferralCommands.NewEpisode command) {
        QorgauUser user = QorgauUser.required();
        VictimViews.ReferralFacts victim = victimDetails.referralFacts(command.victimId());
        if (!mayRecordService(victim, user)) {
            throw new RuleViolationException("service.error.not-assisting");
        }
        if (command.referralId() != null && referrals.findById(command.referralId())
                .filter(found -> found.victimId() == victim.victimId() && found.toOrganisationId() == user.organisationId()
                        && (found.status() == ReferralStatus.ACCEPTED || found.status() == ReferralStatus.COMPLETED))
                .isEmpty()) {
            throw new RuleViolationException("service.error.referral");
        }
        ServiceEpisode episode = episodes.save(ServiceEpisode.record(victim.victimId(), command.referralId(),
                user.organisationId(), command.service(), command.startedOn(), command.endedOn(), command.costKzt(),
                command.fundingSource(), user.getUsername(), today(), clock.instant()));
        audit.record(AuditEvent.of("SERVICE_RECORDED", "service-episode", episode.id()).with("victim", victim.reference())
                .with("service", episode.service()).with("from", episode.startedOn()).with("to", episode.endedOn())
                .with("costKzt", episode.costKzt()).with("funding", episode.fundingSource()));
        return episode(episode);
    }

    // --- notifications to the other side

    /** The notifications of the user's organisation, unread first, newest first. */
    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public List<ReferralViews.NotificationView> notifications() {
        QorgauUser user = QorgauUser.required();
        return jdbc.sql("""
                select n.id, n.referral_id, r.reference, n.step, n.by_organisation_id, n.created_at, n.read_at is not null as read
                from referrals_notification n join referrals_referral r on r.id = n.referral_id
                where n.organisation_id = :organisation
                order by n.read_at is not null, n.created_at desc, n.id desc limit 50""")
                .param("organisation", user.organisationId())
                .query((rs, n) -> new ReferralViews.NotificationView(rs.getLong("id"), rs.getLong("referral_id"),
                        rs.getString("reference"), StepKind.valueOf(rs.getString("step")), rs.getLong("by_organisation_id"),
                        rs.getTimestamp("created_at").toInstant(), rs.getBoolean("read")))
                .list();
    }

    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public long unreadNotifications() {
        QorgauUser user = QorgauUser.required();
        return jdbc.sql("select count(*) from referrals_notification where organisation_id = ? and read_at is null")
                .param(user.organisationId()).query(Long.class).single();
    }

    /** Marks the organisation's notifications read. */
    @Requires(Permission.REFERRALS)
    @Transactional
    public void markNotificationsRead() {
        QorgauUser user = QorgauUser.required();
        jdbc.sql("update referrals_notification set read_at = :now where organisation_id = :organisation and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("organisation", user.organisationId()).update();
    }

    // --- providers

    /** Whether the organisation takes unaccompanied children (not unless its profile says so). */
    @Transactional(readOnly = true)
    public boolean acceptsChildren(long organisationId) {
        return jdbc.sql("select coalesce((select accepts_children from referrals_provider where organisation_id = ?), false)")
                .param(organisationId).query(Boolean.class).single();
    }

    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional(readOnly = true)
    public List<ReferralViews.ProviderView> providers() {
        return jdbc.sql("select organisation_id, accepts_children from referrals_provider order by organisation_id")
                .query((rs, n) -> new ReferralViews.ProviderView(rs.getLong(1), rs.getBoolean(2))).list();
    }

    /** Sets a provider's profile (administrators). */
    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional
    public ReferralViews.ProviderView setProfile(long organisationId, ReferralCommands.ProviderProfile profile) {
        organisations.get(organisationId);
        jdbc.sql("""
                insert into referrals_provider (organisation_id, accepts_children, updated_at) values (:id, :children, :now)
                on conflict (organisation_id) do update set accepts_children = excluded.accepts_children,
                updated_at = excluded.updated_at""")
                .param("id", organisationId).param("children", profile.acceptsChildren())
                .param("now", Timestamp.from(clock.instant())).update();
        audit.record(AuditEvent.of("PROVIDER_PROFILE_CHANGED", "organisation", organisationId)
                .with("acceptsChildren", profile.acceptsChildren()));
        return new ReferralViews.ProviderView(organisationId, profile.acceptsChildren());
    }

    // --- rules around the aggregate

    /** A referral exists for the user when their organisation sent or received it. */
    private Referral load(long id, QorgauUser user) {
        if (!user.may(Permission.REFERRALS)) {
            throw new AccessDeniedException("referrals");
        }
        return referrals.findById(id).filter(referral -> referral.fromOrganisationId() == user.organisationId()
                || referral.toOrganisationId() == user.organisationId())
                .orElseThrow(() -> new NotFoundException("referral.error.not-found"));
    }

    private boolean mayRecordService(VictimViews.ReferralFacts victim, QorgauUser user) {
        return victim.ownerOrganisationId() == user.organisationId() || jdbc.sql("select exists (select 1 from "
                        + "referrals_referral where victim_id = :victim and to_organisation_id = :organisation "
                        + "and status in ('ACCEPTED', 'COMPLETED'))")
                .param("victim", victim.victimId()).param("organisation", user.organisationId())
                .query(Boolean.class).single();
    }

    private void notifyOtherSide(Referral referral, StepKind step, QorgauUser user) {
        jdbc.sql("insert into referrals_notification (organisation_id, referral_id, step, by_organisation_id, created_at) "
                        + "values (:organisation, :referral, :step, :by, :now)")
                .param("organisation", referral.otherSide(user.organisationId())).param("referral", referral.id())
                .param("step", step.name()).param("by", user.organisationId())
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private static ReferralViews.ReferralListItem item(Referral referral, Map<Long, String> victimReferences,
            LocalDate today) {
        return new ReferralViews.ReferralListItem(referral.id(), referral.reference(), referral.victimId(),
                victimReferences.get(referral.victimId()), referral.anonymous(), referral.kind(),
                referral.fromOrganisationId(), referral.toOrganisationId(), referral.services(), referral.status(),
                referral.sentOn(), referral.answerDueOn(), referral.overdue(today));
    }

    private ReferralViews.ReferralView view(Referral referral, QorgauUser user) {
        LocalDate today = today();
        long organisation = user.organisationId();
        List<ReferralStep> steps = referral.steps();
        List<ReferralViews.StepView> stepViews = new ArrayList<>();
        for (int seq = 0; seq < steps.size(); seq++) {
            ReferralStep step = steps.get(seq);
            stepViews.add(new ReferralViews.StepView(step.step(), step.occurredOn(), step.recordedAt(),
                    step.recordedBy(), step.organisationId(), step.reason(),
                    encryption.decrypt(step.note(), stepContext(referral.reference(), seq))));
        }
        List<ReferralViews.EpisodeView> delivered = episodes.findByVictimIdOrderByStartedOnDescIdDesc(referral.victimId())
                .stream().filter(episode -> referral.id().equals(episode.referralId())).map(ReferralMechanism::episode)
                .toList();
        boolean receiver = referral.toOrganisationId() == organisation;
        return new ReferralViews.ReferralView(referral.id(), referral.reference(), referral.victimId(),
                victimDetails.references(List.of(referral.victimId())).get(referral.victimId()), referral.anonymous(),
                referral.kind(), referral.fromOrganisationId(), referral.toOrganisationId(), referral.services(),
                referral.status(), referral.sentOn(), referral.answerDueOn(), referral.overdue(today),
                encryption.decrypt(referral.details(), detailsContext(referral.reference())), stepViews, delivered,
                receiver && referral.status() == ReferralStatus.PENDING,
                receiver && referral.status() == ReferralStatus.ACCEPTED,
                referral.fromOrganisationId() == organisation && referral.status() == ReferralStatus.PENDING,
                receiver && (referral.status() == ReferralStatus.ACCEPTED || referral.status() == ReferralStatus.COMPLETED),
                victimDetails.visibleTo(referral.victimId(), user));
    }

    private static ReferralViews.EpisodeView episode(ServiceEpisode episode) {
        return new ReferralViews.EpisodeView(episode.id(), episode.victimId(), episode.referralId(),
                episode.organisationId(), episode.service(), episode.startedOn(), episode.endedOn(), episode.costKzt(),
                episode.fundingSource(), episode.recordedBy());
    }

    private String newReference() {
        String reference = RandomReference.next('R');
        while (referrals.existsByReference(reference)) {
            reference = RandomReference.next('R');
        }
        return reference;
    }

    private byte[] seal(String text, String context) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > TEXT_LENGTH) {
            throw new RuleViolationException("referral.error.text-too-long", TEXT_LENGTH);
        }
        return encryption.encrypt(text.strip(), context);
    }

    private static String detailsContext(String reference) {
        return "referral.details/" + reference;
    }

    /** The context of the note of the step about to be added. */
    private static String stepContext(Referral referral) {
        return stepContext(referral.reference(), referral.steps().size());
    }

    private static String stepContext(String reference, int seq) {
        return "referral.step-note/" + reference + "/" + seq;
    }

    private static Referral.Actor actor(QorgauUser user) {
        return new Referral.Actor(user.getUsername(), user.organisationId());
    }

    private LocalDate today() {
        return format.today();
    }
}
