package kz.qorgau.exchange;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.Regions;
import kz.qorgau.persons.PassportNumber;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.PersonSummary;
import kz.qorgau.referrals.ReferralExchange;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.victims.Answer;
import kz.qorgau.victims.VictimExchange;

/**
 * The export of the records of the user's scope as a document of the exchange format ({@link ExchangeDocument}):
 * the victim records the victims module's scope rule lets the user see (identified in the period), the persons they
 * name, and the referrals of the user's organisation (sent in the period); by region and kind. Each person carries
 * their personal data only where the person registry's access policies let the user see it; otherwise the person is
 * pseudonymous. Every export writes an {@code EXCHANGE_EXPORTED} audit entry with the selection and the counts, never
 * personal data or references.
 * <p>
 * A document holds at most {@link #MAX_RECORDS} records of each kind; a selection with more is refused, with a
 * message asking for a shorter period or one region, rather than cut silently.
 */
@Service
class ExchangeExport {

    static final String EXPORTED = "EXCHANGE_EXPORTED";
    static final int MAX_RECORDS = 2_000;
    /** The longest period of one document, in days (ten years). */
    static final long MAX_DAYS = 3_660;
    static final String SYSTEM = "KZ-QORGAU";
    static final String HOME = "KZ";

    /** The kinds of records a document may carry. */
    enum Kind {
        PERSONS, VICTIMS, REFERRALS, ALL;

        static Kind of(String value) {
            if (value == null || value.isBlank()) {
                return ALL;
            }
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(value.strip())) {
                    return kind;
                }
            }
            throw new InvalidFieldException("kind", "exchange.error.kind");
        }

        boolean includes(Kind kind) {
            return this == ALL || this == kind;
        }
    }

    private final VictimExchange victims;
    private final ReferralExchange referrals;
    private final PersonRegistry persons;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final AuditTrail audit;
    private final Clock clock;

    ExchangeExport(VictimExchange victims, ReferralExchange referrals, PersonRegistry persons,
            OrganisationRegistry organisations, Regions regions, AuditTrail audit, Clock clock) {
        this.victims = victims;
        this.referrals = referrals;
        this.persons = persons;
        this.organisations = organisations;
        this.regions = regions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The selection's document; refused (400) for a period out of order or too long, or an unknown region. */
    @Requires(Permission.EXPORT_RECORDS)
    @Transactional
    ExchangeDocument export(LocalDate from, LocalDate to, String region, String kindName) {
        QorgauUser user = QorgauUser.required();
        Kind kind = Kind.of(kindName);
        if (from == null || to == null || to.isBefore(from)) {
            throw new InvalidFieldException("to", "exchange.error.period");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidFieldException("from", "exchange.error.period-too-long", MAX_DAYS / 366);
        }
        RegionCode regionCode = region(region);

        List<VictimExchange.Record> victimRecords = kind.includes(Kind.VICTIMS) || kind.includes(Kind.PERSONS)
                ? limited(victims.inScope(from, to, regionCode, MAX_RECORDS + 1))
                : List.of();
        List<ReferralExchange.Record> referralRecords = kind.includes(Kind.REFERRALS)
                ? limited(referrals.inScope(from, to, regionCode, MAX_RECORDS + 1))
                : List.of();

        // the persons the records name: their pseudonyms make the victims' references to them, and the persons
        // themselves are exported with the kind "persons"
        Map<PersonId, PersonRegistry.Exported> named = victimRecords.isEmpty() ? Map.of()
                : persons.forExport(victimRecords.stream().map(VictimExchange.Record::personId)
                        .filter(Objects::nonNull).map(PersonId::new).distinct().toList(), kind.includes(
                                Kind.PERSONS));
        Map<Long, String> pseudonyms = new HashMap<>();
        named.forEach((id, person) -> pseudonyms.put(id.value(), person.summary().pseudonym()));
        List<ExchangeDocument.Person> personList = named.values().stream().map(ExchangeExport::person)
                .sorted(Comparator.comparing(ExchangeDocument.Person::externalId)).toList();

        Map<Long, ExchangeDocument.Organisation> organisationsById = new LinkedHashMap<>();
        Function<Long, ExchangeDocument.Organisation> organisation = id -> organisationsById.computeIfAbsent(id,
                key -> organisations.find(key).map(ExchangeExport::organisation)
                        .orElse(new ExchangeDocument.Organisation(organisationId(key), null, null, null)));

        Map<Long, List<ReferralExchange.Episode>> episodes = kind.includes(Kind.VICTIMS) ? referrals.episodes(
                victimRecords.stream().map(VictimExchange.Record::id).toList()) : Map.of();

        ExchangeDocument document = new ExchangeDocument(ExchangeDocument.FORMAT, ExchangeDocument.VERSION,
                new ExchangeDocument.Sender(HOME, SYSTEM, organisation.apply(user.organisationId())),
                clock.instant().truncatedTo(ChronoUnit.SECONDS).toString(),
                new ExchangeDocument.Selection(from, to, regionCode == null ? null : regionCode.value(),
                        kind.name().toLowerCase(Locale.ROOT)),
                kind.includes(Kind.PERSONS) ? personList : null,
                kind.includes(Kind.VICTIMS) ? victimRecords.stream().map(victim -> victim(victim, pseudonyms,
                        episodes.getOrDefault(victim.id(), List.of()), organisation)).toList() : null,
                kind.includes(Kind.REFERRALS)
                        ? referralRecords.stream().map(referral -> referral(referral, organisation)).toList()
                        : null);

        audit.record(AuditEvent.of(EXPORTED, "exchange", null).with("version", ExchangeDocument.VERSION)
                .with("kind", kind.name()).with("periodFrom", from).with("periodTo", to)
                .with("region", regionCode == null ? "" : regionCode.value())
                .with("persons", document.persons() == null ? 0 : document.persons().size())
                .with("personsWithPersonalData", document.persons() == null ? 0
                        : document.persons().stream().filter(person -> !person.pseudonymous()).count())
                .with("victims", document.victims() == null ? 0 : document.victims().size())
                .with("referrals", document.referrals() == null ? 0 : document.referrals().size()));
        return document;
    }

    private RegionCode region(String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        if (!RegionCode.isValid(region)) {
            throw new InvalidFieldException("region", "exchange.error.region", region.strip());
        }
        RegionCode code = RegionCode.of(region);
        if (!regions.known(code)) {
            throw new InvalidFieldException("region", "exchange.error.region", code.value());
        }
        return code;
    }

    private static <T> List<T> limited(List<T> records) {
        if (records.size() > MAX_RECORDS) {
            throw new InvalidFieldException("from", "exchange.error.too-many", MAX_RECORDS);
        }
        return records;
    }

    static String personId(String pseudonym) {
        return SYSTEM + ":person:" + pseudonym;
    }

    static String victimId(String reference) {
        return SYSTEM + ":victim:" + reference;
    }

    static String referralId(String reference) {
        return SYSTEM + ":referral:" + reference;
    }

    static String organisationId(long id) {
        return SYSTEM + ":organisation:" + id;
    }

    private static ExchangeDocument.Organisation organisation(OrganisationSummary summary) {
        String name = summary.nameEn() == null || summary.nameEn().isBlank() ? summary.nameRu() : summary.nameEn();
        return new ExchangeDocument.Organisation(organisationId(summary.id()), name, Vocabulary.organisationType(summary
                .type()),
                summary.region() == null ? null : summary.region().value());
    }

    private static List<String> countries(Collection<CountryCode> codes) {
        return codes.stream().map(CountryCode::value).sorted().toList();
    }

    static ExchangeDocument.Person person(PersonRegistry.Exported exported) {
        PersonSummary summary = exported.summary();
        PersonDetails details = exported.details();
        String id = personId(summary.pseudonym());
        String gender = Vocabulary.gender(summary.sex());
        List<String> citizenship = countries(summary.citizenships());
        if (details == null) {
            return new ExchangeDocument.Person(id, true, gender, summary.birthYear(), citizenship, summary.stateless(),
                    null, null, null, null, null, null, null);
        }
        List<ExchangeDocument.IdentityDocument> documents = new ArrayList<>();
        for (PassportNumber passport : details.passports()) {
            documents.add(new ExchangeDocument.IdentityDocument("Passport", passport.number(),
                    passport.country() == null ? null : passport.country().value()));
        }
        return new ExchangeDocument.Person(id, false, gender, summary.birthYear(), citizenship, summary.stateless(),
                details.givenName(), details.patronymic(), details.surname(), details.latinName(),
                details.birthDate(), details.iin() == null ? null : details.iin().value(), documents);
    }

    static ExchangeDocument.Victim victim(VictimExchange.Record record, Map<Long, String> pseudonyms,
            List<ReferralExchange.Episode> episodes, Function<Long, ExchangeDocument.Organisation> organisation) {
        List<ExchangeDocument.StatusDecision> history = record.statuses().stream()
                .map(change -> new ExchangeDocument.StatusDecision(change.decidedOn(),
                        Vocabulary.traffickingStatus(change.status()), Vocabulary.code(change.status()),
                        change.decidingType() == null ? null : Vocabulary.decidingOrganisation(change.decidingType())))
                .toList();
        List<ExchangeDocument.Country> countries = record.countries().stream()
                .map(country -> new ExchangeDocument.Country(country.country().value(), Vocabulary.code(country
                        .role())))
                .toList();
        return new ExchangeDocument.Victim(victimId(record.reference()),
                record.personId() == null || !pseudonyms.containsKey(record.personId()) ? null
                        : personId(pseudonyms.get(record.personId())),
                record.personId() == null,
                record.region() == null ? null : record.region().value(), record.identifiedOn(),
                record.firstIdentifiedOn(), Vocabulary.traffickingStatus(record.status()),
                Vocabulary.code(record.status()), history, Vocabulary.gender(record.sex()),
                record.ageAtIdentification(), record.ageWhenTrafficked(), record.child(), record.stateless(),
                record.forms().stream().map(Vocabulary::exploitation).sorted().toList(),
                record.sexExploitation().stream().map(Vocabulary::sexExploitation).sorted().toList(),
                record.forcedLabourSector() == null ? null : Vocabulary.industry(record.forcedLabourSector()),
                record.recruiterRelationship() == null ? null : Vocabulary.relationship(record.recruiterRelationship()),
                record.recruitmentMethods().stream().map(Vocabulary::recruitment).sorted().toList(),
                record.controlMethods().stream().map(Vocabulary::control).sorted().toList(), countries,
                record.mergedIntoReference() == null ? null : victimId(record.mergedIntoReference()),
                record.consents().stream().map(consent -> new ExchangeDocument.Consent(Vocabulary.code(consent
                        .scope()), Vocabulary.code(consent.decision()), consent.decidedOn())).toList(),
                record.screenings().stream().map(ExchangeExport::screening).toList(), episodes.isEmpty() ? null
                        : episodes.stream().map(episode -> new ExchangeDocument.ServiceEpisode(Vocabulary.code(episode
                                .service()), episode.startedOn(), episode.endedOn(), organisation.apply(episode
                                        .organisationId()), episode.referralReference() == null ? null
                                                : referralId(episode.referralReference()), episode.costKzt(),
                                Vocabulary.code(episode.fundingSource()))).toList());
    }

    private static ExchangeDocument.Screening screening(VictimExchange.ScreeningEntry entry) {
        return new ExchangeDocument.Screening(entry.screenedOn(), Vocabulary.code(entry.context()), Vocabulary.code(
                entry.exploitation()), entry.child(), answers(entry.ilo()), answers(entry.delphi()), Vocabulary.code(
                        entry.suggestion()), Vocabulary.traffickingStatus(entry.decision()), Vocabulary.code(entry
                                .decision()));
    }

    /** The answers by indicator code, in the lists' order (an enum map's); none as absent rather than empty. */
    private static <E extends Enum<E>> Map<String, String> answers(Map<E, Answer> answers) {
        if (answers.isEmpty()) {
            return null;
        }
        Map<String, String> codes = new LinkedHashMap<>();
        answers.forEach((indicator, answer) -> codes.put(Vocabulary.code(indicator), Vocabulary.code(
                answer)));
        return codes;
    }

    private static ExchangeDocument.Referral referral(ReferralExchange.Record record,
            Function<Long, ExchangeDocument.Organisation> organisation) {
        List<ExchangeDocument.Step> steps = record.steps().stream()
                .map(step -> new ExchangeDocument.Step(Vocabulary.code(step.step()), step.occurredOn(),
                        organisationId(step.organisationId()),
                        step.reason() == null ? null : Vocabulary.code(step.reason())))
                .toList();
        return new ExchangeDocument.Referral(referralId(record.reference()),
                record.victimReference() == null ? null : victimId(record.victimReference()), record.anonymous(),
                Vocabulary.code(record.kind()), organisation.apply(record.fromOrganisationId()),
                organisation.apply(record.toOrganisationId()),
                record.services().stream().map(Vocabulary::code).sorted().toList(), Vocabulary.code(record.status()),
                record.sentOn(), record.answerDueOn(), steps);
    }
}
