package kz.qorgau.cases;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

import org.springframework.data.domain.Pageable;
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
import kz.qorgau.shared.ExploitationForm;
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

/**
 * Criminal cases: registration, qualification, defendants and procedural events, each recorded by the
 * agency whose act it is (police, prosecutors, courts), within the user's scope ({@link CaseScope}).
 * Every change is audited in its transaction.
 */
@Service
public class CriminalCases {

    /** Who records which event: the police investigate, prosecutors indict, courts (and prosecutors) report outcomes. */
    static Permission recordedBy(EventType type) {
        return switch (type) {
            case REGISTERED, SUSPENDED, RESUMED, TERMINATED, RETRACTION -> Permission.CASES_INVESTIGATE;
            case REOPENED, SENT_TO_COURT -> Permission.CASES_PROSECUTE;
            case VERDICT, APPEAL -> Permission.CASES_ADJUDICATE;
        };
    }

    /**
     * How far the case list counts its matches (at least to the end of the page asked for). A region
     * holds a couple of hundred thousand cases at national scale; counting them all on every page view
     * cost more than the page itself (docs/benchmarks.md), so beyond this the list says "more than".
     */
    static final int COUNT_LIMIT = 10_000;

    private final Cases cases;
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

    CriminalCases(Cases cases, Articles articles, Regions regions, OrganisationRegistry organisations, AuditTrail audit,
            JdbcClient jdbc, Clock clock, DisplayFormat format, PersonRegistry persons, FieldEncryption encryption,
            BreakGlass breakGlass) {
        this.cases = cases;
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

    // --- reading

    @Requires(Permission.CASES)
    @Transactional(readOnly = true)
    public CaseViews.CaseListPage search(CaseCommands.Search search, Pageable pageable) {
        return search(search, pageable, COUNT_LIMIT);
    }

    CaseViews.CaseListPage search(CaseCommands.Search search, Pageable pageable, int countLimit) {
        QorgauUser user = QorgauUser.required();
        if (!CaseScope.mayUseCases(user)) {
            throw new AccessDeniedException("cases");
        }
        Map<String, Object> params = new HashMap<>();
        StringJoiner where = new StringJoiner(" and ", " where ", "");
        where.add(CaseScope.sql(user, params));
        if (hasText(search.erdr())) {
            where.add("c.erdr_number like :erdr");
            params.put("erdr", search.erdr().replaceAll("\\D", "") + "%");
        }
        if (hasText(search.region())) {
            where.add("c.region_code = :region");
            params.put("region", search.region());
        }
        if (search.year() != null) {
            where.add("c.registered_on >= :yearStart and c.registered_on < :yearEnd");
            params.put("yearStart", LocalDate.of(search.year(), 1, 1));
            params.put("yearEnd", LocalDate.of(search.year() + 1, 1, 1));
        }
        if (search.status() != null) {
            where.add("c.status = :status");
            params.put("status", search.status().name());
        }
        if (hasText(search.article())) {
            where.add("exists (select 1 from cases_charge ch where ch.case_id = c.id and ch.article_code = :article)");
            params.put("article", search.article());
        }
        if (search.form() != null) {
            where.add("exists (select 1 from cases_case_form f where f.case_id = c.id and f.form = :form)");
            params.put("form", search.form().name());
        }
        if (search.flag() != null) {
            where.add("c." + flagColumn(search.flag()));
        }
        if (search.unit() != null) {
            where.add("c.unit_id = :unit");
            params.put("unit", search.unit());
        }
        return page(where.toString(), params, search.sort(), pageable, countLimit);
    }

    /**
     * The cases among {@code ids} that the user may see, as a page of the case list (the drill-down from a
     * statistic to the records behind it); ids outside the user's scope are left out without a trace.
     */
    @Requires(Permission.CASES)
    @Transactional(readOnly = true)
    public CaseViews.CaseListPage among(Collection<Long> ids, String sort, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        if (!CaseScope.mayUseCases(user)) {
            throw new AccessDeniedException("cases");
        }
        Map<String, Object> params = new HashMap<>();
        String where = " where " + CaseScope.sql(user, params) + " and c.id = any(:ids)";
        params.put("ids", ids.toArray(Long[]::new));
        return page(where, params, sort, pageable, ids.size());
    }

    /** Whether the user may see case records at all (within a scope): a question about the given user. */
    public boolean mayUse(QorgauUser user) {
        return CaseScope.mayUseCases(user);
    }

    private CaseViews.CaseListPage page(String where, Map<String, Object> params, String sort, Pageable pageable,
            long countLimit) {
        long counted = Math.max(countLimit, pageable.getOffset() + pageable.getPageSize());
        long found = jdbc.sql("select count(*) from (select 1 from cases_case c" + where + " limit :countLimit) matches")
                .params(params).param("countLimit", counted + 1).query(Long.class).single();
        List<CaseViews.CaseListItem> items = jdbc.sql("""
                select c.id, c.erdr_number, c.registered_on, c.region_code, c.unit_id, c.court_id, c.status,
                       array(select ch.article_code || coalesce('(' || ch.part || ')', '') from cases_charge ch
                             where ch.case_id = c.id order by ch.article_code) as articles,
                       array(select f.form from cases_case_form f where f.case_id = c.id order by f.form) as forms,
                       (select count(*) from cases_defendant d where d.case_id = c.id) as defendants
                from cases_case c""" + where + " order by " + order(sort) + " limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(CriminalCases::listItem)
                .list();
        return new CaseViews.CaseListPage(items, pageable.getPageNumber(), pageable.getPageSize(),
                Math.min(found, counted), found <= counted);
    }

    /**
     * The case, to those whose scope holds it, or who broke the glass on it ({@link BreakGlass}: read only, without
     * the sealed summary, each read audited). Reading the summary is audited like a reveal.
     */
    @Requires(Permission.CASES)
    @Transactional
    public CaseViews.CaseView get(long id) {
        QorgauUser user = QorgauUser.required();
        CriminalCase found = cases.findById(id).orElseThrow(() -> new NotFoundException("case.error.not-found"));
        if (CaseScope.covers(user, found.region(), found.courtId())) {
            return view(found, true);
        }
        if (breakGlass.active(user, GuardedRecord.CASE, id)) {
            breakGlass.read(GuardedRecord.CASE, id);
            return view(found, false);
        }
        throw new NotFoundException("case.error.not-found");
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

    /**
     * Whether the case exists and is within the user's scope (for other modules' access rules): a question about
     * the user the rule asks for, hence the parameter.
     */
    @Transactional(readOnly = true)
    public boolean visibleTo(long id, QorgauUser user) {
        return CaseScope.mayUseCases(user) && cases.findById(id)
                .filter(found -> CaseScope.covers(user, found.region(), found.courtId())).isPresent();
    }

    // --- changing

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
        if (regions.find(region, registration.registeredOn()).isEmpty() && !regions.existsToday(region)) {
            throw new RuleViolationException("organisation.error.unknown-region", region.value());
        }
        if (!user.covers(region)) {
            throw new RuleViolationException("case.error.region-out-of-scope");
        }
        long unit = registration.unitId() != null ? registration.unitId() : user.organisationId();
        checkOrganisation(unit, Set.of(OrganisationType.POLICE_UNIT, OrganisationType.LAW_ENFORCEMENT),
                "case.error.unit-type");
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
        return view(criminalCase);
    }

    @Requires(Permission.CASES_QUALIFY)
    @Transactional
    public CaseViews.CaseView requalify(long id, Qualification qualification) {
        QorgauUser user = QorgauUser.required();
        CriminalCase criminalCase = load(id, user);
        checkArticles(qualification, criminalCase.registeredOn());
        String before = criminalCase.charges() + " " + criminalCase.forms() + " " + criminalCase.flags();
        criminalCase.qualify(qualification, clock.instant());
        cases.save(criminalCase);
        audit.record(AuditEvent.of("CASE_REQUALIFIED", "case", id).with("before", before)
                .with("after", criminalCase.charges() + " " + criminalCase.forms() + " " + criminalCase.flags()));
        return view(criminalCase);
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
        return view(criminalCase);
    }

    @Requires(Permission.CASES_INVESTIGATE)
    @Transactional
    public CaseViews.CaseView addDefendant(long id, CaseCommands.NewDefendant defendant) {
        QorgauUser user = QorgauUser.required();
        CriminalCase criminalCase = load(id, user);
        if (defendant.role() == null) {
            throw new RuleViolationException("case.error.role-required");
        }
        if (defendant.arrestRegion() != null && !defendant.arrestRegion().isBlank()
                && !RegionCode.isValid(defendant.arrestRegion())) {
            throw new RuleViolationException("case.error.region-required");
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
        return view(criminalCase);
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
        return view(criminalCase);
    }

    /** Corrects an earlier entry; the wrong one stays in the history. */
    @Requires(Permission.CASES)
    @Transactional
    public CaseViews.CaseView correct(long id, int seq, CaseCommands.Event replacement) {
        QorgauUser user = QorgauUser.required();
        CriminalCase criminalCase = load(id, user);
        checkRecorder(replacement.type(), user);
        checkEvent(replacement, criminalCase);
        int correction = criminalCase.correct(seq, replacement.details(), actor(user), today(), clock.instant());
        cases.save(criminalCase);
        audit.record(AuditEvent.of("CASE_EVENT_CORRECTED", "case", id).with("seq", correction).with("corrects", seq)
                .with("type", replacement.type()));
        return view(criminalCase);
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
        return view(criminalCase);
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

    /** The victims of a case in the user's scope. */
    @Requires(Permission.CASES)
    @Transactional(readOnly = true)
    public List<CaseViews.VictimLink> victimsOf(long caseId) {
        QorgauUser user = QorgauUser.required();
        load(caseId, user);
        return links("l.case_id = :id", Map.of("id", caseId));
    }

    /**
     * Every case a victim record is linked to, whoever asks: for the victims module's own rules, which
     * show a case only to those {@link #visibleTo} lets see it.
     */
    @Transactional(readOnly = true)
    public List<CaseViews.VictimLink> linksOfVictim(long victimId) {
        return links("l.victim_id = :id", Map.of("id", victimId));
    }

    /**
     * The victim records linked to cases within the user's scope (police see those victims, DESIGN.md §1): for the
     * victims module's scope rule, about the user it asks for, hence the parameter.
     */
    @Transactional(readOnly = true)
    public Set<Long> victimsInScope(QorgauUser user) {
        if (!CaseScope.mayUseCases(user)) {
            return Set.of();
        }
        Map<String, Object> params = new HashMap<>();
        String scope = CaseScope.sql(user, params);
        return Set.copyOf(jdbc.sql("select distinct l.victim_id from cases_victim_link l "
                + "join cases_case c on c.id = l.case_id where " + scope).params(params).query(Long.class).list());
    }

    private List<CaseViews.VictimLink> links(String condition, Map<String, Object> params) {
        return jdbc.sql("select l.case_id, c.erdr_number, l.victim_id, l.role, l.linked_on from cases_victim_link l "
                        + "join cases_case c on c.id = l.case_id where " + condition
                        + " order by l.linked_on, l.case_id, l.victim_id")
                .params(params)
                .query((rs, n) -> new CaseViews.VictimLink(rs.getLong("case_id"), rs.getString("erdr_number"),
                        rs.getLong("victim_id"), rs.getString("role") == null ? VictimRole.OTHER
                                : VictimRole.valueOf(rs.getString("role")),
                        rs.getObject("linked_on", LocalDate.class)))
                .list();
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
        if (!user.may(recordedBy(type))) {
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

    private CaseViews.CaseView view(CriminalCase criminalCase) {
        return view(criminalCase, true);
    }

    /** The case; its sealed summary only with {@code summary}, and then its reading is audited. */
    private CaseViews.CaseView view(CriminalCase criminalCase, boolean summary) {
        LocalDate today = today();
        Timeline timeline = criminalCase.timeline(today);
        Set<Integer> effectiveSeqs = new java.util.HashSet<>();
        timeline.effective.forEach(effective -> effectiveSeqs.add(effective.seq()));
        List<ProceduralEvent> entries = criminalCase.events();
        List<CaseViews.TimelineEntry> history = new ArrayList<>();
        for (int seq = 0; seq < entries.size(); seq++) {
            ProceduralEvent entry = entries.get(seq);
            ProceduralEvent.Details details = entry.details();
            Integer correctedBy = timeline.correctedBy.get(seq);
            boolean effective = entry.correctsSeq() == null ? effectiveSeqs.contains(seq) && correctedBy == null
                    : entry.type() != EventType.RETRACTION && Integer.valueOf(seq).equals(
                            timeline.correctedBy.get(entry.correctsSeq()));
            history.add(new CaseViews.TimelineEntry(seq, entry.type(), entry.occurredOn(), entry.recordedAt(),
                    entry.recordedBy(), entry.correctsSeq(), correctedBy, effective, details.reason(), details.courtId(),
                    details.defendantNo(), details.outcome(), details.appealOutcome(), details.convictionArticle(),
                    details.convictionPart(), details.sentence()));
        }
        List<CaseViews.DefendantView> defendants = new ArrayList<>();
        List<Defendant> list = criminalCase.defendants();
        for (int number = 0; number < list.size(); number++) {
            Defendant defendant = list.get(number);
            defendants.add(new CaseViews.DefendantView(number, defendant.personId(), defendant.role(),
                    defendant.publicOfficial(), defendant.addedOn(), defendant.arrestedOn(), defendant.arrestRegion(),
                    defendant.arrestCountry(), timeline.verdicts.get(number)));
        }
        List<CaseViews.VictimLink> victims = links("l.case_id = :id", Map.of("id", criminalCase.id()));
        List<CaseViews.LinkedRecord> operations = jdbc.sql("""
                select o.id, o.name from cases_operation o join cases_operation_case oc on oc.operation_id = o.id
                where oc.case_id = ? order by o.started_on""").param(criminalCase.id())
                .query((rs, n) -> new CaseViews.LinkedRecord(rs.getLong(1), rs.getString(2))).list();
        List<CaseViews.LinkedRecord> cooperation = jdbc.sql(
                "select id, kind from cases_cooperation where case_id = ? order by requested_on").param(criminalCase.id())
                .query((rs, n) -> new CaseViews.LinkedRecord(rs.getLong(1), rs.getString(2))).list();
        String narrative = criminalCase.narrative() == null || !summary ? null
                : encryption.decrypt(criminalCase.narrative(), narrativeContext(criminalCase.erdrNumber()));
        if (narrative != null) {
            audit.record(AuditEvent.of("CASE_NARRATIVE_READ", "case", criminalCase.id()));
        }
        return new CaseViews.CaseView(criminalCase.id(), criminalCase.erdrNumber().value(), criminalCase.registeredOn(),
                criminalCase.region(), criminalCase.unitId(), criminalCase.courtId(), criminalCase.status(),
                List.copyOf(criminalCase.charges()), criminalCase.forms(), criminalCase.flags(), narrative, defendants,
                history, victims, operations, cooperation, criminalCase.createdBy());
    }

    private static CaseViews.CaseListItem listItem(ResultSet rs, int row) throws SQLException {
        Set<ExploitationForm> forms = EnumSet.noneOf(ExploitationForm.class);
        for (String form : strings(rs.getArray("forms"))) {
            forms.add(ExploitationForm.valueOf(form));
        }
        long court = rs.getLong("court_id");
        return new CaseViews.CaseListItem(rs.getLong("id"), rs.getString("erdr_number"),
                rs.getObject("registered_on", LocalDate.class), new RegionCode(rs.getString("region_code")),
                rs.getLong("unit_id"), rs.wasNull() ? null : court, CaseStatus.valueOf(rs.getString("status")),
                strings(rs.getArray("articles")), forms, rs.getInt("defendants"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String order(String sort) {
        return switch (sort == null ? "" : sort) {
            case "registered" -> "c.registered_on asc, c.id asc";
            case "erdr" -> "c.erdr_number asc";
            case "-erdr" -> "c.erdr_number desc";
            case "region" -> "c.region_code asc, c.registered_on desc, c.id desc";
            case "status" -> "c.status asc, c.registered_on desc, c.id desc";
            default -> "c.registered_on desc, c.id desc";
        };
    }

    static String flagColumn(CaseFlag flag) {
        return switch (flag) {
            case FORCED_LABOUR_REMOTE_AREA -> "forced_labour_remote_area";
            case FOREIGN_VICTIMS -> "foreign_victims";
            case TRANSNATIONAL -> "transnational";
            case OFFICIAL_COMPLICITY -> "official_complicity";
            case ONLINE_RECRUITMENT -> "online_recruitment";
        };
    }

    private byte[] encryptNarrative(ErdrNumber erdr, String narrative) {
        if (narrative == null || narrative.isBlank()) {
            return null;
        }
        if (narrative.length() > 10_000) {
            throw new RuleViolationException("case.error.narrative-too-long");
        }
        return encryption.encrypt(narrative.strip(), narrativeContext(erdr));
    }

    /** Binds the ciphertext to this case's narrative, so that it cannot be moved to another record. */
    private static String narrativeContext(ErdrNumber erdr) {
        return "case.narrative/" + erdr.value();
    }

    private Actor actor(QorgauUser user) {
        return new Actor(user.getUsername(), user.organisationId());
    }

    private LocalDate today() {
        return format.today();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
    }

}
