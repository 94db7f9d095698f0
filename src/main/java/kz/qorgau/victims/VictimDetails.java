package kz.qorgau.victims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.BreakGlass;
import kz.qorgau.identity.GuardedRecord;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FieldEncryption;

/**
 * One victim record as its page and the API show it, with what the user may do on it, and what other modules
 * ask of one record. Whether the user sees the record is the domain rule ({@link VictimScope#access}); the
 * lists apply the same rule as one SQL predicate ({@link VictimList}), and a test holds the two together.
 */
@Service
public class VictimDetails {

    private final Victims victims;
    private final Screenings screenings;
    private final VictimEntries entries;
    private final VictimScope scope;
    private final PersonRegistry persons;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final DisplayFormat format;
    private final BreakGlass breakGlass;

    VictimDetails(Victims victims, Screenings screenings, VictimEntries entries, VictimScope scope,
            PersonRegistry persons, FieldEncryption encryption, AuditTrail audit, JdbcClient jdbc, DisplayFormat format,
            BreakGlass breakGlass) {
        this.victims = victims;
        this.screenings = screenings;
        this.entries = entries;
        this.scope = scope;
        this.persons = persons;
        this.encryption = encryption;
        this.audit = audit;
        this.jdbc = jdbc;
        this.format = format;
        this.breakGlass = breakGlass;
    }

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
        VictimScope.Access access = scope.access(user, victim);
        if (access.sees()) {
            return view(victim, user, access);
        }
        if (breakGlass.active(user, GuardedRecord.VICTIM, id)) {
            breakGlass.read(GuardedRecord.VICTIM, id);
            return view(victim, user, access);
        }
        throw new NotFoundException("victim.error.not-found");
    }

    /**
     * Whether the record exists and the user may see it (for other modules' rules): a question about the user the
     * rule asks for, hence the parameter.
     */
    @Transactional(readOnly = true)
    public boolean visibleTo(long id, QorgauUser user) {
        return victims.findById(id).filter(victim -> scope.sees(user, victim)).isPresent();
    }

    /** What referring the victim needs to know; 404 outside the user's scope. */
    @Requires(Permission.VICTIMS)
    @Transactional(readOnly = true)
    public VictimViews.ReferralFacts referralFacts(long id) {
        QorgauUser user = QorgauUser.required();
        if (!user.may(Permission.VICTIMS)) {
            throw new AccessDeniedException("victims");
        }
        Victim victim = victims.findById(id).filter(found -> scope.sees(user, found))
                .orElseThrow(() -> new NotFoundException("victim.error.not-found"));
        return new VictimViews.ReferralFacts(victim.id(), victim.reference(), victim.anonymous(),
                scope.maySeePersonalData(user, victim),
                victim.consents().given(ConsentScope.REFERRAL), victim.child(), victim.unaccompaniedChild(),
                victim.ownerOrganisationId(), victim.consents().given(ConsentScope.LAW_ENFORCEMENT));
    }

    /**
     * The id of the victim record of the reference ({@code V-…}, as typed), when the current user may open it; empty
     * for a reference that names nothing and for one outside the user's scope alike.
     */
    @Transactional(readOnly = true)
    public Optional<Long> visibleId(String reference) {
        QorgauUser user = QorgauUser.required();
        String normalised = RandomReference.normalise('V', reference);
        if (normalised == null || !user.may(Permission.VICTIMS)) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        String visible = scope.sql(user, params);
        return jdbc.sql("select v.id from victims_victim v where v.reference = :reference and " + visible)
                .params(params).param("reference", normalised).query(Long.class).optional();
    }

    /** The references of victim records (pseudonymous; for other modules' lists). */
    @Transactional(readOnly = true)
    public Map<Long, String> references(Collection<Long> ids) {
        Map<Long, String> references = new HashMap<>();
        if (ids.isEmpty()) {
            return references;
        }
        jdbc.sql("select id, reference from victims_victim where id = any(:ids)")
                .param("ids", ids.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    references.put(rs.getLong("id"), rs.getString("reference"));
                });
        return references;
    }

    /** The record as a user who sees it finds it after a change of theirs. */
    VictimViews.VictimView view(Victim victim, QorgauUser user) {
        return view(victim, user, scope.access(user, victim));
    }

    /**
     * The record as the user may see it. Its sealed free texts (status and screening reasons, recruitment
     * place, narrative) are decrypted only for those {@link VictimScope#maySeeSealedTexts} allows, and their
     * reading is audited like a reveal ({@code VICTIM_TEXTS_READ}); for others they are left out.
     */
    private VictimViews.VictimView view(Victim victim, QorgauUser user, VictimScope.Access access) {
        String reference = victim.reference();
        long id = victim.id();
        boolean texts = access.sealedTexts();
        BiFunction<byte[], String, String> unseal = (ciphertext, context) -> texts
                ? encryption.decrypt(ciphertext, context) : null;
        List<VictimViews.StatusEntry> history = new StatusHistory(victim.statuses()).ordered().stream()
                .map(entry -> {
                    StatusChange change = entry.change();
                    return new VictimViews.StatusEntry(entry.seq(), change.status(), change.decidedOn(),
                            change.decidingOrganisationId(), change.decidingType(),
                            unseal.apply(change.reason(), VictimRegistry.statusContext(reference, entry.seq())),
                            change.screeningNumber(), change.recordedBy(), change.recordedAt());
                }).toList();
        List<VictimViews.ScreeningView> screeningViews = screenings.findByVictimIdOrderByNumber(id).stream()
                .map(screening -> new VictimViews.ScreeningView(screening.id(), screening.number(),
                        screening.screenedOn(), screening.context(), screening.child(), screening.exploitation(),
                        screening.suggestion(), DelphiRule.assess(screening.delphiAnswers(), screening.child()),
                        screening.decision(), unseal.apply(screening.reason(),
                                VictimRegistry.screeningContext(reference, screening.number())),
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
        List<Permit> permits = entries.permits(id);
        List<VictimViews.PermitView> permitViews = permits.stream()
                .map(permit -> new VictimViews.PermitView(permit.seq(), permit.kind(), permit.appliedOn(),
                        permit.outcome(), permit.decidedOn(), permit.validUntil()))
                .toList();
        List<VictimViews.CompensationView> compensation = entries.claims(id).stream()
                .map(claim -> new VictimViews.CompensationView(claim.seq(), claim.route(), claim.caseId(),
                        claim.filedOn(), claim.claimedKzt(), claim.awardedOn(), claim.awardedKzt(), claim.paidOn(),
                        claim.paidKzt()))
                .toList();
        List<VictimViews.LinkedCase> linked = access.links().stream().map(link -> {
            boolean visible = access.visibleCases().contains(link.caseId());
            return new VictimViews.LinkedCase(link.caseId(), visible ? link.erdrNumber() : null, visible, link.role(),
                    link.linkedOn());
        }).toList();
        String pseudonym = victim.personId() == null ? null
                : persons.summaries(List.of(new PersonId(victim.personId()))).get(new PersonId(victim.personId()))
                        .pseudonym();
        LocalDate today = format.today();
        VictimViews.VictimView view = new VictimViews.VictimView(id, reference, victim.personId(), pseudonym,
                victim.anonymous(), access.personalData(), victim.registeredBy(),
                victim.registeredByOrganisationId(), victim.ownerOrganisationId(), victim.region(),
                victim.identifiedOn(), victim.status(), victim.firstIdentifiedOn(), situation(victim, unseal), history,
                screeningViews, current, consentHistory,
                victim.rights().stream().map(right -> new VictimViews.RightView(right.rightCode(), right.informedOn(),
                        right.informedBy(), right.organisationId())).toList(),
                victim.foreign(),
                victim.reflectionPeriod().map(period -> new VictimViews.Reflection(period.startsOn(), period.endsOn(),
                        period.extended(), entries.extensions(id).stream().map(ReflectionPeriodExtension::decidedOn)
                                .reduce((first, last) -> last).orElse(null))).orElse(null),
                permitViews,
                Deadlines.open(victim.reflectionPeriod().orElse(null), permits, today).stream()
                        .map(deadline -> new VictimViews.DeadlineView(deadline.kind(), deadline.dueOn(),
                                deadline.overdue(), deadline.permit())).toList(),
                entries.nonPunishment(id).stream().map(entry -> new VictimViews.NonPunishmentView(entry.screenedOn(),
                        entry.context(), entry.offence(), entry.result(), entry.recordedBy(), entry.organisationId()))
                        .toList(),
                entries.interviews(id).stream().map(entry -> new VictimViews.TestimonyView(entry.interviewedOn(),
                        entry.caseId(), entry.place(), entry.videoRecorded(), entry.socialWorkerPresent(),
                        entry.recordedBy())).toList(),
                entries.protection(id).stream().map(entry -> new VictimViews.ProtectionView(entry.caseId(),
                        entry.startsOn(), entry.endsOn(), entry.costKzt())).toList(),
                compensation, linked, texts, access.mayRecordConsent(),
                victim.allowedActions(access, user.may(Permission.VICTIMS_OF_CASES)), !access.sees());
        if (texts) {
            audit.record(AuditEvent.of("VICTIM_TEXTS_READ", "victim", id).with("reference", reference));
        }
        return view;
    }

    private static VictimViews.Situation situation(Victim victim, BiFunction<byte[], String, String> unseal) {
        return new VictimViews.Situation(victim.sex(), victim.ageAtIdentification(),
                AgeGroup.of(victim.ageAtIdentification()), victim.child(), victim.forms(),
                victim.traits(SexExploitationType.class), victim.forcedLabourSector(),
                victim.traits(RecruitmentMethod.class), victim.traits(OnlinePlatform.class),
                victim.recruiterRelationship(),
                unseal.apply(victim.recruitmentPlace(), "victim.recruitment-place/" + victim.reference()),
                victim.traits(ControlMethod.class), victim.traits(Vulnerability.class), victim.citizenships(),
                victim.countries(CountryRole.RECRUITMENT), victim.countries(CountryRole.TRANSIT),
                victim.countries(CountryRole.EXPLOITATION), victim.ageWhenTrafficked(),
                unseal.apply(victim.narrative(), "victim.narrative/" + victim.reference()), victim.stateless());
    }
}
