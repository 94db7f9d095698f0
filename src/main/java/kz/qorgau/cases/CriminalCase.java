package kz.qorgau.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;

/**
 * A criminal case: its ERDR registration, charges, forms of exploitation, flags, defendants and the
 * timeline of procedural events. Every change of the timeline goes through {@link #append}, which replays
 * the whole effective timeline ({@link Timeline}) and refuses, changing nothing, a history that cannot
 * have happened. Status, registration date, court and the current qualification are derived from the timeline.
 */
@Table("cases_case")
class CriminalCase {

    @Id
    private Long id;
    private final String erdrNumber;
    private LocalDate registeredOn;
    private final String regionCode;
    private Long unitId;
    private Long courtId;
    private CaseStatus status;
    private boolean forcedLabourRemoteArea;
    private boolean foreignVictims;
    private boolean transnational;
    private boolean officialComplicity;
    private boolean onlineRecruitment;
    private byte[] narrative;
    private final String createdBy;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "case_id")
    private Set<Charge> charges;
    @MappedCollection(idColumn = "case_id")
    private Set<FormOfExploitation> forms;
    @MappedCollection(idColumn = "case_id", keyColumn = "defendant_no")
    private List<Defendant> defendants;
    @MappedCollection(idColumn = "case_id", keyColumn = "seq")
    private List<ProceduralEvent> events;

    @PersistenceCreator
    CriminalCase(Long id, String erdrNumber, LocalDate registeredOn, String regionCode, Long unitId, Long courtId,
            CaseStatus status, boolean forcedLabourRemoteArea, boolean foreignVictims, boolean transnational,
            boolean officialComplicity, boolean onlineRecruitment, byte[] narrative, String createdBy,
            Instant createdAt, Instant updatedAt, Integer version, Set<Charge> charges, Set<FormOfExploitation> forms,
            List<Defendant> defendants, List<ProceduralEvent> events) {
        this.id = id;
        this.erdrNumber = erdrNumber;
        this.registeredOn = registeredOn;
        this.regionCode = regionCode;
        this.unitId = unitId;
        this.courtId = courtId;
        this.status = status;
        this.forcedLabourRemoteArea = forcedLabourRemoteArea;
        this.foreignVictims = foreignVictims;
        this.transnational = transnational;
        this.officialComplicity = officialComplicity;
        this.onlineRecruitment = onlineRecruitment;
        this.narrative = narrative;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.charges = charges;
        this.forms = forms;
        this.defendants = defendants;
        this.events = events;
    }

    /** Registers a case: its first timeline event is the registration, on the registration date. */
    static CriminalCase register(ErdrNumber erdr, LocalDate registeredOn, RegionCode region, long unitId,
            Qualification qualification, byte[] narrative, Actor actor, LocalDate today, Instant now) {
        if (erdr.year() != registeredOn.getYear()) {
            throw new RuleViolationException("case.error.erdr-year");
        }
        CriminalCase criminalCase = new CriminalCase(null, erdr.value(), registeredOn, region.value(), unitId, null,
                null, false, false, false, false, false, narrative, actor.username(), now, now, null, Set.of(), Set
                        .of(),
                new ArrayList<>(), new ArrayList<>());
        criminalCase.append(ProceduralEvent.record(ProceduralEvent.Details.of(EventType.REGISTERED, registeredOn),
                qualification, null, actor, now), today);
        return criminalCase;
    }

    /**
     * Qualifies the case anew (charges, forms, flags), in force from the date given: a dated entry of the timeline,
     * so that what was counted under the earlier qualification before that date stays as it was. Not once the case
     * is decided, never before the qualification it replaces, never in the future.
     */
    int requalify(Qualification qualification, LocalDate from, Actor actor, LocalDate today, Instant now) {
        if (status == CaseStatus.DECIDED) {
            throw new RuleViolationException("case.error.decided");
        }
        if (qualification.charges().isEmpty()) {
            throw new RuleViolationException("case.error.no-charge");
        }
        return append(ProceduralEvent.record(ProceduralEvent.Details.of(EventType.REQUALIFIED, from), qualification,
                null, actor, now), today);
    }

    /** The current charges, forms and flags, as the timeline's latest qualification says. */
    private void takeQualification(Qualification qualification) {
        charges = new LinkedHashSet<>(qualification.charges());
        forms = qualification.forms().stream().map(FormOfExploitation::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<CaseFlag> flags = qualification.flags();
        forcedLabourRemoteArea = flags.contains(CaseFlag.FORCED_LABOUR_REMOTE_AREA);
        foreignVictims = flags.contains(CaseFlag.FOREIGN_VICTIMS);
        transnational = flags.contains(CaseFlag.TRANSNATIONAL);
        officialComplicity = flags.contains(CaseFlag.OFFICIAL_COMPLICITY);
        onlineRecruitment = flags.contains(CaseFlag.ONLINE_RECRUITMENT);
    }

    void reassign(long unit, Instant now) {
        unitId = unit;
        updatedAt = now;
    }

    void replaceNarrative(byte[] encrypted, Instant now) {
        narrative = encrypted;
        updatedAt = now;
    }

    /** Adds a suspect; answers their number in the case. Not once the case is in court or closed. */
    int addDefendant(Defendant defendant, Instant now) {
        if (status != CaseStatus.INVESTIGATION && status != CaseStatus.SUSPENDED) {
            throw new RuleViolationException("case.error.defendant-not-open");
        }
        if (defendants.stream().anyMatch(existing -> existing.personId() == defendant.personId())) {
            throw new RuleViolationException("case.error.defendant-twice");
        }
        if (defendant.addedOn() != null && defendant.addedOn().isBefore(registeredOn)) {
            throw new RuleViolationException("case.error.event-before-registration");
        }
        defendants.add(defendant);
        updatedAt = now;
        return defendants.size() - 1;
    }

    /** Records a new event at the end of the timeline, if the resulting history is possible. */
    int record(ProceduralEvent.Details details, Actor actor, LocalDate today, Instant now) {
        if (details.type() == EventType.RETRACTION) {
            throw new RuleViolationException("case.error.unknown-event");
        }
        if (details.type() == EventType.REQUALIFIED) {
            throw new RuleViolationException("case.error.requalification-by-qualification");
        }
        checkSentence(details);
        return append(ProceduralEvent.record(details, null, actor, now), today);
    }

    /**
     * Corrects an earlier entry with the right data; the wrong entry stays in the history. A corrected registration
     * keeps the qualification it was registered with (requalifications change it). A requalification is not
     * corrected: it is withdrawn and the right one recorded, as a qualification is entered on its own form.
     */
    int correct(int seq, ProceduralEvent.Details replacement, Actor actor, LocalDate today, Instant now) {
        ProceduralEvent target = original(seq);
        if (replacement.type() != target.type()) {
            throw new RuleViolationException("case.error.correction-type");
        }
        if (target.type() == EventType.REQUALIFIED) {
            throw new RuleViolationException("case.error.requalification-correction");
        }
        checkSentence(replacement);
        return append(ProceduralEvent.record(replacement, target.qualification(), seq, actor, now), today);
    }

    /** Withdraws an entry made in error; it stays in the history. The registration cannot be withdrawn. */
    int retract(int seq, Actor actor, LocalDate today, Instant now) {
        ProceduralEvent target = original(seq);
        if (target.type() == EventType.REGISTERED) {
            throw new RuleViolationException("case.error.retract-registration");
        }
        if (target.type() == EventType.REQUALIFIED && status == CaseStatus.DECIDED) {
            throw new RuleViolationException("case.error.decided");
        }
        return append(ProceduralEvent.record(ProceduralEvent.Details.of(EventType.RETRACTION, today), seq, actor, now),
                today);
    }

    /** A sentence recorded now must be one the Criminal Code allows (entries recorded before the rule stand). */
    private static void checkSentence(ProceduralEvent.Details details) {
        if (details.sentence() != null) {
            details.sentence().checkCombination();
        }
    }

    private ProceduralEvent original(int seq) {
        if (seq < 0 || seq >= events.size() || events.get(seq).isCorrectionOrRetraction()) {
            throw new RuleViolationException("case.error.unknown-event");
        }
        return events.get(seq);
    }

    private int append(ProceduralEvent event, LocalDate today) {
        List<ProceduralEvent> next = new ArrayList<>(events);
        next.add(event);
        Timeline timeline = Timeline.replay(next, defendants.size(), today);
        if (ErdrNumber.parse(erdrNumber).year() != timeline.registeredOn.getYear()) {
            throw new RuleViolationException("case.error.erdr-year");
        }
        events = next;
        takeQualification(timeline.qualification());
        status = timeline.status;
        registeredOn = timeline.registeredOn;
        courtId = timeline.courtId;
        updatedAt = event.recordedAt();
        return next.size() - 1;
    }

    Timeline timeline(LocalDate today) {
        return Timeline.replay(events, defendants.size(), today);
    }

    /**
     * What a user who holds the case in scope may do on it now, from its state and the user's permissions: the
     * events that may follow ({@link Timeline#possibleNext}) that the user's agency records; corrections of the
     * entries that stand as recorded, by the agency that records them (a requalification, withdrawn only, until the
     * case is decided); defendants only while under investigation or suspended; the qualification until the case is
     * decided.
     */
    CaseViews.Actions allowedActions(Timeline timeline, Predicate<Permission> may) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        if (may.test(Permission.CASES_QUALIFY)) {
            actions.add(CaseAction.DESCRIBE);
            actions.add(CaseAction.LINK_VICTIMS);
            if (status != CaseStatus.DECIDED) {
                actions.add(CaseAction.REQUALIFY);
            }
        }
        if (may.test(Permission.CASES_INVESTIGATE)
                && (status == CaseStatus.INVESTIGATION || status == CaseStatus.SUSPENDED)) {
            actions.add(CaseAction.ADD_DEFENDANT);
        }
        List<EventType> next = timeline.possibleNext().stream().filter(type -> may.test(type.recordedWith())).toList();
        Set<Integer> correctable = new TreeSet<>();
        for (int seq = 0; seq < events.size(); seq++) {
            ProceduralEvent entry = events.get(seq);
            if (entry.correctsSeq() == null && entry.type() != EventType.RETRACTION && timeline.standsAsRecorded(seq)
                    && may.test(entry.type().recordedWith())
                    && (entry.type() != EventType.REQUALIFIED || status != CaseStatus.DECIDED)) {
                correctable.add(seq);
            }
        }
        return new CaseViews.Actions(actions, next, correctable);
    }

    // --- reading

    Long id() {
        return id;
    }

    ErdrNumber erdrNumber() {
        return new ErdrNumber(erdrNumber);
    }

    LocalDate registeredOn() {
        return registeredOn;
    }

    RegionCode region() {
        return new RegionCode(regionCode);
    }

    Long unitId() {
        return unitId;
    }

    Long courtId() {
        return courtId;
    }

    CaseStatus status() {
        return status;
    }

    byte[] narrative() {
        return narrative;
    }

    Set<Charge> charges() {
        return charges;
    }

    Set<ExploitationForm> forms() {
        return forms.stream().map(FormOfExploitation::form)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExploitationForm.class)));
    }

    Set<CaseFlag> flags() {
        Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        if (forcedLabourRemoteArea) {
            flags.add(CaseFlag.FORCED_LABOUR_REMOTE_AREA);
        }
        if (foreignVictims) {
            flags.add(CaseFlag.FOREIGN_VICTIMS);
        }
        if (transnational) {
            flags.add(CaseFlag.TRANSNATIONAL);
        }
        if (officialComplicity) {
            flags.add(CaseFlag.OFFICIAL_COMPLICITY);
        }
        if (onlineRecruitment) {
            flags.add(CaseFlag.ONLINE_RECRUITMENT);
        }
        return flags;
    }

    /** The qualification the case was registered with (its registration entry's). */
    Qualification registrationQualification() {
        return events.getFirst().qualification();
    }

    List<Defendant> defendants() {
        return List.copyOf(defendants);
    }

    List<ProceduralEvent> events() {
        return List.copyOf(events);
    }

    Map<Integer, VerdictOutcome> verdicts(LocalDate today) {
        return timeline(today).verdicts;
    }

    String createdBy() {
        return createdBy;
    }
}
