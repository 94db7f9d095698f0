package kz.qorgau.victims;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Sex;

/**
 * A victim record: one person (or, on the anonymous route, nobody named) in one trafficking situation.
 * It guards its own rules: a dated status history from which the current status and the date of
 * identification are derived, consents whose withdrawal of processing anonymises the record, the rights the
 * victim was told of, and the reflection period of a foreign victim. The entitlements (permits, compensation
 * claims) and the participation in proceedings (testimony, protection, non-punishment screening) are
 * aggregates of their own that refer to the record by its id, so that recording one writes one row.
 * Free texts arrive sealed; the record never sees them in clear.
 */
@Table("victims_victim")
class Victim {

    @Id
    private Long id;
    private String reference;
    private Long personId;
    private boolean opensIdentity;
    private String registeredBy;
    private long registeredByOrganisationId;
    private long ownerOrganisationId;
    private String regionCode;
    private LocalDate identifiedOn;
    private TraffickingStatus status;
    private LocalDate firstIdentifiedOn;
    private Sex sex;
    private Integer ageAtIdentification;
    private Integer ageInYearOfIdentification;
    private boolean child;
    private boolean stateless;
    private Integer ageWhenTrafficked;
    private IsicSection forcedLabourSector;
    private RecruiterRelationship recruiterRelationship;
    private byte[] recruitmentPlace;
    private byte[] narrative;
    private LocalDate reflectionStartsOn;
    private LocalDate reflectionEndsOn;
    private boolean reflectionExtended;
    private Long mergedIntoId;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "victim_id")
    private Set<VictimForm> forms = new HashSet<>();
    @MappedCollection(idColumn = "victim_id")
    private Set<VictimCountry> countries = new HashSet<>();
    @MappedCollection(idColumn = "victim_id")
    private Set<VictimTrait> traits = new HashSet<>();
    @MappedCollection(idColumn = "victim_id", keyColumn = "seq")
    private List<StatusChange> statuses = new ArrayList<>();
    @MappedCollection(idColumn = "victim_id", keyColumn = "seq")
    private List<ConsentEntry> consents = new ArrayList<>();
    @MappedCollection(idColumn = "victim_id", keyColumn = "seq")
    private List<RightInformed> rights = new ArrayList<>();

    @PersistenceCreator
    Victim() {
    }

    /** Who records something on the record: the user and their organisation. */
    record Actor(String username, long organisationId) {
    }

    /**
     * A new record, identified on the date of its first screening with the screening's decision as its
     * first status. On the anonymous route there is no person; otherwise an adult must have consented to
     * the processing of their data (the anonymous route is there for those who do not).
     */
    static Victim identify(String reference, Long personId, boolean opensIdentity, LocalDate identifiedOn,
            StatusChange firstStatus, List<ConsentEntry> consents, Actor actor, Instant now) {
        Victim victim = new Victim();
        victim.reference = reference;
        victim.personId = personId;
        victim.opensIdentity = personId != null && opensIdentity;
        victim.registeredBy = actor.username();
        victim.registeredByOrganisationId = actor.organisationId();
        victim.ownerOrganisationId = actor.organisationId();
        victim.identifiedOn = identifiedOn;
        victim.sex = Sex.UNKNOWN;
        victim.createdAt = now;
        victim.updatedAt = now;
        victim.consents.addAll(consents);
        victim.statuses.add(firstStatus);
        victim.deriveStatus();
        return victim;
    }

    /**
     * Keeps what the person record's birth year tells of the age at identification: the age the person reaches in
     * the year of identification (on the day, that or one less). The statistics count the age group from it where
     * the record has no age of its own, and it stays when the record later leaves the person (consent refused), so
     * that a past year's figure does not move without a dated event.
     */
    void ageFromBirthYear(Integer birthYear) {
        ageInYearOfIdentification = birthYear == null ? null : Math.clamp(identifiedOn.getYear() - birthYear, 0, 150);
    }

    /** Checks, after the situation is described, that an identified adult consented to processing. */
    void checkIdentityConsent() {
        if (personId != null && !child && !consents().given(ConsentScope.PROCESSING)) {
            throw new RuleViolationException("victim.error.identity-needs-consent");
        }
    }

    /**
     * Replaces what is known of the victim and the situation. Age and the child vulnerabilities must agree:
     * under 18 is a child; an unaccompanied child is a child; an adult is neither.
     */
    void describe(VictimCommands.Situation situation, byte[] sealedPlace, byte[] sealedNarrative,
            LocalDate today, Instant now) {
        Integer age = situation.ageAtIdentification();
        if (age != null && (age < 0 || age > 120)) {
            throw new RuleViolationException("victim.error.age");
        }
        Integer trafficked = situation.ageWhenTrafficked();
        if (trafficked != null && (trafficked < 0 || trafficked > 120 || (age != null && trafficked > age))) {
            throw new RuleViolationException("victim.error.age-when-trafficked");
        }
        Set<Vulnerability> vulnerabilities = EnumSet.noneOf(Vulnerability.class);
        vulnerabilities.addAll(situation.vulnerabilities());
        if (vulnerabilities.contains(Vulnerability.UNACCOMPANIED_CHILD)) {
            vulnerabilities.add(Vulnerability.CHILD);
        }
        if (age != null && age < AgeGroup.ADULTHOOD) {
            vulnerabilities.add(Vulnerability.CHILD);
        } else if (age != null && vulnerabilities.contains(Vulnerability.CHILD)) {
            throw new RuleViolationException("victim.error.child-age");
        }
        if (!situation.sexExploitation().isEmpty() && !situation.forms().contains(
                ExploitationForm.SEXUAL_EXPLOITATION)) {
            throw new RuleViolationException("victim.error.sex-exploitation-form");
        }
        if (situation.forcedLabourSector() != null && situation.forms().stream()
                .noneMatch(form -> form.group() == ExploitationForm.Group.FORCED_LABOUR)) {
            throw new RuleViolationException("victim.error.sector-form");
        }
        if (situation.region() != null && !situation.region().isBlank() && !RegionCode.isValid(situation.region())) {
            throw new RuleViolationException("victim.error.region");
        }
        if (situation.stateless() && !situation.citizenships().isEmpty()) {
            throw new RuleViolationException("victim.error.stateless-with-citizenship");
        }
        sex = situation.sex();
        stateless = situation.stateless();
        ageAtIdentification = age;
        child = vulnerabilities.contains(Vulnerability.CHILD);
        ageWhenTrafficked = trafficked;
        regionCode = situation.region() == null || situation.region().isBlank() ? null
                : RegionCode.of(situation.region()).value();
        forcedLabourSector = situation.forcedLabourSector();
        recruiterRelationship = situation.recruiterRelationship();
        recruitmentPlace = sealedPlace;
        narrative = sealedNarrative;
        forms = situation.forms().stream().map(VictimForm::new).collect(Collectors.toCollection(LinkedHashSet::new));
        traits = new LinkedHashSet<>();
        for (Collection<? extends Enum<?>> values : List.of(situation.sexExploitation(), situation.recruitmentMethods(),
                situation.recruitmentPlatforms(), situation.controlMethods(), vulnerabilities)) {
            values.forEach(value -> traits.add(VictimTrait.of(value)));
        }
        countries = new LinkedHashSet<>();
        addCountries(CountryRole.CITIZENSHIP, situation.citizenships());
        addCountries(CountryRole.RECRUITMENT, situation.recruitmentCountries());
        addCountries(CountryRole.TRANSIT, situation.transitCountries());
        addCountries(CountryRole.EXPLOITATION, situation.exploitationCountries());
        if (!foreign() && reflectionStartsOn != null) {
            throw new RuleViolationException("victim.error.not-foreign");
        }
        updatedAt = now;
    }

    private void addCountries(CountryRole role, Set<CountryCode> codes) {
        codes.forEach(code -> countries.add(new VictimCountry(role, code.value())));
    }

    // --- status

    /** Records a decision on the status; it must change the status and may not precede identification. */
    void decideStatus(StatusChange change, LocalDate today) {
        if (change.status() == null) {
            throw new RuleViolationException("victim.error.status-required");
        }
        checkDate(change.decidedOn(), today);
        if (change.decidedOn().isBefore(identifiedOn)) {
            throw new RuleViolationException("victim.error.before-identification");
        }
        StatusHistory history = new StatusHistory(statuses);
        if (history.asOf(change.decidedOn()).orElse(null) == change.status()) {
            throw new RuleViolationException("victim.error.status-unchanged");
        }
        statuses.add(change);
        deriveStatus();
        updatedAt = change.recordedAt();
    }

    private void deriveStatus() {
        StatusHistory history = new StatusHistory(statuses);
        status = history.current().orElseThrow();
        firstIdentifiedOn = history.firstIdentifiedOn().orElse(null);
    }

    // --- consent

    /**
     * Records a victim's answer on a scope of consent. When consent to processing stands refused or
     * withdrawn, the record leaves the person: it is kept, anonymous, so that the victim is still
     * counted (answers true then).
     */
    boolean recordConsent(ConsentEntry entry, LocalDate today) {
        consents().check(entry, today);
        if (entry.decidedOn().isBefore(identifiedOn)) {
            throw new RuleViolationException("victim.error.before-identification");
        }
        consents.add(entry);
        updatedAt = entry.recordedAt();
        if (entry.scope() == ConsentScope.PROCESSING && entry.decision() != ConsentDecision.GIVEN && personId != null) {
            personId = null;
            opensIdentity = false;
            return true;
        }
        return false;
    }

    Consents consents() {
        return new Consents(consents);
    }

    // --- rights

    void informOfRight(RightInformed informed, LocalDate today) {
        if (informed.rightCode() == null) {
            throw new RuleViolationException("victim.error.right-required");
        }
        checkDate(informed.informedOn(), today);
        rights.add(informed);
        updatedAt = informed.recordedAt();
    }

    // --- foreign victims

    /** Whether the victim is not a citizen of Kazakhstan (stateless and unknown included). */
    boolean foreign() {
        return citizenships().stream().noneMatch(CountryCode.KAZAKHSTAN::equals);
    }

    /** Starts the reflection period of a foreign victim on the date of identification. */
    void startReflectionPeriod(Instant now) {
        if (!foreign()) {
            throw new RuleViolationException("victim.error.not-foreign");
        }
        if (reflectionStartsOn != null) {
            throw new RuleViolationException("victim.error.reflection-started");
        }
        apply(ReflectionPeriod.startingOn(identifiedOn));
        updatedAt = now;
    }

    /**
     * Extends it to the expected end of the trial, by a decision of the given day (not in the future, not before the
     * period started); only for a victim taking part in a criminal case. The decision is a dated entry of its own
     * ({@link ReflectionPeriodExtension}); the record keeps the period now in force.
     */
    void extendReflectionPeriod(LocalDate decidedOn, LocalDate until, boolean inCriminalCase, LocalDate today,
            Instant now) {
        ReflectionPeriod period = reflectionPeriod()
                .orElseThrow(() -> new RuleViolationException("victim.error.reflection-not-started"));
        if (!inCriminalCase) {
            throw new RuleViolationException("victim.error.extension-needs-case");
        }
        checkDate(decidedOn, today);
        if (decidedOn.isBefore(period.startsOn())) {
            throw new RuleViolationException("victim.error.extension-before-start");
        }
        apply(period.extendedTo(until));
        updatedAt = now;
    }

    private void apply(ReflectionPeriod period) {
        reflectionStartsOn = period.startsOn();
        reflectionEndsOn = period.endsOn();
        reflectionExtended = period.extended();
    }

    Optional<ReflectionPeriod> reflectionPeriod() {
        return reflectionStartsOn == null ? Optional.empty()
                : Optional.of(new ReflectionPeriod(reflectionStartsOn, reflectionEndsOn, reflectionExtended));
    }

    // --- ownership

    /** Hands the record over to another organisation (a transfer accepted in the referral mechanism). */
    void handOver(long organisationId, Instant now) {
        if (organisationId == ownerOrganisationId) {
            throw new RuleViolationException("victim.error.already-owner");
        }
        ownerOrganisationId = organisationId;
        updatedAt = now;
    }

    // --- one situation recorded twice

    /**
     * Merges this record into another record of the same situation, the survivor, which counts the situation from now
     * on (the reviewer's decision that they are one: {@link SituationReview}). Neither may be merged already, and the
     * survivor is the record identified first (the lower id on the same day). Nothing else of the record changes.
     */
    void mergeInto(Victim survivor, Instant now) {
        if (survivor.id.equals(id)) {
            throw new RuleViolationException("victim.merge.error.itself");
        }
        if (mergedIntoId != null || survivor.mergedIntoId != null) {
            throw new RuleViolationException("victim.merge.error.decided");
        }
        if (!survivor.identifiedBefore(this)) {
            throw new RuleViolationException("victim.merge.error.survivor-identified-later");
        }
        mergedIntoId = survivor.id;
        updatedAt = now;
    }

    /** Undoes the merge into the survivor: the record counts its situation on its own again. */
    void separateFrom(long survivorId, Instant now) {
        if (mergedIntoId == null || mergedIntoId != survivorId) {
            throw new RuleViolationException("victim.merge.error.undone");
        }
        mergedIntoId = null;
        updatedAt = now;
    }

    /**
     * Whether this record was identified (its status first presumed or confirmed, as the statistics count it) before
     * the other: earlier, or the same day with the lower id. Both must have been identified.
     */
    boolean identifiedBefore(Victim other) {
        LocalDate mine = new StatusHistory(statuses).firstIdentifiedOn()
                .orElseThrow(() -> new RuleViolationException("victim.merge.error.not-identified"));
        LocalDate theirs = new StatusHistory(other.statuses).firstIdentifiedOn()
                .orElseThrow(() -> new RuleViolationException("victim.merge.error.not-identified"));
        int order = mine.compareTo(theirs);
        return order < 0 || order == 0 && id < other.id;
    }

    // --- what a user may do

    /**
     * The actions a user may take on the record now, from its state and the user's standing: none on a record
     * outside the user's scope (one opened by breaking the glass is read, never changed); the reflection period
     * and permits only for a foreign victim; describing only for those who may read the sealed texts; consent only
     * by the owning or assisting organisations; protection only by law enforcement.
     *
     * @param lawEnforcement whether the user holds the permission of the police and prosecutors of the proceedings
     */
    Set<VictimAction> allowedActions(VictimScope.Access access, boolean lawEnforcement) {
        Set<VictimAction> actions = EnumSet.noneOf(VictimAction.class);
        if (!access.sees()) {
            return actions;
        }
        actions.addAll(List.of(VictimAction.DECIDE_STATUS, VictimAction.INFORM_OF_RIGHT, VictimAction.FILE_COMPENSATION,
                VictimAction.SETTLE_COMPENSATION, VictimAction.RECORD_TESTIMONY, VictimAction.RECORD_NON_PUNISHMENT));
        if (access.sealedTexts()) {
            actions.add(VictimAction.DESCRIBE);
        }
        if (access.mayRecordConsent()) {
            actions.add(VictimAction.RECORD_CONSENT);
        }
        if (foreign()) {
            actions.add(reflectionStartsOn == null ? VictimAction.START_REFLECTION : VictimAction.EXTEND_REFLECTION);
            actions.add(VictimAction.APPLY_FOR_PERMIT);
            actions.add(VictimAction.DECIDE_PERMIT);
        }
        if (lawEnforcement) {
            actions.add(VictimAction.RECORD_PROTECTION);
        }
        return actions;
    }

    // --- helpers

    /** A date something happened: given, and not in the future. */
    static void checkDate(LocalDate date, LocalDate today) {
        if (date == null) {
            throw new RuleViolationException("victim.error.date-required");
        }
        if (date.isAfter(today)) {
            throw new RuleViolationException("victim.error.future-date");
        }
    }

    // --- reading

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    Long personId() {
        return personId;
    }

    /**
     * Whether the record's link to its person opens the person's data to those who hold the record: only
     * when whoever registered it could see the person's data then (DESIGN.md §5).
     */
    boolean opensIdentity() {
        return opensIdentity;
    }

    boolean anonymous() {
        return personId == null;
    }

    /** The record this one was merged into (one situation recorded twice), or null. */
    Long mergedIntoId() {
        return mergedIntoId;
    }

    boolean merged() {
        return mergedIntoId != null;
    }

    String registeredBy() {
        return registeredBy;
    }

    long registeredByOrganisationId() {
        return registeredByOrganisationId;
    }

    long ownerOrganisationId() {
        return ownerOrganisationId;
    }

    RegionCode region() {
        return regionCode == null ? null : new RegionCode(regionCode);
    }

    LocalDate identifiedOn() {
        return identifiedOn;
    }

    TraffickingStatus status() {
        return status;
    }

    LocalDate firstIdentifiedOn() {
        return firstIdentifiedOn;
    }

    Sex sex() {
        return sex;
    }

    Integer ageAtIdentification() {
        return ageAtIdentification;
    }

    Integer ageInYearOfIdentification() {
        return ageInYearOfIdentification;
    }

    boolean child() {
        return child;
    }

    Integer ageWhenTrafficked() {
        return ageWhenTrafficked;
    }

    IsicSection forcedLabourSector() {
        return forcedLabourSector;
    }

    RecruiterRelationship recruiterRelationship() {
        return recruiterRelationship;
    }

    byte[] recruitmentPlace() {
        return recruitmentPlace;
    }

    byte[] narrative() {
        return narrative;
    }

    Set<ExploitationForm> forms() {
        return forms.stream().map(VictimForm::form)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExploitationForm.class)));
    }

    Set<CountryCode> countries(CountryRole role) {
        return countries.stream().filter(country -> country.role() == role)
                .map(country -> new CountryCode(country.countryCode())).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Whether recorded as stateless: no citizenship, as opposed to a citizenship not known. */
    boolean stateless() {
        return stateless;
    }

    Set<CountryCode> citizenships() {
        return countries(CountryRole.CITIZENSHIP);
    }

    /** The values of one multi-select field, such as {@code traits(ControlMethod.class)}. */
    <E extends Enum<E>> Set<E> traits(Class<E> type) {
        Function<String, E> parse = code -> Enum.valueOf(type, code);
        return traits.stream().filter(trait -> trait.kind().equals(type.getSimpleName())).map(VictimTrait::code)
                .map(parse).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
    }

    boolean unaccompaniedChild() {
        return traits(Vulnerability.class).contains(Vulnerability.UNACCOMPANIED_CHILD);
    }

    List<StatusChange> statuses() {
        return List.copyOf(statuses);
    }

    List<ConsentEntry> consentEntries() {
        return List.copyOf(consents);
    }

    List<RightInformed> rights() {
        return List.copyOf(rights);
    }
}
