package kz.qorgau.victims;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.CaseDetails;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.identity.BreakGlass;
import kz.qorgau.identity.GuardedRecord;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.Regions;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonLink;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.PersonSummary;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import java.util.Optional;

/**
 * The commands on victim records: identification by screening, the status history, consent, rights, the
 * entitlements of foreign victims, participation in proceedings and compensation, each recorded by the user's
 * organisation within {@link VictimScope}: load the record, let it (or the entry beside it) check and change,
 * audit in the same transaction. Audit entries name the record by its reference, never a person. What a command
 * answers is the record as {@link VictimDetails} shows it; the lists are {@link VictimList}.
 */
@Service
public class VictimRegistry {

    static final int TEXT_LENGTH = 4_000;

    private final Victims victims;
    private final Screenings screenings;
    private final VictimEntries entries;
    private final VictimScope scope;
    private final VictimDetails details;
    private final PersonRegistry persons;
    private final CriminalCases cases;
    private final CaseDetails caseDetails;
    private final OrganisationRegistry organisations;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final Clock clock;
    private final DisplayFormat format;
    private final BreakGlass breakGlass;
    private final Regions regions;

    VictimRegistry(Victims victims, Screenings screenings, VictimEntries entries, VictimScope scope,
            VictimDetails details, PersonRegistry persons, CriminalCases cases, CaseDetails caseDetails,
            OrganisationRegistry organisations, FieldEncryption encryption, AuditTrail audit, Clock clock,
            DisplayFormat format, BreakGlass breakGlass, Regions regions) {
        this.regions = regions;
        this.victims = victims;
        this.screenings = screenings;
        this.entries = entries;
        this.scope = scope;
        this.details = details;
        this.persons = persons;
        this.cases = cases;
        this.caseDetails = caseDetails;
        this.organisations = organisations;
        this.encryption = encryption;
        this.audit = audit;
        this.clock = clock;
        this.format = format;
        this.breakGlass = breakGlass;
    }

    /** The rule's suggestion for screening answers (shown while the form is filled in; nothing is stored). */
    @Requires(Permission.VICTIMS)
    public DelphiRule.Suggestion suggest(Map<DelphiIndicator, Answer> answers, boolean child) {
        return DelphiRule.assess(answers, child);
    }

    // --- identification

    /**
     * Identifies a victim from a first screening: a new record with the screening's decision as its first
     * status, the consents asked, and what is known of the situation (the methods of control of the ILO
     * indicators found present are added to it).
     */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView register(VictimCommands.Registration registration) {
        return details.view(registered(registration), QorgauUser.required());
    }

    /** The same, without the view: for the bulk import, which reads none. */
    @Transactional
    Victim registered(VictimCommands.Registration registration) {
        QorgauUser user = QorgauUser.required();
        VictimCommands.Screening screening = registration.screening();
        if (screening == null) {
            throw new RuleViolationException("screening.error.decision-required");
        }
        Screening.checkDecision(screening.decision(), "screening");
        VictimCommands.Situation situation = registration.situation() == null
                ? VictimCommands.Situation.of(Sex.UNKNOWN) : registration.situation();
        PersonSummary person = null;
        boolean opensIdentity = false;
        if (registration.anonymous()) {
            if (registration.personId() != null) {
                throw new RuleViolationException("victim.error.anonymous-with-person");
            }
        } else {
            if (registration.personId() == null) {
                throw new RuleViolationException("victim.error.person-required");
            }
            PersonLink link = persons.link(new PersonId(registration.personId()));
            person = link.person();
            opensIdentity = link.opensIdentity();
            situation = withPersonProfile(situation, person,
                    screening.screenedOn() == null ? null : link.ageOn(screening.screenedOn()));
        }
        LocalDate today = today();
        LocalDate identifiedOn = screening.screenedOn();
        if (identifiedOn == null || identifiedOn.isAfter(today)) {
            throw new RuleViolationException(identifiedOn == null ? "victim.error.date-required"
                    : "victim.error.future-date");
        }
        Victim.Actor actor = actor(user);
        String reference = newReference();
        List<ConsentEntry> consents = new ArrayList<>();
        Map<ConsentScope, ConsentDecision> asked = new EnumMap<>(ConsentScope.class);
        asked.putAll(registration.consents());
        if (asked.containsKey(ConsentScope.LAW_ENFORCEMENT) && user.may(Permission.VICTIMS_OF_CASES)) {
            throw new RuleViolationException("victim.error.consent-own-law-enforcement");
        }
        for (Map.Entry<ConsentScope, ConsentDecision> answer : asked.entrySet()) {
            ConsentEntry entry = new ConsentEntry(answer.getKey(), answer.getValue(), identifiedOn, actor.username(),
                    actor.organisationId(), clock.instant());
            new Consents(consents).check(entry, today);
            consents.add(entry);
        }
        String reason = text(screening.reason(), "screening.error.reason-required");
        Victim victim = Victim.identify(reference, person == null ? null : person.id().value(), opensIdentity,
                identifiedOn,
                statusChange(reference, 0, screening.decision(), identifiedOn, reason, 1, user), consents, actor,
                clock.instant());
        Set<ControlMethod> control = new LinkedHashSet<>(situation.controlMethods());
        control.addAll(Screening.controlMethods(screening.iloAnswers()));
        situation = withControlMethods(situation, control);
        describe(victim, situation, today);
        victim.ageFromBirthYear(person == null ? null : person.birthYear());
        if (registration.anonymous() && victim.child()) {
            throw new RuleViolationException("victim.error.anonymous-child");
        }
        victim.checkIdentityConsent();
        victim = victims.save(victim);
        Screening first = screenings.save(Screening.record(victim.id(), 1, screening,
                seal(reason, screeningContext(reference, 1)), actor, today, clock.instant()));
        audit.record(AuditEvent.of("VICTIM_IDENTIFIED", "victim", victim.id()).with("reference", reference)
                .with("anonymous", victim.anonymous()).with("status", victim.status())
                .with("person", person == null ? "" : person.pseudonym()).with("opensIdentity", opensIdentity));
        audit.record(AuditEvent.of("VICTIM_SCREENED", "victim", victim.id()).with("reference", reference)
                .with("screening", first.number()).with("suggestion", first.suggestion())
                .with("decision", first.decision()));
        return victim;
    }

    /** A further screening of a known victim; a decision other than the current status becomes a status change. */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView screen(long victimId, VictimCommands.Screening screening) {
        return details.view(screened(victimId, screening), QorgauUser.required());
    }

    /** The same, without the view: for the bulk import, which reads none. */
    @Transactional
    Victim screened(long victimId, VictimCommands.Screening screening) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(victimId, user);
        LocalDate today = today();
        int number = screenings.countByVictimId(victimId) + 1;
        String reason = text(screening.reason(), "screening.error.reason-required");
        Screening recorded = screenings.save(Screening.record(victimId, number, screening,
                seal(reason, screeningContext(victim.reference(), number)), actor(user), today, clock.instant()));
        if (new StatusHistory(victim.statuses()).asOf(screening.screenedOn()).orElse(null) != screening.decision()) {
            victim.decideStatus(statusChange(victim.reference(), victim.statuses().size(), screening.decision(),
                    screening.screenedOn(), reason, number, user), today);
            victims.save(victim);
        }
        audit.record(AuditEvent.of("VICTIM_SCREENED", "victim", victimId).with("reference", victim.reference())
                .with("screening", number).with("suggestion", recorded.suggestion())
                .with("decision", recorded.decision()));
        return victim;
    }

    /**
     * Opens a victim record outside the user's scope, known by its reference, for a stated reason and a limited
     * time (law enforcement only: DESIGN.md §1, "break the glass"). A record in scope needs none. Answers its id.
     */
    @Requires(Permission.VICTIMS_OF_CASES)
    @Transactional(noRollbackFor = NotFoundException.class)
    public long breakGlass(String reference, String reason) {
        QorgauUser user = QorgauUser.required();
        String normalised = RandomReference.normalise('V', reference);
        Victim victim = normalised == null ? null : victims.findByReference(normalised).orElse(null);
        if (victim == null) {
            audit.record(AuditEvent.of("BREAK_GLASS_REFUSED", "victim", null).with("found", false));
            throw new NotFoundException("victim.error.not-found");
        }
        if (!scope.sees(user, victim)) {
            breakGlass.open(GuardedRecord.VICTIM, victim.id(), victim.reference(), reason);
        }
        return victim.id();
    }

    // --- changing

    /** Replaces what is known of the victim and the situation. */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView describe(long id, VictimCommands.Situation situation) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        if (!scope.maySeeSealedTexts(user, victim)) {
            // the form holds the sealed texts: whoever may not read them could only overwrite them blind
            throw new RuleViolationException("victim.error.not-assisting");
        }
        describe(victim, situation, today());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_DESCRIBED", "victim", id).with("reference", victim.reference()));
        return details.view(victim, user);
    }

    /**
     * Replaces the coded facts of the situation (what an import of the exchange format carries) and keeps the record's
     * sealed texts, which the format never carries: the recruitment place and the narrative stay as they are.
     */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView describeCodes(long id, VictimCommands.Situation situation) {
        return details.view(describedCodes(id, situation), QorgauUser.required());
    }

    /** The same, without the view: for the bulk import, which reads none. */
    @Transactional
    Victim describedCodes(long id, VictimCommands.Situation situation) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        if (!scope.maySeeSealedTexts(user, victim)) {
            throw new RuleViolationException("victim.error.not-assisting");
        }
        checkRegion(situation);
        victim.describe(situation, victim.recruitmentPlace(), victim.narrative(), today(), clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_DESCRIBED", "victim", id).with("reference", victim.reference()));
        return victim;
    }

    /** Records a decision on the trafficking status by the user's organisation. */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView decideStatus(long id, VictimCommands.StatusDecision decision) {
        return details.view(decidedStatus(id, decision), QorgauUser.required());
    }

    /** The same, without the view: for the bulk import, which reads none. */
    @Transactional
    Victim decidedStatus(long id, VictimCommands.StatusDecision decision) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        if (decision.status() == null) {
            throw new RuleViolationException("victim.error.status-required");
        }
        String reason = text(decision.reason(), "victim.error.reason-required");
        StatusChange change = statusChange(victim.reference(), victim.statuses().size(), decision.status(),
                decision.decidedOn(), reason, null, user);
        victim.decideStatus(change, today());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_STATUS_DECIDED", "victim", id).with("reference", victim.reference())
                .with("status", decision.status()).with("date", decision.decidedOn())
                .with("decidingType", change.decidingType()));
        return victim;
    }

    /** Records a victim's answer on a scope of consent; refusing or withdrawing processing anonymises the record. */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView recordConsent(long id, VictimCommands.ConsentAnswer answer) {
        return details.view(recordedConsent(id, answer), QorgauUser.required());
    }

    /** The same, without the view: for the bulk import, which reads none. */
    @Transactional
    Victim recordedConsent(long id, VictimCommands.ConsentAnswer answer) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        if (!scope.mayRecordConsent(user, victim)) {
            throw new RuleViolationException("victim.error.consent-not-assisting");
        }
        // What a person consented to, and whether they did, is theirs to say: never assumed for them.
        if (answer.scope() == null) {
            throw new RuleViolationException("victim.error.consent-scope-required");
        }
        if (answer.decision() == null) {
            throw new RuleViolationException("victim.error.consent-decision-required");
        }
        if (answer.scope() == ConsentScope.LAW_ENFORCEMENT && user.may(Permission.VICTIMS_OF_CASES)) {
            throw new RuleViolationException("victim.error.consent-own-law-enforcement");
        }
        boolean anonymised = victim.recordConsent(new ConsentEntry(answer.scope(), answer.decision(), answer
                .decidedOn(),
                user.getUsername(), user.organisationId(), clock.instant()), today());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_CONSENT_RECORDED", "victim", id).with("reference", victim.reference())
                .with("scope", answer.scope()).with("decision", answer.decision()).with("date", answer.decidedOn()));
        if (anonymised) {
            audit.record(AuditEvent.of("VICTIM_ANONYMISED", "victim", id).with("reference", victim.reference()));
        }
        return victim;
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView informOfRight(long id, VictimCommands.RightInformedOf informed) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        victim.informOfRight(new RightInformed(informed.right(), informed.informedOn(), user.getUsername(),
                user.organisationId(), clock.instant()), today());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_RIGHT_INFORMED", "victim", id).with("reference", victim.reference())
                .with("right", informed.right()).with("date", informed.informedOn()));
        return details.view(victim, user);
    }

    /** Starts the reflection period of a foreign victim (six months from identification). */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView startReflectionPeriod(long id) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        victim.startReflectionPeriod(clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_REFLECTION_STARTED", "victim", id).with("reference", victim.reference())
                .with("endsOn", victim.reflectionPeriod().orElseThrow().endsOn()));
        return details.view(victim, user);
    }

    /** Extends the reflection period to the expected end of the trial of a case the victim is linked to. */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView extendReflectionPeriod(long id, VictimCommands.ReflectionExtension extension) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        LocalDate today = today();
        LocalDate decidedOn = extension.decidedOn() != null ? extension.decidedOn() : today;
        victim.extendReflectionPeriod(decidedOn, extension.until(), !caseDetails.linksOfVictim(id).isEmpty(), today,
                clock.instant());
        victims.save(victim);
        entries.extensions.save(ReflectionPeriodExtension.record(id, entries.extensions(id).size(), decidedOn,
                extension.until(), user.getUsername()));
        audit.record(AuditEvent.of("VICTIM_REFLECTION_EXTENDED", "victim", id).with("reference", victim.reference())
                .with("decidedOn", decidedOn).with("endsOn", extension.until()));
        return details.view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView applyForPermit(long id, VictimCommands.PermitApplication application) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        Permit permit = entries.permits.save(Permit.apply(victim, entries.permits(id), application.kind(),
                application.appliedOn(), user.getUsername(), today()));
        audit.record(AuditEvent.of("VICTIM_PERMIT_APPLIED", "victim", id).with("reference", victim.reference())
                .with("permit", permit.seq()).with("kind", application.kind()).with("date", application.appliedOn()));
        return details.view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView decidePermit(long id, VictimCommands.PermitDecision decision) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        Permit permit = entries.permits.findByVictimIdAndSeq(id, decision.seq())
                .orElseThrow(() -> new RuleViolationException("victim.error.unknown-entry"));
        permit.decide(decision.outcome(), decision.decidedOn(), decision.validUntil(), today());
        entries.permits.save(permit);
        audit.record(AuditEvent.of("VICTIM_PERMIT_DECIDED", "victim", id).with("reference", victim.reference())
                .with("permit", decision.seq()).with("outcome", decision.outcome()).with("date", decision.decidedOn()));
        return details.view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView recordNonPunishment(long id, VictimCommands.NonPunishment screening) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        if (screening.context() == null) {
            throw new RuleViolationException("victim.error.non-punishment-context-required");
        }
        if (screening.offence() == null) {
            throw new RuleViolationException("victim.error.non-punishment-offence-required");
        }
        if (screening.result() == null) {
            throw new RuleViolationException("victim.error.non-punishment-result-required");
        }
        entries.nonPunishment.save(NonPunishmentScreening.record(id, entries.nonPunishment.countByVictimId(id),
                screening.screenedOn(), screening.context(), screening.offence(), screening.result(),
                user.getUsername(), user.organisationId(), today()));
        audit.record(AuditEvent.of("VICTIM_NON_PUNISHMENT_SCREENED", "victim", id).with("reference", victim.reference())
                .with("context", screening.context()).with("result", screening.result()));
        return details.view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView recordTestimony(long id, VictimCommands.Testimony testimony) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        checkLinkedCase(id, testimony.caseId());
        entries.interviews.save(Interview.record(id, entries.interviews.countByVictimId(id),
                testimony.interviewedOn(), testimony.caseId(), testimony.place(), testimony.videoRecorded(),
                testimony.socialWorkerPresent(), user.getUsername(), today()));
        audit.record(AuditEvent.of("VICTIM_TESTIMONY_RECORDED", "victim", id).with("reference", victim.reference())
                .with("place", testimony.place()).with("date", testimony.interviewedOn()));
        return details.view(victim, user);
    }

    /** A period in the state protection programme: decided by the police and prosecutors of the proceedings. */
    @Requires(Permission.VICTIMS_OF_CASES)
    @Transactional
    public VictimViews.VictimView recordProtection(long id, VictimCommands.Protection protection) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        checkLinkedCase(id, protection.caseId());
        if (protection.costKzt() == null) {
            throw new RuleViolationException("victim.error.amount");
        }
        entries.protection.save(ProtectionMeasure.record(id, entries.protection.countByVictimId(id),
                protection.caseId(), protection.startsOn(), protection.endsOn(), protection.costKzt(),
                user.getUsername(), today()));
        audit.record(AuditEvent.of("VICTIM_PROTECTION_RECORDED", "victim", id).with("reference", victim.reference())
                .with("from", protection.startsOn()).with("to", protection.endsOn()).with("costKzt", protection
                        .costKzt()));
        return details.view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView fileCompensation(long id, VictimCommands.CompensationFiling filing) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        checkLinkedCase(id, filing.caseId());
        if (filing.claimedKzt() == null) {
            throw new RuleViolationException("victim.error.amount");
        }
        CompensationClaim claim = entries.claims.save(CompensationClaim.file(id, entries.claims.countByVictimId(id),
                filing.route(), filing.caseId(), filing.filedOn(), filing.claimedKzt(), user.getUsername(), today()));
        audit.record(AuditEvent.of("VICTIM_COMPENSATION_FILED", "victim", id).with("reference", victim.reference())
                .with("claim", claim.seq()).with("route", filing.route()).with("claimedKzt", filing.claimedKzt()));
        return details.view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView awardCompensation(long id, VictimCommands.CompensationStep award) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        CompensationClaim claim = claim(id, award.seq());
        claim.award(award.on(), amount(award.amountKzt()), today());
        entries.claims.save(claim);
        audit.record(AuditEvent.of("VICTIM_COMPENSATION_AWARDED", "victim", id).with("reference", victim.reference())
                .with("claim", award.seq()).with("awardedKzt", award.amountKzt()));
        return details.view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView payCompensation(long id, VictimCommands.CompensationStep payment) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        CompensationClaim claim = claim(id, payment.seq());
        claim.pay(payment.on(), amount(payment.amountKzt()), today());
        entries.claims.save(claim);
        audit.record(AuditEvent.of("VICTIM_COMPENSATION_PAID", "victim", id).with("reference", victim.reference())
                .with("claim", payment.seq()).with("paidKzt", payment.amountKzt()));
        return details.view(victim, user);
    }

    /**
     * Links a victim record, known by its reference, to a case in the user's scope. The police may link a
     * record they cannot see yet only with the victim's consent to share with law enforcement (or when they
     * registered it); otherwise, as for a reference that does not exist, the record is not found.
     */
    @Requires(Permission.VICTIMS_OF_CASES)
    @Transactional
    public CaseViews.VictimLink linkToCase(VictimCommands.CaseLink link) {
        QorgauUser user = QorgauUser.required();
        String reference = RandomReference.normalise('V', link.victimReference());
        Victim victim = (reference == null ? Optional.<Victim>empty() : victims.findByReference(reference))
                .filter(found -> VictimScope.ownOrganisation(user, found)
                        || found.consents().given(ConsentScope.LAW_ENFORCEMENT))
                .orElseThrow(() -> new NotFoundException("victim.error.not-found-or-no-consent"));
        return cases.linkVictim(link.caseId(), victim.id(), link.role(), link.linkedOn());
    }

    /**
     * Hands the record over to the user's organisation: a transfer of case ownership accepted in the
     * referral mechanism (which checks the transfer; here the user must see the record).
     */
    @Requires(Permission.VICTIMS)
    @Transactional
    public void takeOver(long id) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        long previous = victim.ownerOrganisationId();
        victim.handOver(user.organisationId(), clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_HANDED_OVER", "victim", id).with("reference", victim.reference())
                .with("from", previous).with("to", user.organisationId()));
    }

    // --- rules around the aggregate

    private Victim load(long id, QorgauUser user) {
        if (!user.may(Permission.VICTIMS)) {
            throw new AccessDeniedException("victims");
        }
        return victims.findById(id).filter(victim -> scope.sees(user, victim))
                .orElseThrow(() -> new NotFoundException("victim.error.not-found"));
    }

    private void describe(Victim victim, VictimCommands.Situation situation, LocalDate today) {
        checkRegion(situation);
        String place = optionalText(situation.recruitmentPlace());
        String narrative = optionalText(situation.narrative());
        victim.describe(situation, seal(place, "victim.recruitment-place/" + victim.reference()),
                seal(narrative, "victim.narrative/" + victim.reference()), today, clock.instant());
    }

    /** The format is the record's own check; whether the region exists is the dictionary's. */
    private void checkRegion(VictimCommands.Situation situation) {
        if (situation.region() != null && RegionCode.isValid(situation.region())
                && !regions.existsToday(RegionCode.of(situation.region()))) {
            throw new RuleViolationException("victim.error.region");
        }
    }

    private CompensationClaim claim(long victimId, int seq) {
        return entries.claims.findByVictimIdAndSeq(victimId, seq)
                .orElseThrow(() -> new RuleViolationException("victim.error.unknown-entry"));
    }

    /** An entry of the case a record refers to must be one of the victim's cases. */
    private void checkLinkedCase(long victimId, Long caseId) {
        if (caseId != null && caseDetails.linksOfVictim(victimId).stream().noneMatch(link -> link.caseId() == caseId)) {
            throw new RuleViolationException("victim.error.case-not-linked");
        }
    }

    private StatusChange statusChange(String reference, int seq, TraffickingStatus status, LocalDate decidedOn,
            String reason, Integer screeningNumber, QorgauUser user) {
        DecidingOrganisationType type = DecidingOrganisationType.of(organisations.get(user.organisationId()).type());
        return new StatusChange(status, decidedOn, user.organisationId(), type,
                seal(reason, statusContext(reference, seq)), screeningNumber, user.getUsername(), clock.instant());
    }

    /**
     * The person's sex, citizenships (or statelessness) and age at identification (from the date of birth, where the
     * link gives it) where the screening left them out.
     */
    private static VictimCommands.Situation withPersonProfile(VictimCommands.Situation situation, PersonSummary person,
            Integer age) {
        VictimCommands.Situation s = situation;
        return new VictimCommands.Situation(s.sex() == Sex.UNKNOWN ? person.sex() : s.sex(),
                s.ageAtIdentification() == null ? age : s.ageAtIdentification(),
                s.region(), s.forms(), s.sexExploitation(), s.forcedLabourSector(), s.recruitmentMethods(),
                s.recruitmentPlatforms(), s.recruiterRelationship(), s.recruitmentPlace(), s.controlMethods(),
                s.vulnerabilities(), s.citizenships().isEmpty() ? person.citizenships() : s.citizenships(),
                s.recruitmentCountries(), s.transitCountries(), s.exploitationCountries(), s.ageWhenTrafficked(),
                s.narrative(), s.stateless() || s.citizenships().isEmpty() && person.stateless());
    }

    private static VictimCommands.Situation withControlMethods(VictimCommands.Situation s, Set<ControlMethod> control) {
        return new VictimCommands.Situation(s.sex(), s.ageAtIdentification(), s.region(), s.forms(),
                s.sexExploitation(), s.forcedLabourSector(), s.recruitmentMethods(), s.recruitmentPlatforms(),
                s.recruiterRelationship(), s.recruitmentPlace(), control, s.vulnerabilities(), s.citizenships(),
                s.recruitmentCountries(), s.transitCountries(), s.exploitationCountries(), s.ageWhenTrafficked(),
                s.narrative(), s.stateless());
    }

    private String newReference() {
        return RandomReference.unused('V', victims::existsByReference);
    }

    private byte[] seal(String text, String context) {
        return text == null ? null : encryption.encrypt(text, context);
    }

    static String statusContext(String reference, int seq) {
        return "victim.status-reason/" + reference + "/" + seq;
    }

    static String screeningContext(String reference, int number) {
        return "victim.screening-reason/" + reference + "/" + number;
    }

    private static String text(String value, String requiredKey) {
        String text = optionalText(value);
        if (text == null) {
            throw new RuleViolationException(requiredKey);
        }
        return text;
    }

    private static String optionalText(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > TEXT_LENGTH) {
            throw new RuleViolationException("victim.error.text-too-long", TEXT_LENGTH);
        }
        return value.strip();
    }

    private static long amount(Long amount) {
        if (amount == null) {
            throw new RuleViolationException("victim.error.amount");
        }
        return amount;
    }

    private static Victim.Actor actor(QorgauUser user) {
        return new Victim.Actor(user.getUsername(), user.organisationId());
    }

    private LocalDate today() {
        return format.today();
    }
}
