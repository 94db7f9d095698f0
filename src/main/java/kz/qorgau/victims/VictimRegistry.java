package kz.qorgau.victims;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.identity.BreakGlass;
import kz.qorgau.identity.GuardedRecord;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonLink;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.PersonSummary;
import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * Victim records: identification by screening, the status history, consent, rights, entitlements of
 * foreign victims, participation in proceedings and compensation, each recorded by the user's organisation
 * within {@link VictimScope}. Every change is audited in its transaction; audit entries name the record by
 * its reference, never a person.
 */
@Service
public class VictimRegistry {

    static final int TEXT_LENGTH = 4_000;

    private final Victims victims;
    private final Screenings screenings;
    private final VictimScope scope;
    private final PersonRegistry persons;
    private final CriminalCases cases;
    private final OrganisationRegistry organisations;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DisplayFormat format;
    private final BreakGlass breakGlass;

    VictimRegistry(Victims victims, Screenings screenings, VictimScope scope, PersonRegistry persons,
            CriminalCases cases, OrganisationRegistry organisations, FieldEncryption encryption, AuditTrail audit,
            JdbcClient jdbc, Clock clock, DisplayFormat format, BreakGlass breakGlass) {
        this.victims = victims;
        this.screenings = screenings;
        this.scope = scope;
        this.persons = persons;
        this.cases = cases;
        this.organisations = organisations;
        this.encryption = encryption;
        this.audit = audit;
        this.jdbc = jdbc;
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
        QorgauUser user = QorgauUser.required();
        VictimCommands.Screening screening = registration.screening();
        if (screening == null) {
            throw new RuleViolationException("screening.error.decision-required");
        }
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
            situation = withPersonProfile(situation, person);
        }
        LocalDate today = today();
        LocalDate identifiedOn = screening.screenedOn();
        if (identifiedOn == null || identifiedOn.isAfter(today)) {
            throw new RuleViolationException(identifiedOn == null ? "victim.error.date-required" : "victim.error.future-date");
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
        return view(victim, user);
    }

    /** A further screening of a known victim; a decision other than the current status becomes a status change. */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView screen(long victimId, VictimCommands.Screening screening) {
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
        return view(victim, user);
    }

    // --- reading

    /**
     * The record, to those who see it or broke the glass on it ({@link BreakGlass}: read only, pseudonymous,
     * without sealed texts, each read audited). A read of its sealed texts is audited, hence a writing
     * transaction.
     */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView get(long id) {
        QorgauUser user = QorgauUser.required();
        Victim victim = victims.findById(id).orElseThrow(() -> new NotFoundException("victim.error.not-found"));
        if (scope.sees(user, victim)) {
            return view(victim, user);
        }
        if (breakGlass.active(user, GuardedRecord.VICTIM, id)) {
            breakGlass.read(GuardedRecord.VICTIM, id);
            return view(victim, user);
        }
        throw new NotFoundException("victim.error.not-found");
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

    /**
     * Whether the record exists and the user may see it (for other modules' rules): a question about the user the
     * rule asks for, hence the parameter.
     */
    @Transactional(readOnly = true)
    public boolean visibleTo(long id, QorgauUser user) {
        return victims.findById(id).filter(victim -> scope.sees(user, victim)).isPresent();
    }

    /** The victim records in the user's scope, filtered, most recently identified first. Pseudonymous. */
    @Requires(Permission.VICTIMS)
    @Transactional(readOnly = true)
    public Page<VictimViews.VictimListItem> search(VictimCommands.Search search, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ", " where ", "");
        where.add(scope.sql(user, params));
        if (search.region() != null && !search.region().isBlank()) {
            where.add("v.region_code = :region");
            params.put("region", search.region());
        }
        if (search.year() != null) {
            where.add("v.identified_on >= :yearStart and v.identified_on < :yearEnd");
            params.put("yearStart", LocalDate.of(search.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(search.year() + 1, 1, 1));
        }
        if (search.status() != null) {
            where.add("v.status = :status");
            params.put("status", search.status().name());
        }
        if (search.form() != null) {
            where.add("exists (select 1 from victims_form f where f.victim_id = v.id and f.form = :form)");
            params.put("form", search.form().name());
        }
        if (search.foreign() != null) {
            where.add((search.foreign() ? "not " : "") + "exists (select 1 from victims_country c where c.victim_id = v.id "
                    + "and c.role = 'CITIZENSHIP' and c.country_code = 'KZ')");
        }
        if (search.sex() != null) {
            where.add("v.sex = :sex");
            params.put("sex", search.sex().name());
        }
        if (search.ageGroup() != null) {
            if (search.ageGroup() == AgeGroup.UNKNOWN) {
                where.add("v.age_at_identification is null");
            } else {
                where.add("v.age_at_identification between :ageFrom and :ageTo");
                params.put("ageFrom", search.ageGroup().from());
                params.put("ageTo", Math.min(search.ageGroup().to(), 200));
            }
        }
        if (search.child() != null) {
            where.add("v.child = :child");
            params.put("child", search.child());
        }
        if (search.reference() != null && !search.reference().isBlank()) {
            where.add("v.reference = :reference");
            String reference = RandomReference.normalise('V', search.reference());
            params.put("reference", reference == null ? "" : reference);
        }
        return page(where.toString(), params, pageable);
    }

    /**
     * The victim records among {@code ids} that the user may see, as a page of the victim list (the
     * drill-down from a statistic to the records behind it); the others are left out without a trace.
     */
    @Requires(Permission.VICTIMS)
    @Transactional(readOnly = true)
    public Page<VictimViews.VictimListItem> among(Collection<Long> ids, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        Map<String, Object> params = new HashMap<>();
        String where = " where " + scope.sql(user, params) + " and v.id = any(:ids)";
        params.put("ids", ids.toArray(Long[]::new));
        return page(where, params, pageable);
    }

    /** Whether the user works with victim records at all (within a scope): a question about the given user. */
    public boolean mayUse(QorgauUser user) {
        return user.may(Permission.VICTIMS);
    }

    private Page<VictimViews.VictimListItem> page(String where, Map<String, Object> params, Pageable pageable) {
        long total = jdbc.sql("select count(*) from victims_victim v" + where).params(params).query(Long.class).single();
        List<Row> rows = jdbc.sql("""
                select v.id, v.reference, v.person_id, v.identified_on, v.region_code, v.status, v.sex,
                       v.age_at_identification, v.child, v.registered_by_organisation_id,
                       array(select f.form from victims_form f where f.victim_id = v.id order by f.form) as forms,
                       not exists (select 1 from victims_country c where c.victim_id = v.id and c.role = 'CITIZENSHIP'
                                   and c.country_code = 'KZ') as foreign_victim
                from victims_victim v""" + where + " order by v.identified_on desc, v.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(VictimRegistry::row)
                .list();
        Map<PersonId, PersonSummary> people = persons.summaries(rows.stream().filter(row -> row.personId() != null)
                .map(row -> new PersonId(row.personId())).toList());
        List<VictimViews.VictimListItem> items = rows.stream().map(row -> row.item(row.personId() == null ? null
                : people.containsKey(new PersonId(row.personId())) ? people.get(new PersonId(row.personId())).pseudonym()
                : null)).toList();
        return new PageImpl<>(items, pageable, total);
    }

    /**
     * The deadlines of foreign victims of the user's organisation due in the next 30 days, and the
     * overdue ones, soonest first.
     */
    @Requires(Permission.VICTIMS)
    @Transactional(readOnly = true)
    public List<VictimViews.DeadlineItem> deadlines() {
        QorgauUser user = QorgauUser.required();
        Map<String, Object> params = new HashMap<>();
        String visible = scope.sql(user, params);
        LocalDate today = today();
        params.put("horizon", today.plusDays(Deadlines.HORIZON_DAYS));
        List<Long> candidates = jdbc.sql("select v.id from victims_victim v where " + visible
                + " and (v.reflection_ends_on <= :horizon or exists (select 1 from victims_permit p where p.victim_id = v.id"
                + " and p.outcome = 'GRANTED' and p.valid_until <= :horizon))").params(params).query(Long.class).list();
        List<VictimViews.DeadlineItem> items = new ArrayList<>();
        victims.findAllById(candidates).forEach(victim -> victim.deadlines(today).forEach(deadline -> items.add(
                new VictimViews.DeadlineItem(victim.id(), victim.reference(), deadline.kind(), deadline.dueOn(),
                        deadline.overdue(), deadline.permit()))));
        items.sort(java.util.Comparator.comparing(VictimViews.DeadlineItem::dueOn)
                .thenComparing(VictimViews.DeadlineItem::reference));
        return items;
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
        return view(victim, user);
    }

    /** Records a decision on the trafficking status by the user's organisation. */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView decideStatus(long id, VictimCommands.StatusDecision decision) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        String reason = text(decision.reason(), "victim.error.reason-required");
        StatusChange change = statusChange(victim.reference(), victim.statuses().size(), decision.status(),
                decision.decidedOn(), reason, null, user);
        victim.decideStatus(change, today());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_STATUS_DECIDED", "victim", id).with("reference", victim.reference())
                .with("status", decision.status()).with("date", decision.decidedOn())
                .with("decidingType", change.decidingType()));
        return view(victim, user);
    }

    /** Records a victim's answer on a scope of consent; refusing or withdrawing processing anonymises the record. */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView recordConsent(long id, VictimCommands.ConsentAnswer answer) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        if (!scope.mayRecordConsent(user, victim)) {
            throw new RuleViolationException("victim.error.consent-not-assisting");
        }
        if (answer.scope() == ConsentScope.LAW_ENFORCEMENT && user.may(Permission.VICTIMS_OF_CASES)) {
            throw new RuleViolationException("victim.error.consent-own-law-enforcement");
        }
        boolean anonymised = victim.recordConsent(new ConsentEntry(answer.scope(), answer.decision(), answer.decidedOn(),
                user.getUsername(), user.organisationId(), clock.instant()), today());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_CONSENT_RECORDED", "victim", id).with("reference", victim.reference())
                .with("scope", answer.scope()).with("decision", answer.decision()).with("date", answer.decidedOn()));
        if (anonymised) {
            audit.record(AuditEvent.of("VICTIM_ANONYMISED", "victim", id).with("reference", victim.reference()));
        }
        return view(victim, user);
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
        return view(victim, user);
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
        return view(victim, user);
    }

    /** Extends the reflection period to the expected end of the trial of a case the victim is linked to. */
    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView extendReflectionPeriod(long id, VictimCommands.ReflectionExtension extension) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        victim.extendReflectionPeriod(extension.until(), !cases.linksOfVictim(id).isEmpty(), clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_REFLECTION_EXTENDED", "victim", id).with("reference", victim.reference())
                .with("endsOn", extension.until()));
        return view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView applyForPermit(long id, VictimCommands.PermitApplication application) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        int seq = victim.applyForPermit(application.kind(), application.appliedOn(), user.getUsername(), today(),
                clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_PERMIT_APPLIED", "victim", id).with("reference", victim.reference())
                .with("permit", seq).with("kind", application.kind()).with("date", application.appliedOn()));
        return view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView decidePermit(long id, VictimCommands.PermitDecision decision) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        victim.decidePermit(decision.seq(), decision.outcome(), decision.decidedOn(), decision.validUntil(), today(),
                clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_PERMIT_DECIDED", "victim", id).with("reference", victim.reference())
                .with("permit", decision.seq()).with("outcome", decision.outcome()).with("date", decision.decidedOn()));
        return view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView recordNonPunishment(long id, VictimCommands.NonPunishment screening) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        victim.recordNonPunishment(new NonPunishmentScreening(screening.screenedOn(), screening.context(),
                screening.offence(), screening.result(), user.getUsername(), user.organisationId()), today(),
                clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_NON_PUNISHMENT_SCREENED", "victim", id).with("reference", victim.reference())
                .with("context", screening.context()).with("result", screening.result()));
        return view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView recordTestimony(long id, VictimCommands.Testimony testimony) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        checkLinkedCase(id, testimony.caseId());
        victim.recordInterview(new Interview(testimony.interviewedOn(), testimony.caseId(), testimony.place(),
                testimony.videoRecorded(), testimony.socialWorkerPresent(), user.getUsername()), today(), clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_TESTIMONY_RECORDED", "victim", id).with("reference", victim.reference())
                .with("place", testimony.place()).with("date", testimony.interviewedOn()));
        return view(victim, user);
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
        victim.recordProtection(new ProtectionMeasure(protection.caseId(), protection.startsOn(), protection.endsOn(),
                protection.costKzt(), user.getUsername()), today(), clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_PROTECTION_RECORDED", "victim", id).with("reference", victim.reference())
                .with("from", protection.startsOn()).with("to", protection.endsOn()).with("costKzt", protection.costKzt()));
        return view(victim, user);
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
        int seq = victim.fileCompensationClaim(new CompensationClaim(filing.route(), filing.caseId(), filing.filedOn(),
                filing.claimedKzt(), null, null, null, null, user.getUsername()), today(), clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_COMPENSATION_FILED", "victim", id).with("reference", victim.reference())
                .with("claim", seq).with("route", filing.route()).with("claimedKzt", filing.claimedKzt()));
        return view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView awardCompensation(long id, VictimCommands.CompensationStep award) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        victim.awardCompensation(award.seq(), award.on(), amount(award.amountKzt()), today(), clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_COMPENSATION_AWARDED", "victim", id).with("reference", victim.reference())
                .with("claim", award.seq()).with("awardedKzt", award.amountKzt()));
        return view(victim, user);
    }

    @Requires(Permission.VICTIMS)
    @Transactional
    public VictimViews.VictimView payCompensation(long id, VictimCommands.CompensationStep payment) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        victim.payCompensation(payment.seq(), payment.on(), amount(payment.amountKzt()), today(), clock.instant());
        victims.save(victim);
        audit.record(AuditEvent.of("VICTIM_COMPENSATION_PAID", "victim", id).with("reference", victim.reference())
                .with("claim", payment.seq()).with("paidKzt", payment.amountKzt()));
        return view(victim, user);
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
        Victim victim = (reference == null ? java.util.Optional.<Victim>empty() : victims.findByReference(reference))
                .filter(found -> VictimScope.ownOrganisation(user, found)
                        || found.consents().given(ConsentScope.LAW_ENFORCEMENT))
                .orElseThrow(() -> new NotFoundException("victim.error.not-found-or-no-consent"));
        return cases.linkVictim(link.caseId(), victim.id(), link.role(), link.linkedOn());
    }

    // --- for the referral mechanism

    /** What referring the victim needs to know; 404 outside the user's scope. */
    @Requires(Permission.VICTIMS)
    @Transactional(readOnly = true)
    public VictimViews.ReferralFacts referralFacts(long id) {
        QorgauUser user = QorgauUser.required();
        Victim victim = load(id, user);
        return new VictimViews.ReferralFacts(victim.id(), victim.reference(), victim.anonymous(),
                scope.maySeePersonalData(user, victim),
                victim.consents().given(ConsentScope.REFERRAL), victim.child(), victim.unaccompaniedChild(),
                victim.ownerOrganisationId());
    }

    /** The references of victim records (pseudonymous; for other modules' lists). */
    @Transactional(readOnly = true)
    public Map<Long, String> references(Collection<Long> ids) {
        Map<Long, String> references = new HashMap<>();
        victims.findAllById(ids.stream().distinct().toList())
                .forEach(victim -> references.put(victim.id(), victim.reference()));
        return references;
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
        String place = optionalText(situation.recruitmentPlace());
        String narrative = optionalText(situation.narrative());
        victim.describe(situation, seal(place, "victim.recruitment-place/" + victim.reference()),
                seal(narrative, "victim.narrative/" + victim.reference()), today, clock.instant());
    }

    /** An entry of the case a record refers to must be one of the victim's cases. */
    private void checkLinkedCase(long victimId, Long caseId) {
        if (caseId != null && cases.linksOfVictim(victimId).stream().noneMatch(link -> link.caseId() == caseId)) {
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
     * The record as the user may see it. Its sealed free texts (status and screening reasons, recruitment
     * place, narrative) are decrypted only for those {@link VictimScope#maySeeSealedTexts} allows, and their
     * reading is audited like a reveal ({@code VICTIM_TEXTS_READ}); for others they are left out.
     */
    private VictimViews.VictimView view(Victim victim, QorgauUser user) {
        String reference = victim.reference();
        boolean texts = scope.maySeeSealedTexts(user, victim);
        java.util.function.BiFunction<byte[], String, String> unseal = (sealed, context) -> texts
                ? encryption.decrypt(sealed, context) : null;
        List<VictimViews.StatusEntry> history = new StatusHistory(victim.statuses()).ordered().stream()
                .map(entry -> {
                    StatusChange change = entry.change();
                    return new VictimViews.StatusEntry(entry.seq(), change.status(), change.decidedOn(),
                            change.decidingOrganisationId(), change.decidingType(),
                            unseal.apply(change.reason(), statusContext(reference, entry.seq())),
                            change.screeningNumber(), change.recordedBy(), change.recordedAt());
                }).toList();
        List<VictimViews.ScreeningView> screeningViews = screenings.findByVictimIdOrderByNumber(victim.id()).stream()
                .map(screening -> new VictimViews.ScreeningView(screening.id(), screening.number(),
                        screening.screenedOn(), screening.context(), screening.child(), screening.exploitation(),
                        screening.suggestion(), DelphiRule.assess(screening.delphiAnswers(), screening.child()),
                        screening.decision(), unseal.apply(screening.reason(),
                                screeningContext(reference, screening.number())),
                        screening.organisationId(), screening.screenedBy(), screening.iloAnswers(),
                        screening.delphiAnswers()))
                .toList();
        Consents consents = victim.consents();
        Map<ConsentScope, ConsentDecision> current = new EnumMap<>(ConsentScope.class);
        for (ConsentScope consentScope : ConsentScope.values()) {
            consents.current(consentScope).ifPresent(decision -> current.put(consentScope, decision));
        }
        List<ConsentEntry> consentEntries = victim.consentEntries();
        List<VictimViews.ConsentView> consentHistory = new ArrayList<>();
        for (int seq = 0; seq < consentEntries.size(); seq++) {
            ConsentEntry entry = consentEntries.get(seq);
            consentHistory.add(new VictimViews.ConsentView(seq, entry.scope(), entry.decision(), entry.decidedOn(),
                    entry.recordedBy(), entry.organisationId()));
        }
        List<VictimViews.PermitView> permits = new ArrayList<>();
        List<Permit> permitEntries = victim.permits();
        for (int seq = 0; seq < permitEntries.size(); seq++) {
            Permit permit = permitEntries.get(seq);
            permits.add(new VictimViews.PermitView(seq, permit.kind(), permit.appliedOn(), permit.outcome(),
                    permit.decidedOn(), permit.validUntil()));
        }
        List<VictimViews.CompensationView> compensation = new ArrayList<>();
        List<CompensationClaim> claims = victim.compensation();
        for (int seq = 0; seq < claims.size(); seq++) {
            CompensationClaim claim = claims.get(seq);
            compensation.add(new VictimViews.CompensationView(seq, claim.route(), claim.caseId(), claim.filedOn(),
                    claim.claimedKzt(), claim.awardedOn(), claim.awardedKzt(), claim.paidOn(), claim.paidKzt()));
        }
        List<VictimViews.LinkedCase> linked = cases.linksOfVictim(victim.id()).stream().map(link -> {
            boolean visible = cases.visibleTo(link.caseId(), user);
            return new VictimViews.LinkedCase(link.caseId(), visible ? link.erdrNumber() : null, visible, link.role(),
                    link.linkedOn());
        }).toList();
        String pseudonym = victim.personId() == null ? null
                : persons.summaries(List.of(new PersonId(victim.personId()))).get(new PersonId(victim.personId()))
                        .pseudonym();
        LocalDate today = today();
        VictimViews.VictimView view = new VictimViews.VictimView(victim.id(), reference, victim.personId(), pseudonym, victim.anonymous(),
                scope.maySeePersonalData(user, victim), victim.registeredBy(), victim.registeredByOrganisationId(),
                victim.ownerOrganisationId(), victim.region(), victim.identifiedOn(), victim.status(),
                victim.firstIdentifiedOn(), situation(victim, unseal), history, screeningViews, current, consentHistory,
                victim.rights().stream().map(right -> new VictimViews.RightView(right.rightCode(), right.informedOn(),
                        right.informedBy(), right.organisationId())).toList(),
                victim.foreign(),
                victim.reflectionPeriod().map(period -> new VictimViews.Reflection(period.startsOn(), period.endsOn(),
                        period.extended())).orElse(null),
                permits,
                Deadlines.open(victim.reflectionPeriod().orElse(null), victim.permits(), today).stream()
                        .map(deadline -> new VictimViews.DeadlineView(deadline.kind(), deadline.dueOn(),
                                deadline.overdue(), deadline.permit())).toList(),
                victim.nonPunishment().stream().map(entry -> new VictimViews.NonPunishmentView(entry.screenedOn(),
                        entry.context(), entry.offence(), entry.result(), entry.recordedBy(), entry.organisationId()))
                        .toList(),
                victim.interviews().stream().map(entry -> new VictimViews.TestimonyView(entry.interviewedOn(),
                        entry.caseId(), entry.place(), entry.videoRecorded(), entry.socialWorkerPresent(),
                        entry.recordedBy())).toList(),
                victim.protection().stream().map(entry -> new VictimViews.ProtectionView(entry.caseId(),
                        entry.startsOn(), entry.endsOn(), entry.costKzt())).toList(),
                compensation, linked, texts, scope.mayRecordConsent(user, victim));
        if (texts) {
            audit.record(AuditEvent.of("VICTIM_TEXTS_READ", "victim", victim.id()).with("reference", reference));
        }
        return view;
    }

    private VictimViews.Situation situation(Victim victim,
            java.util.function.BiFunction<byte[], String, String> unseal) {
        return new VictimViews.Situation(victim.sex(), victim.ageAtIdentification(),
                AgeGroup.of(victim.ageAtIdentification()), victim.child(), victim.forms(),
                victim.traits(SexExploitationType.class), victim.forcedLabourSector(),
                victim.traits(RecruitmentMethod.class), victim.traits(OnlinePlatform.class),
                victim.recruiterRelationship(),
                unseal.apply(victim.recruitmentPlace(), "victim.recruitment-place/" + victim.reference()),
                victim.traits(ControlMethod.class), victim.traits(Vulnerability.class), victim.citizenships(),
                victim.countries(CountryRole.RECRUITMENT), victim.countries(CountryRole.TRANSIT),
                victim.countries(CountryRole.EXPLOITATION), victim.ageWhenTrafficked(),
                unseal.apply(victim.narrative(), "victim.narrative/" + victim.reference()));
    }

    /** The person's sex and citizenships where the screening left them out. */
    private static VictimCommands.Situation withPersonProfile(VictimCommands.Situation situation, PersonSummary person) {
        VictimCommands.Situation s = situation;
        return new VictimCommands.Situation(s.sex() == Sex.UNKNOWN ? person.sex() : s.sex(), s.ageAtIdentification(),
                s.region(), s.forms(), s.sexExploitation(), s.forcedLabourSector(), s.recruitmentMethods(),
                s.recruitmentPlatforms(), s.recruiterRelationship(), s.recruitmentPlace(), s.controlMethods(),
                s.vulnerabilities(), s.citizenships().isEmpty() ? person.citizenships() : s.citizenships(),
                s.recruitmentCountries(), s.transitCountries(), s.exploitationCountries(), s.ageWhenTrafficked(),
                s.narrative());
    }

    private static VictimCommands.Situation withControlMethods(VictimCommands.Situation s, Set<ControlMethod> control) {
        return new VictimCommands.Situation(s.sex(), s.ageAtIdentification(), s.region(), s.forms(),
                s.sexExploitation(), s.forcedLabourSector(), s.recruitmentMethods(), s.recruitmentPlatforms(),
                s.recruiterRelationship(), s.recruitmentPlace(), control, s.vulnerabilities(), s.citizenships(),
                s.recruitmentCountries(), s.transitCountries(), s.exploitationCountries(), s.ageWhenTrafficked(),
                s.narrative());
    }

    /** A row of the list before the persons' pseudonyms are added. */
    private record Row(long id, String reference, Long personId, LocalDate identifiedOn, RegionCode region,
            TraffickingStatus status, Set<ExploitationForm> forms, Sex sex, Integer age, boolean child, boolean foreign,
            long registeredBy) {

        VictimViews.VictimListItem item(String pseudonym) {
            return new VictimViews.VictimListItem(id, reference, pseudonym, personId == null, identifiedOn, region,
                    status, forms, sex, AgeGroup.of(age), child, foreign, registeredBy);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        Array array = rs.getArray("forms");
        if (array != null) {
            Arrays.stream((String[]) array.getArray()).map(ExploitationForm::valueOf).forEach(forms::add);
        }
        long person = rs.getLong("person_id");
        Long personId = rs.wasNull() ? null : person;
        int age = rs.getInt("age_at_identification");
        Integer ageAtIdentification = rs.wasNull() ? null : age;
        String region = rs.getString("region_code");
        return new Row(rs.getLong("id"), rs.getString("reference"), personId,
                rs.getObject("identified_on", LocalDate.class), region == null ? null : new RegionCode(region),
                TraffickingStatus.valueOf(rs.getString("status")), forms, Sex.valueOf(rs.getString("sex")),
                ageAtIdentification, rs.getBoolean("child"), rs.getBoolean("foreign_victim"),
                rs.getLong("registered_by_organisation_id"));
    }

    private String newReference() {
        String reference = RandomReference.next('V');
        while (victims.existsByReference(reference)) {
            reference = RandomReference.next('V');
        }
        return reference;
    }

    private byte[] seal(String text, String context) {
        return text == null ? null : encryption.encrypt(text, context);
    }

    private static String statusContext(String reference, int seq) {
        return "victim.status-reason/" + reference + "/" + seq;
    }

    private static String screeningContext(String reference, int number) {
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
