package kz.qorgau.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.BreakGlass;
import kz.qorgau.identity.GuardedRecord;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonLink;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import java.util.Locale;

/**
 * The commands on criminal cases: registration, qualification, defendants and procedural events, each recorded by
 * the agency whose act it is (police, prosecutors, courts), within the user's scope ({@link CaseScope}): load the
 * case, let it check and change, audit in the same transaction. What a command answers is the case as
 * {@link CaseDetails} shows it; the lists are {@link CaseList}.
 */
@Service
public class CriminalCases {

    private final Cases cases;
    private final CaseDetails details;
    private final Articles articles;
    private final Regions regions;
    private final OrganisationRegistry organisations;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DisplayFormat format;
    private final PersonRegistry persons;
    private final FieldEncryption encryption;
    private final BreakGlass breakGlass;

    CriminalCases(Cases cases, CaseDetails details, Articles articles, Regions regions,
            OrganisationRegistry organisations, AuditTrail audit, JdbcClient jdbc, Clock clock, DisplayFormat format,
            PersonRegistry persons, FieldEncryption encryption, BreakGlass breakGlass) {
        this.cases = cases;
        this.details = details;
        this.articles = articles;
        this.regions = regions;
        this.organisations = organisations;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.format = format;
        this.persons = persons;
        this.encryption = encryption;
        this.breakGlass = breakGlass;
    }

    /**
     * Opens a case outside the user's scope, known by its ERDR number, for a stated reason and a limited time
     * (DESIGN.md §1, "break the glass"); a case in scope needs none. Answers the case's id.
     */
    @Requires(Permission.BREAK_GLASS)
    @Transactional(noRollbackFor = NotFoundException.class)
    public long breakGlass(String erdrNumber, String reason) {
        QorgauUser user = QorgauUser.required();
        String erdr = ErdrNumber.parse(erdrNumber).value();
        CriminalCase found = cases.findByErdrNumber(erdr).orElse(null);
        if (found == null) {
            audit.record(AuditEvent.of("BREAK_GLASS_REFUSED", "case", null).with("found", false));
            throw new NotFoundException("case.error.not-found");
        }
        if (!CaseScope.covers(user, found.region(), found.courtId())) {
            breakGlass.open(GuardedRecord.CASE, found.id(), erdr, reason);
        }
        return found.id();
    }

    @Requires(Permission.CASES_INVESTIGATE)
    @Transactional
    public CaseViews.CaseView register(CaseCommands.Registration registration) {
        QorgauUser user = QorgauUser.required();
        ErdrNumber erdr = ErdrNumber.parse(registration.erdrNumber());
        if (registration.registeredOn() == null) {
            throw new RuleViolationException("case.error.date-required");
        }
        if (registration.region() == null || !RegionCode.isValid(registration.region())) {
            throw new RuleViolationException("case.error.region-required");
        }
        RegionCode region = RegionCode.of(registration.region());
        checkRegion(region, registration.registeredOn());
        if (!user.covers(region)) {
            throw new RuleViolationException("case.error.region-out-of-scope");
        }
        long unit = registration.unitId() != null ? registration.unitId() : user.organisationId();
        checkOrganisation(unit, Set.of(OrganisationType.POLICE_UNIT, OrganisationType.LAW_ENFORCEMENT),
                "case.error.unit-type");
        if (!CaseScope.mayRegisterUnder(user, organisations.get(unit).region())) {
            throw new RuleViolationException("case.error.unit-out-of-scope");
        }
        if (cases.existsByErdrNumber(erdr.value())) {
            throw new RuleViolationException("case.error.erdr-taken");
        }
        checkArticles(registration.qualification(), registration.registeredOn());
        CriminalCase criminalCase = cases.save(CriminalCase.register(erdr, registration.registeredOn(), region, unit,
                registration.qualification(), encryptNarrative(erdr, registration.narrative()), actor(user), today(),
                clock.instant()));
        audit.record(AuditEvent.of("CASE_REGISTERED", "case", criminalCase.id())
                .with("erdr", erdr.value())
                .with("region", region.value())
                .with("charges", criminalCase.charges().toString()));
        return details.view(criminalCase, user);
    }

    @Requires(Permission.CASES_QUALIFY)
    @Transactional
    public CaseViews.CaseView requalify(long id, CaseCommands.Requalification requalification) {
        QorgauUser user = QorgauUser.required();
        CriminalCase criminalCase = load(id, user);
        LocalDate from = requalification.qualifiedOn();
        if (from == null) {
            throw new RuleViolationException("case.error.requalification-date-required");
        }
        Qualification qualification = requalification.qualification();
        checkArticles(qualification, from);
        String before = criminalCase.charges() + " " + criminalCase.forms() + " " + criminalCase.flags();
        int seq = criminalCase.requalify(qualification, from, actor(user), today(), clock.instant());
        cases.save(criminalCase);
        audit.record(AuditEvent.of("CASE_REQUALIFIED", "case", id).with("seq", seq).with("date", from)
                .with("before", before)
                .with("after", criminalCase.charges() + " " + criminalCase.forms() + " " + criminalCase.flags()));
        return details.view(criminalCase, user);
    }

    /** Replaces the summary narrative (sensitive: encrypted like personal data). */
    @Requires(Permission.CASES_QUALIFY)
    @Transactional
    public CaseViews.CaseView describe(long id, String narrative) {
        QorgauUser user = QorgauUser.required();
        CriminalCase criminalCase = load(id, user);
        criminalCase.replaceNarrative(encryptNarrative(criminalCase.erdrNumber(), narrative), clock.instant());
        cases.save(criminalCase);
        audit.record(AuditEvent.of("CASE_NARRATIVE_CHANGED", "case", id));
        return details.view(criminalCase, user);
    }

    @Requires(Permission.CASES_INVESTIGATE)
    @Transactional
    public CaseViews.CaseView addDefendant(long id, CaseCommands.NewDefendant defendant) {
        QorgauUser user = QorgauUser.required();
        CriminalCase criminalCase = load(id, user);
        if (defendant.role() == null) {
            throw new RuleViolationException("case.error.role-required");
        }
        if (defendant.arrestRegion() != null && !defendant.arrestRegion().isBlank()) {
            if (!RegionCode.isValid(defendant.arrestRegion())) {
                throw new RuleViolationException("case.error.region-required");
            }
            checkRegion(RegionCode.of(defendant.arrestRegion()),
                    defendant.arrestedOn() != null ? defendant.arrestedOn() : today());
        }
        LocalDate addedOn = defendant.addedOn();
        if ((addedOn != null && addedOn.isAfter(today()))
                || (defendant.arrestedOn() != null && defendant.arrestedOn().isAfter(today()))) {
            throw new RuleViolationException("case.error.future-date");
        }
        PersonLink person = persons.link(new PersonId(defendant.personId()));
        int number = criminalCase.addDefendant(new Defendant(defendant.personId(), defendant.role(),
                defendant.publicOfficial(), defendant.arrestedOn(), blankToNull(defendant.arrestRegion()),
                blankToNull(defendant.arrestCountry()), addedOn, person.opensIdentity()), clock.instant());
        cases.save(criminalCase);
        audit.record(AuditEvent.of("CASE_DEFENDANT_ADDED", "case", id).with("defendant", number)
                .with("person", person.person().pseudonym()).with("role", defendant.role())
                .with("opensIdentity", person.opensIdentity()));
        return details.view(criminalCase, user);
    }

    /** Records a procedural event by the agency whose act it is. */
    @Requires(Permission.CASES)
    @Transactional
    public CaseViews.CaseView record(long id, CaseCommands.Event event) {
        QorgauUser user = QorgauUser.required();
        CriminalCase criminalCase = load(id, user);
        checkRecorder(event.type(), user);
        checkEvent(event, criminalCase);
        int seq = criminalCase.record(event.details(), actor(user), today(), clock.instant());
        cases.save(criminalCase);
        audit.record(AuditEvent.of("CASE_EVENT_RECORDED", "case", id).with("seq", seq).with("type", event.type())
                .with("date", event.occurredOn()));
        return details.view(criminalCase, user);
    }

    /** Corrects an earlier entry; the wrong one stays in the history. */
    @Requires(Permission.CASES)
    @Transactional
    public CaseViews.CaseView correct(long id, int seq, CaseCommands.Event replacement) {
        QorgauUser user = QorgauUser.required();
        CriminalCase criminalCase = load(id, user);
        checkRecorder(replacement.type(), user);
        checkEvent(replacement, criminalCase);
        if (replacement.type() == EventType.REGISTERED && replacement.occurredOn() != null) {
            checkRegion(criminalCase.region(), replacement.occurredOn());
            checkArticles(criminalCase.registrationQualification(), replacement.occurredOn());
        }
        int correction = criminalCase.correct(seq, replacement.details(), actor(user), today(), clock.instant());
        cases.save(criminalCase);
        audit.record(AuditEvent.of("CASE_EVENT_CORRECTED", "case", id).with("seq", correction).with("corrects", seq)
                .with("type", replacement.type()));
        return details.view(criminalCase, user);
    }

    /** Withdraws an entry made in error; it stays in the history. */
    @Requires(Permission.CASES)
    @Transactional
    public CaseViews.CaseView retract(long id, int seq) {
        QorgauUser user = QorgauUser.required();
        CriminalCase criminalCase = load(id, user);
        EventType type = criminalCase.events().size() > seq && seq >= 0 ? criminalCase.events().get(seq).type() : null;
        if (type == null) {
            throw new RuleViolationException("case.error.unknown-event");
        }
        checkRecorder(type, user);
        int retraction = criminalCase.retract(seq, actor(user), today(), clock.instant());
        cases.save(criminalCase);
        audit.record(AuditEvent.of("CASE_EVENT_RETRACTED", "case", id).with("seq", retraction).with("retracts", seq));
        return details.view(criminalCase, user);
    }

    // --- victims linked to cases (the victims module records the link through these)

    /**
     * Links a victim record to the case with the victim's role in it. The victims module has checked that
     * the victim record exists and may be shared with the user; here the case must be in the user's scope.
     */
    @Requires(Permission.CASES_QUALIFY)
    @Transactional
    public CaseViews.VictimLink linkVictim(long caseId, long victimId, VictimRole role, LocalDate linkedOn) {
        QorgauUser user = QorgauUser.required();
        CriminalCase criminalCase = load(caseId, user);
        if (role == null) {
            throw new RuleViolationException("case.error.victim-role-required");
        }
        LocalDate on = linkedOn == null ? today() : linkedOn;
        if (on.isAfter(today())) {
            throw new RuleViolationException("case.error.future-date");
        }
        if (on.isBefore(criminalCase.registeredOn())) {
            throw new RuleViolationException("case.error.event-before-registration");
        }
        int inserted = jdbc.sql("insert into cases_victim_link (case_id, victim_id, role, linked_on) "
                + "values (:case, :victim, :role, :on) on conflict do nothing")
                .param("case", caseId).param("victim", victimId).param("role", role.name()).param("on", on).update();
        if (inserted == 0) {
            throw new RuleViolationException("case.error.victim-linked-twice");
        }
        audit.record(AuditEvent.of("CASE_VICTIM_LINKED", "case", caseId).with("victim", victimId).with("role", role)
                .with("date", on));
        return new CaseViews.VictimLink(caseId, criminalCase.erdrNumber().value(), victimId, role, on);
    }

    /** Removes a link made in error. */
    @Requires(Permission.CASES_QUALIFY)
    @Transactional
    public void unlinkVictim(long caseId, long victimId) {
        QorgauUser user = QorgauUser.required();
        load(caseId, user);
        int deleted = jdbc.sql("delete from cases_victim_link where case_id = :case and victim_id = :victim")
                .param("case", caseId).param("victim", victimId).update();
        if (deleted == 0) {
            throw new NotFoundException("case.error.victim-not-linked");
        }
        audit.record(AuditEvent.of("CASE_VICTIM_UNLINKED", "case", caseId).with("victim", victimId));
    }

    // --- rules around the aggregate

    private CriminalCase load(long id, QorgauUser user) {
        if (!user.may(Permission.CASES)) {
            throw new AccessDeniedException("cases");
        }
        return cases.findById(id).filter(found -> CaseScope.covers(user, found.region(), found.courtId()))
                .orElseThrow(() -> new NotFoundException("case.error.not-found"));
    }

    private static void checkRecorder(EventType type, QorgauUser user) {
        if (type == null) {
            throw new RuleViolationException("case.error.event-type-required");
        }
        if (!user.may(type.recordedWith())) {
            throw new AccessDeniedException("event " + type);
        }
    }

    private void checkEvent(CaseCommands.Event event, CriminalCase criminalCase) {
        if (event.type() == EventType.SUSPENDED && event.reason() != null) {
            parse(SuspensionReason.class, event.reason());
        }
        if (event.type() == EventType.TERMINATED && event.reason() != null) {
            parse(TerminationReason.class, event.reason());
        }
        if (event.type() == EventType.SENT_TO_COURT && event.courtId() != null) {
            checkOrganisation(event.courtId(), Set.of(OrganisationType.COURT), "case.error.court-type");
        }
        if (event.convictionArticle() != null && event.occurredOn() != null
                && articles.find(event.convictionArticle(), event.occurredOn()).isEmpty()) {
            throw new RuleViolationException("case.error.unknown-article", event.convictionArticle());
        }
    }

    /**
     * A region must exist on the date it is used for (the dictionary's validity: Abai, Jetisu and Ulytau regions
     * from 8 June 2022); a code the dictionary does not know is refused whatever the date.
     */
    private void checkRegion(RegionCode region, LocalDate date) {
        if (!regions.known(region)) {
            throw new RuleViolationException("case.error.unknown-region", region.value());
        }
        if (regions.find(region, date).isEmpty()) {
            throw new RuleViolationException("case.error.region-not-on-date", region.value());
        }
    }

    private void checkArticles(Qualification qualification, LocalDate date) {
        if (qualification == null || qualification.charges().isEmpty()) {
            throw new RuleViolationException("case.error.no-charge");
        }
        for (Charge charge : qualification.charges()) {
            if (articles.find(charge.articleCode(), date).isEmpty()) {
                throw new RuleViolationException("case.error.unknown-article", charge.articleCode());
            }
        }
    }

    private void checkOrganisation(long id, Set<OrganisationType> types, String messageKey) {
        var organisation = organisations.find(id).orElseThrow(() -> new RuleViolationException(messageKey));
        if (!types.contains(organisation.type()) || !organisation.active()) {
            throw new RuleViolationException(messageKey);
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("case.error.reason-required");
        }
    }

    private byte[] encryptNarrative(ErdrNumber erdr, String narrative) {
        if (narrative == null || narrative.isBlank()) {
            return null;
        }
        if (narrative.length() > 10_000) {
            throw new RuleViolationException("case.error.narrative-too-long");
        }
        return encryption.encrypt(narrative.strip(), CaseDetails.narrativeContext(erdr));
    }

    private Actor actor(QorgauUser user) {
        return new Actor(user.getUsername(), user.organisationId());
    }

    private LocalDate today() {
        return format.today();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
