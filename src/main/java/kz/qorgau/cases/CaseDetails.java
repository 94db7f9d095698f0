package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.BreakGlass;
import kz.qorgau.identity.GuardedRecord;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import java.util.HashSet;
import java.util.Objects;

/**
 * One case as its page and the API show it, with what the user may do on it ({@link CriminalCase#allowedActions}),
 * and what other modules ask of cases one at a time: whether a case is in a user's scope, the victims linked to a
 * case or the cases linked to a victim. Whether a case is in scope is decided from its region and court alone
 * ({@link CaseScope#covers}), without loading the case.
 */
@Service
public class CaseDetails {

    private final Cases cases;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final DisplayFormat format;
    private final FieldEncryption encryption;
    private final BreakGlass breakGlass;

    CaseDetails(Cases cases, AuditTrail audit, JdbcClient jdbc, DisplayFormat format, FieldEncryption encryption,
            BreakGlass breakGlass) {
        this.cases = cases;
        this.audit = audit;
        this.jdbc = jdbc;
        this.format = format;
        this.encryption = encryption;
        this.breakGlass = breakGlass;
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
            return view(found, user, true);
        }
        if (breakGlass.active(user, GuardedRecord.CASE, id)) {
            breakGlass.read(GuardedRecord.CASE, id);
            return view(found, user, false);
        }
        throw new NotFoundException("case.error.not-found");
    }

    /**
     * Whether the case exists and is within the user's scope (for other modules' access rules): a question about
     * the user the rule asks for, hence the parameter.
     */
    @Transactional(readOnly = true)
    public boolean visibleTo(long id, QorgauUser user) {
        return visibleAmong(List.of(id), user).contains(id);
    }

    /**
     * The cases among {@code ids} that exist and are within the user's scope (for other modules' access rules and
     * views): one query of their regions and courts, judged by {@link CaseScope#covers}, no case loaded.
     */
    @Transactional(readOnly = true)
    public Set<Long> visibleAmong(Collection<Long> ids, QorgauUser user) {
        if (ids.isEmpty() || !CaseScope.mayUseCases(user)) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select id, region_code, court_id from cases_case where id = any(:ids)")
                .param("ids", ids.stream().distinct().toArray(Long[]::new))
                .query((rs, n) -> {
                    long court = rs.getLong("court_id");
                    Long courtId = rs.wasNull() ? null : court;
                    return CaseScope.covers(user, new RegionCode(rs.getString("region_code")), courtId)
                            ? rs.getLong("id") : null;
                })
                .list().stream().filter(Objects::nonNull).toList());
    }

    /** The victims of a case in the user's scope. */
    @Requires(Permission.CASES)
    @Transactional(readOnly = true)
    public List<CaseViews.VictimLink> victimsOf(long caseId) {
        QorgauUser user = QorgauUser.required();
        if (!user.may(Permission.CASES) || !visibleTo(caseId, user)) {
            throw new NotFoundException("case.error.not-found");
        }
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

    /** The case as a user who holds it in scope finds it after a change of theirs. */
    CaseViews.CaseView view(CriminalCase criminalCase, QorgauUser user) {
        return view(criminalCase, user, true);
    }

    /**
     * The case; its sealed summary and the actions of the user only when in scope ({@code inScope}; otherwise
     * read by breaking the glass), and the summary's reading is audited.
     */
    private CaseViews.CaseView view(CriminalCase criminalCase, QorgauUser user, boolean inScope) {
        boolean summary = inScope;
        LocalDate today = today();
        Timeline timeline = criminalCase.timeline(today);
        Set<Integer> effectiveSeqs = new HashSet<>();
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
                    entry.recordedBy(), entry.correctsSeq(), correctedBy, effective, details.reason(), details
                            .courtId(),
                    details.defendantNo(), details.outcome(), details.appealOutcome(), details.convictionArticle(),
                    details.convictionPart(), details.sentence(), entry.qualification()));
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
                "select id, kind from cases_cooperation where case_id = ? order by requested_on").param(criminalCase
                        .id())
                .query((rs, n) -> new CaseViews.LinkedRecord(rs.getLong(1), rs.getString(2))).list();
        String narrative = criminalCase.narrative() == null || !summary ? null
                : encryption.decrypt(criminalCase.narrative(), narrativeContext(criminalCase.erdrNumber()));
        if (narrative != null) {
            audit.record(AuditEvent.of("CASE_NARRATIVE_READ", "case", criminalCase.id()));
        }
        return new CaseViews.CaseView(criminalCase.id(), criminalCase.erdrNumber().value(), criminalCase.registeredOn(),
                criminalCase.region(), criminalCase.unitId(), criminalCase.courtId(), criminalCase.status(),
                List.copyOf(criminalCase.charges()), criminalCase.forms(), criminalCase.flags(), narrative, defendants,
                history, victims, operations, cooperation, criminalCase.createdBy(),
                inScope ? criminalCase.allowedActions(timeline, user::may) : CaseViews.Actions.NONE, !inScope);
    }

    /** Binds the ciphertext to this case's narrative, so that it cannot be moved to another record. */
    static String narrativeContext(ErdrNumber erdr) {
        return "case.narrative/" + erdr.value();
    }

    private LocalDate today() {
        return format.today();
    }
}
