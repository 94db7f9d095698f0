package kz.qorgau.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
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
 * The National Referral Mechanism's commands: referrals between organisations behind the consent gate, answered
 * by the receiver, revoked by the sender while pending, transfers of case ownership, each step noticed to the
 * other side ({@link ReferralNotices}), and the services delivered. What a user reads of them is
 * {@link ReferralList} and {@link ReferralDetails}. Every step is audited in its transaction (by references, never a
 * person); notes are sealed, as they may name people.
 */
@Service
public class ReferralMechanism {

    static final int TEXT_LENGTH = 4_000;

    /** The organisations a crime is reported to. */
    static final Set<OrganisationType> POLICE = Set.of(OrganisationType.POLICE_UNIT, OrganisationType.LAW_ENFORCEMENT);

    private final Referrals referrals;
    private final ServiceEpisodes episodes;
    private final VictimRegistry victims;
    private final VictimDetails victimDetails;
    private final ReferralDetails details;
    private final ReferralNotices notices;
    private final ReferralProviders providers;
    private final OrganisationRegistry organisations;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final Clock clock;
    private final DisplayFormat format;
    private final ReferralSettings settings;

    ReferralMechanism(Referrals referrals, ServiceEpisodes episodes, VictimRegistry victims,
            VictimDetails victimDetails, ReferralDetails details, ReferralNotices notices, ReferralProviders providers,
            OrganisationRegistry organisations, FieldEncryption encryption, AuditTrail audit, Clock clock,
            DisplayFormat format, ReferralSettings settings) {
        this.referrals = referrals;
        this.episodes = episodes;
        this.victims = victims;
        this.victimDetails = victimDetails;
        this.details = details;
        this.notices = notices;
        this.providers = providers;
        this.organisations = organisations;
        this.encryption = encryption;
        this.audit = audit;
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
        OrganisationSummary receiver = organisations.find(command.toOrganisationId()).filter(
                OrganisationSummary::active)
                .orElseThrow(() -> new RuleViolationException("referral.error.receiver-unknown"));
        ReferralKind kind = command.kind() == null ? ReferralKind.REFERRAL : command.kind();
        ReferralRules.checkSendable(victim, user.organisationId(), receiver.id(), kind, providers.acceptsChildren(
                receiver.id()));
        if (kind == ReferralKind.REPORT) {
            ReferralRules.checkReport(victim, POLICE.contains(receiver.type()));
        }
        LocalDate today = today();
        String reference = newReference();
        LocalDate due = command.answerDueOn() == null ? defaultAnswerDate() : command.answerDueOn();
        Referral referral = referrals.save(Referral.send(reference, victim.victimId(), !victim.carriesIdentity(), kind,
                receiver.id(), command.services(), due, seal(command.details(), detailsContext(reference)), actor(user),
                today, clock.instant()));
        audit.record(AuditEvent.of("REFERRAL_SENT", "referral", referral.id()).with("reference", reference)
                .with("victim", victim.reference()).with("to", receiver.id()).with("kind", kind)
                .with("services", referral.services()).with("anonymous", referral.anonymous()).with("due", due));
        notices.notifyOtherSide(referral, StepKind.SENT, user);
        return details.get(referral.id());
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
        notices.notifyOtherSide(referral, StepKind.ACCEPTED, user);
        return details.get(referral.id());
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
        notices.notifyOtherSide(referral, StepKind.DECLINED, user);
        return details.get(referral.id());
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
        notices.notifyOtherSide(referral, StepKind.COMPLETED, user);
        return details.get(referral.id());
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
        notices.notifyOtherSide(referral, StepKind.REVOKED, user);
        return details.get(referral.id());
    }

    /** The day by which a referral sent today is to be answered, unless the sender sets an earlier one. */
    public LocalDate defaultAnswerDate() {
        return today().plusDays(settings.answerDays());
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
        if (!details.assists(victim, user)) {
            throw new RuleViolationException("service.error.not-assisting");
        }
        if (command.referralId() != null && referrals.findById(command.referralId())
                .filter(found -> found.victimId() == victim.victimId() && found.toOrganisationId() == user
                        .organisationId()
                        && (found.status() == ReferralStatus.ACCEPTED || found.status() == ReferralStatus.COMPLETED))
                .isEmpty()) {
            throw new RuleViolationException("service.error.referral");
        }
        ServiceEpisode episode = episodes.save(ServiceEpisode.record(victim.victimId(), command.referralId(),
                user.organisationId(), command.service(), command.startedOn(), command.endedOn(), command.costKzt(),
                command.fundingSource(), user.getUsername(), today(), clock.instant()));
        audit.record(AuditEvent.of("SERVICE_RECORDED", "service-episode", episode.id()).with("victim", victim
                .reference())
                .with("service", episode.service()).with("from", episode.startedOn()).with("to", episode.endedOn())
                .with("costKzt", episode.costKzt()).with("funding", episode.fundingSource()));
        return episode(episode);
    }

    /**
     * Ends a service of the user's organisation that was recorded without its end, with its cost (a shelter stay
     * at discharge). Another organisation's service does not exist for the user.
     */
    @Requires(Permission.REFERRALS)
    @Transactional
    public ReferralViews.EpisodeView endService(long episodeId, LocalDate endedOn, Long costKzt) {
        QorgauUser user = QorgauUser.required();
        ServiceEpisode episode = episodes.findById(episodeId)
                .filter(found -> found.organisationId() == user.organisationId())
                .orElseThrow(() -> new NotFoundException("service.error.not-found"));
        episode.end(endedOn, costKzt, today());
        episodes.save(episode);
        audit.record(AuditEvent.of("SERVICE_ENDED", "service-episode", episode.id()).with("to", episode.endedOn())
                .with("costKzt", episode.costKzt()));
        return episode(episode);
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

    private static ReferralViews.EpisodeView episode(ServiceEpisode episode) {
        return new ReferralViews.EpisodeView(episode.id(), episode.victimId(), episode.referralId(),
                episode.organisationId(), episode.service(), episode.startedOn(), episode.endedOn(), episode.costKzt(),
                episode.fundingSource(), episode.recordedBy());
    }

    private String newReference() {
        return RandomReference.unused('R', referrals::existsByReference);
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

    static String detailsContext(String reference) {
        return "referral.details/" + reference;
    }

    /** The context of the note of the step about to be added. */
    private static String stepContext(Referral referral) {
        return stepContext(referral.reference(), referral.steps().size());
    }

    static String stepContext(String reference, int seq) {
        return "referral.step-note/" + reference + "/" + seq;
    }

    private static Referral.Actor actor(QorgauUser user) {
        return new Referral.Actor(user.getUsername(), user.organisationId());
    }

    private LocalDate today() {
        return format.today();
    }
}
