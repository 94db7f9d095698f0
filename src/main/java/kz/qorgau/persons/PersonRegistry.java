package kz.qorgau.persons;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonMatch.MatchedBy;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Today;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The person registry: registers persons, finds possible duplicates, answers other modules with
 * pseudonymous summaries, and reveals personal data to those a {@link PersonAccessPolicy} grants, for a
 * stated reason, audited. Audit entries never hold personal data: the pseudonym stands for the person.
 */
@Service
public class PersonRegistry {

    static final int REASON_LENGTH = 500;
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private final Persons persons;
    private final FieldEncryption encryption;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Today today;
    private final ObjectProvider<PersonAccessPolicy> policies;
    private final PersonSettings settings;
    private final PersonLinkage linkage;

    PersonRegistry(Persons persons, FieldEncryption encryption, AuditTrail audit, JdbcClient jdbc, Clock clock,
            Today today, ObjectProvider<PersonAccessPolicy> policies, PersonSettings settings,
            PersonLinkage linkage) {
        this.linkage = linkage;
        this.persons = persons;
        this.encryption = encryption;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.today = today;
        this.policies = policies;
        this.settings = settings;
    }

    /** Registers a person on behalf of the current user and their organisation. */
    @Requires(Permission.PERSONS)
    @Transactional
    public PersonId register(PersonDetails details) {
        QorgauUser user = QorgauUser.required();
        check(details);
        Person person = persons.save(Person.register(newPseudonym(), details, user.id(), user.organisationId(),
                encryption, clock.instant()));
        linkage.index(person, details);
        audit.record(AuditEvent.of("PERSON_REGISTERED", "person", person.id()).with("pseudonym", person.pseudonym()));
        return new PersonId(person.id());
    }

    /**
     * Runs work that registers or changes many persons in one transaction (an import, the demo data): the duplicate
     * check compares each person as it is saved, and the linkage model is fitted and every pair scored once, when the
     * transaction commits, rather than after each person.
     */
    @Transactional
    public <T> T registeringMany(Supplier<T> work) {
        linkage.deferRescoring();
        return work.get();
    }

    /**
     * Registered persons who match the criteria, most criteria matched first. The search itself is audited
     * (which kinds of criteria, how many matches; never the values): that a person is in the registry is
     * itself sensitive.
     */
    @Requires(Permission.PERSONS)
    @Transactional
    public List<PersonMatch> findMatches(PersonSearch criteria) {
        Map<Long, Set<MatchedBy>> found = new LinkedHashMap<>();
        StringJoiner used = new StringJoiner(",");
        if (criteria.iin() != null) {
            used.add(MatchedBy.IIN.name());
            add(found, MatchedBy.IIN, documents(IdentityDocument.IIN,
                    encryption.blindIndex(Person.IIN_INDEX, criteria.iin().value())));
        }
        if (!criteria.passports().isEmpty()) {
            used.add(MatchedBy.PASSPORT.name());
            for (PassportNumber passport : criteria.passports()) {
                add(found, MatchedBy.PASSPORT, documents(IdentityDocument.PASSPORT,
                        encryption.blindIndex(Person.PASSPORT_INDEX, Person.passportKey(passport))));
            }
        }
        String nameKey = Person.nameKey(criteria.surname(), criteria.givenName(), criteria.birthDate());
        if (nameKey != null) {
            used.add(MatchedBy.NAME_AND_BIRTH_DATE.name());
            add(found, MatchedBy.NAME_AND_BIRTH_DATE, jdbc.sql(
                    "select id from persons_person where name_index = :index")
                    .param("index", encryption.blindIndex(Person.NAME_INDEX, nameKey)).query(Long.class).list());
        }
        QorgauUser user = QorgauUser.required();
        List<PersonMatch> matches = new ArrayList<>();
        persons.findAllById(found.keySet()).forEach(person -> {
            Set<MatchedBy> matchedBy = found.get(person.id());
            boolean exact = matchedBy.contains(MatchedBy.IIN) || matchedBy.contains(MatchedBy.PASSPORT);
            remember(user, person.id(), exact);
            PersonId id = new PersonId(person.id());
            matches.add(new PersonMatch(person.summary(), matchedBy, exact || knows(user, id)));
        });
        matches.sort(Comparator.comparingInt((PersonMatch match) -> -match.matchedBy().size())
                .thenComparing(match -> match.person().id().value()));
        audit.record(AuditEvent.of("PERSON_SEARCHED", "person", null).with("criteria", used).with("matches",
                matches.size()));
        return matches;
    }

    /**
     * The person, without what identifies them, to a user who knows of them: a record the user sees names
     * them, or the user found them in the registry lately. Otherwise the person does not exist (404), so
     * that ids cannot be walked.
     */
    @Requires(Permission.PERSONS)
    @Transactional(readOnly = true)
    public PersonSummary summary(PersonId id) {
        QorgauUser user = QorgauUser.required();
        Person person = load(id);
        if (!knows(user, id) && !matched(user, id, false)) {
            throw new NotFoundException("person.error.not-found");
        }
        return person.summary();
    }

    /**
     * The person, for a record of the current user's that names them (a victim record, a suspect, a request
     * for cooperation). Allowed when the user sees the person's data (the link then opens it to the record's
     * holders), knows of the person through a record they see, or found the person by an exact identifier they
     * entered ({@link #findMatches}, IIN or passport) within {@code qorgau.persons.match-validity}; the last two
     * name the person without opening their data. Otherwise the person does not exist (404), and the attempt
     * is audited.
     */
    @Requires(Permission.PERSONS)
    @Transactional(noRollbackFor = NotFoundException.class)
    public PersonLink link(PersonId id) {
        QorgauUser user = QorgauUser.required();
        Person person = persons.findById(id.value()).orElse(null);
        if (person != null && granted(id)) {
            return new PersonLink(person.summary(), true, person.birthDate(encryption));
        }
        if (person != null && knows(user, id)) {
            return new PersonLink(person.summary(), false, null);
        }
        if (person != null && matched(user, id, true)) {
            audit.record(AuditEvent.of("PERSON_LINKED_BY_IDENTIFIER", "person", id.value())
                    .with("pseudonym", person.pseudonym()));
            return new PersonLink(person.summary(), false, null);
        }
        AuditEvent refused = AuditEvent.of("PERSON_LINK_REFUSED", "person", id.value());
        audit.record(person == null ? refused : refused.with("pseudonym", person.pseudonym()));
        throw new NotFoundException("person.error.not-found");
    }

    /** The persons with these ids that exist, without what identifies them; for other modules' lists. */
    @Requires(Permission.PERSONS)
    @Transactional(readOnly = true)
    public Map<PersonId, PersonSummary> summaries(Collection<PersonId> ids) {
        Map<PersonId, PersonSummary> summaries = new HashMap<>();
        persons.findAllById(ids.stream().map(PersonId::value).distinct().toList())
                .forEach(person -> summaries.put(new PersonId(person.id()), person.summary()));
        return summaries;
    }

    /** A person in an export of records: the summary, and the personal data where the user may see it, else null. */
    public record Exported(PersonSummary summary, PersonDetails details) {
    }

    /**
     * The persons the current user's records name, for an export of those records: each with their personal data
     * where an access policy grants it to the user (as {@link #reveal} would), otherwise pseudonymous (the summary
     * only). A person the user knows of through no record is left out. Not audited here: the export audits itself,
     * with counts and never personal data. Without {@code personalData} (an export of records that only names their
     * persons) every person is pseudonymous and nothing is opened.
     */
    @Requires(Permission.EXPORT_RECORDS)
    @Transactional(readOnly = true)
    public Map<PersonId, Exported> forExport(Collection<PersonId> ids, boolean personalData) {
        QorgauUser user = QorgauUser.required();
        Map<PersonId, Exported> exported = new HashMap<>();
        persons.findAllById(ids.stream().map(PersonId::value).distinct().toList()).forEach(person -> {
            PersonId id = new PersonId(person.id());
            if (personalData && granted(id)) {
                exported.put(id, new Exported(person.summary(), person.details(encryption)));
            } else if (granted(id) || knows(user, id)) {
                exported.put(id, new Exported(person.summary(), null));
            }
        });
        return exported;
    }

    /**
     * Whether the user works with persons at all (pseudonymous summaries; analysts and auditors do not): a question
     * about the given user.
     */
    public boolean mayWorkWithPersons(QorgauUser user) {
        return user.may(Permission.PERSONS);
    }

    /** Whether the current user may see the person's personal data (to offer revealing it, or not). */
    @Requires(Permission.PERSONS)
    @Transactional(readOnly = true)
    public boolean maySee(PersonId id) {
        return persons.existsById(id.value()) && granted(id);
    }

    /**
     * The person's personal data, for the stated reason, to a user a policy grants; audited as
     * {@code PERSON_REVEALED} with the reason. Without a grant the person is "not found", as if it did not
     * exist, and the refused attempt is audited ({@code PERSON_REVEAL_REFUSED}).
     */
    @Requires(Permission.PERSONS)
    @Transactional(noRollbackFor = NotFoundException.class)
    public PersonDetails reveal(PersonId id, String reason) {
        String why = reason(reason);
        Person person = persons.findById(id.value()).orElse(null);
        if (person == null || !granted(id)) {
            AuditEvent refused = AuditEvent.of("PERSON_REVEAL_REFUSED", "person", id.value()).sealed("reason", why);
            audit.record(person == null ? refused : refused.with("pseudonym", person.pseudonym()));
            throw new NotFoundException("person.error.not-found");
        }
        PersonDetails details = person.details(encryption);
        audit.record(AuditEvent.of("PERSON_REVEALED", "person", id.value()).with("pseudonym", person.pseudonym())
                .sealed("reason", why));
        return details;
    }

    /** Replaces the person's details; audited with the names of the changed fields, never their values. */
    @Requires(Permission.PERSONS)
    @Transactional
    public PersonSummary update(PersonId id, PersonDetails details) {
        Person person = load(id);
        if (!granted(id)) {
            throw new NotFoundException("person.error.not-found");
        }
        check(details);
        List<String> changed = person.change(details, encryption, clock.instant());
        if (!changed.isEmpty()) {
            persons.save(person);
            linkage.index(person, details);
            audit.record(AuditEvent.of("PERSON_UPDATED", "person", id.value()).with("pseudonym", person.pseudonym())
                    .with("fields", String.join(",", changed)));
        }
        return person.summary();
    }

    private boolean granted(PersonId id) {
        QorgauUser user = QorgauUser.current().orElse(null);
        return user != null && policies.orderedStream().anyMatch(policy -> policy.maySee(user, id));
    }

    private boolean knows(QorgauUser user, PersonId id) {
        return policies.orderedStream().anyMatch(policy -> policy.knowsOf(user, id));
    }

    /** Whether the user found the person lately ({@code exact}: by IIN or passport). */
    private boolean matched(QorgauUser user, PersonId id, boolean exact) {
        return jdbc.sql("select exists (select 1 from persons_match where user_id = :user and person_id = :person "
                + "and matched_at > :since" + (exact ? " and exact" : "") + ")")
                .param("user", user.id()).param("person", id.value())
                .param("since", Timestamp.from(clock.instant().minus(settings.matchValidity())))
                .query(Boolean.class).single();
    }

    private void remember(QorgauUser user, long person, boolean exact) {
        jdbc.sql(
                "insert into persons_match (user_id, person_id, exact, matched_at) values (:user, :person, :exact, :now) "
                        + "on conflict (user_id, person_id, exact) do update set matched_at = excluded.matched_at")
                .param("user", user.id()).param("person", person).param("exact", exact)
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private Person load(PersonId id) {
        return persons.findById(id.value()).orElseThrow(() -> new NotFoundException("person.error.not-found"));
    }

    private void check(PersonDetails details) {
        if (details.birthDate() != null) {
            if (details.birthDate().isAfter(today.date())) {
                throw new InvalidValueException("person.error.birth-date-future");
            }
            if (details.birthDate().isBefore(EARLIEST_BIRTH_DATE)) {
                throw new InvalidValueException("person.error.birth-date-too-early");
            }
        }
    }

    private List<Long> documents(String kind, String blindIndex) {
        return jdbc.sql("select person_id from persons_document where kind = :kind and blind_index = :index")
                .param("kind", kind).param("index", blindIndex).query(Long.class).list();
    }

    private static void add(Map<Long, Set<MatchedBy>> found, MatchedBy matchedBy, List<Long> ids) {
        ids.forEach(id -> found.computeIfAbsent(id, ignored -> EnumSet.noneOf(MatchedBy.class)).add(matchedBy));
    }

    private String newPseudonym() {
        String pseudonym = Pseudonyms.next();
        while (persons.existsByPseudonym(pseudonym)) {
            pseudonym = Pseudonyms.next();
        }
        return pseudonym;
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException("person.error.reason-required");
        }
        String stripped = reason.strip();
        if (stripped.length() > REASON_LENGTH) {
            throw new InvalidValueException("person.error.reason-too-long", REASON_LENGTH);
        }
        return stripped;
    }
}
