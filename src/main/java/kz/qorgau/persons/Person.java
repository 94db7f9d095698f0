package kz.qorgau.persons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.FieldEncryption;

/**
 * One human being in the registry. Personal data is held sealed: every value is encrypted for its field
 * and this record (the associated data is {@code person.<field>/<pseudonym>}), so that a ciphertext
 * copied into another field or another person's row does not open. Only the aggregate seals and opens
 * its values; the registry never sees a ciphertext.
 */
@Table("persons_person")
class Person {

    /** Blind index kinds; changing one orphans every stored index of that kind. */
    static final String IIN_INDEX = "IIN";
    static final String PASSPORT_INDEX = "PASSPORT";
    static final String NAME_INDEX = "NAME_AND_BIRTH_DATE";

    @Id
    private Long id;
    private String pseudonym;
    private byte[] surname;
    private byte[] givenName;
    private byte[] patronymic;
    private byte[] latinName;
    private String nameIndex;
    private byte[] birthDate;
    private Integer birthYear;
    private Sex sex;
    private byte[] phone;
    private byte[] email;
    private byte[] address;
    private long registeredByUserId;
    private long registeredByOrganisationId;
    private Instant createdAt;
    private Instant updatedAt;
    private boolean stateless;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "person_id")
    private Set<Citizenship> citizenships;
    @MappedCollection(idColumn = "person_id")
    private Set<IdentityDocument> documents;

    @PersistenceCreator
    Person(Long id, String pseudonym, byte[] surname, byte[] givenName, byte[] patronymic, byte[] latinName,
            String nameIndex, byte[] birthDate, Integer birthYear, Sex sex, byte[] phone, byte[] email, byte[] address,
            long registeredByUserId, long registeredByOrganisationId, Instant createdAt, Instant updatedAt,
            boolean stateless, Integer version, Set<Citizenship> citizenships, Set<IdentityDocument> documents) {
        this.id = id;
        this.pseudonym = pseudonym;
        this.surname = surname;
        this.givenName = givenName;
        this.patronymic = patronymic;
        this.latinName = latinName;
        this.nameIndex = nameIndex;
        this.birthDate = birthDate;
        this.birthYear = birthYear;
        this.sex = sex;
        this.phone = phone;
        this.email = email;
        this.address = address;
        this.registeredByUserId = registeredByUserId;
        this.registeredByOrganisationId = registeredByOrganisationId;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.stateless = stateless;
        this.version = version;
        this.citizenships = citizenships;
        this.documents = documents;
    }

    /** A new record of the details, registered by the user of the organisation. */
    static Person register(String pseudonym, PersonDetails details, long userId, long organisationId,
            FieldEncryption encryption, Instant now) {
        Person person = new Person(null, pseudonym, null, null, null, null, null, null, null, Sex.UNKNOWN, null, null,
                null, userId, organisationId, now, now, false, null, Set.of(), Set.of());
        person.apply(details, encryption, now);
        return person;
    }

    /**
     * Replaces the details; answers the names of the fields that changed (for the audit trail, which
     * must never hold the values).
     */
    List<String> change(PersonDetails details, FieldEncryption encryption, Instant now) {
        PersonDetails before = details(encryption);
        List<String> changed = new ArrayList<>();
        compare(changed, "surname", before.surname(), details.surname());
        compare(changed, "givenName", before.givenName(), details.givenName());
        compare(changed, "patronymic", before.patronymic(), details.patronymic());
        compare(changed, "birthDate", before.birthDate(), details.birthDate());
        compare(changed, "sex", before.sex(), details.sex());
        compare(changed, "citizenships", before.citizenships(), details.citizenships());
        compare(changed, "stateless", before.stateless(), details.stateless());
        compare(changed, "iin", before.iin(), details.iin());
        compare(changed, "passports", new LinkedHashSet<>(before.passports()), new LinkedHashSet<>(details
                .passports()));
        compare(changed, "phone", before.phone(), details.phone());
        compare(changed, "email", before.email(), details.email());
        compare(changed, "address", before.address(), details.address());
        if (!changed.isEmpty()) {
            apply(details, encryption, now);
        }
        return changed;
    }

    /** The personal data, opened. Callers decide who may see it. */
    PersonDetails details(FieldEncryption encryption) {
        Iin iin = null;
        List<PassportNumber> passports = new ArrayList<>();
        for (IdentityDocument document : documents.stream().sorted(Comparator.comparing(IdentityDocument::blindIndex))
                .toList()) {
            String number = encryption.decrypt(document.number(), context("document." + document.kind()));
            if (IdentityDocument.IIN.equals(document.kind())) {
                iin = new Iin(number);
            } else {
                passports.add(new PassportNumber(number, new CountryCode(document.issuingCountry())));
            }
        }
        String date = open(encryption, "birthDate", birthDate);
        return new PersonDetails(open(encryption, "surname", surname), open(encryption, "givenName", givenName),
                open(encryption, "patronymic", patronymic), date == null ? null : LocalDate.parse(date), sex,
                citizenships(), iin, passports, open(encryption, "phone", phone), open(encryption, "email", email),
                open(encryption, "address", address), stateless);
    }

    /** The date of birth, opened; null where it is not known. */
    LocalDate birthDate(FieldEncryption encryption) {
        String date = birthDate == null ? null : open(encryption, "birthDate", birthDate);
        return date == null ? null : LocalDate.parse(date);
    }

    /** The Latin transliteration stored at the last change, opened. */
    String latinName(FieldEncryption encryption) {
        return open(encryption, "latinName", latinName);
    }

    PersonSummary summary() {
        return new PersonSummary(new PersonId(id), pseudonym, sex, birthYear, citizenships(), stateless);
    }

    /**
     * The normalised value indexed for search by name and date of birth; null when not searchable so.
     * The patronymic is left out: other agencies and foreign records often do not have it.
     */
    static String nameKey(String surname, String givenName, LocalDate birthDate) {
        String names = Transliteration.normalised(surname) + "|" + Transliteration.normalised(givenName);
        return birthDate == null || names.equals("|") ? null : names + "|" + birthDate;
    }

    static String passportKey(PassportNumber passport) {
        return passport.country().value() + ":" + passport.number();
    }

    private void apply(PersonDetails details, FieldEncryption encryption, Instant now) {
        surname = seal(encryption, "surname", details.surname());
        givenName = seal(encryption, "givenName", details.givenName());
        patronymic = seal(encryption, "patronymic", details.patronymic());
        latinName = seal(encryption, "latinName", details.latinName());
        String key = nameKey(details.surname(), details.givenName(), details.birthDate());
        nameIndex = key == null ? null : encryption.blindIndex(NAME_INDEX, key);
        birthDate = seal(encryption, "birthDate", details.birthDate() == null ? null : details.birthDate().toString());
        birthYear = details.birthDate() == null ? null : details.birthDate().getYear();
        sex = details.sex();
        phone = seal(encryption, "phone", details.phone());
        email = seal(encryption, "email", details.email());
        address = seal(encryption, "address", details.address());
        citizenships = details.citizenships().stream().map(country -> new Citizenship(country.value()))
                .collect(Collectors.toSet());
        stateless = details.stateless();
        Set<IdentityDocument> sealed = new HashSet<>();
        if (details.iin() != null) {
            sealed.add(new IdentityDocument(IdentityDocument.IIN, CountryCode.KAZAKHSTAN.value(),
                    seal(encryption, "document." + IdentityDocument.IIN, details.iin().value()),
                    encryption.blindIndex(IIN_INDEX, details.iin().value())));
        }
        for (PassportNumber passport : details.passports()) {
            sealed.add(new IdentityDocument(IdentityDocument.PASSPORT, passport.country().value(),
                    seal(encryption, "document." + IdentityDocument.PASSPORT, passport.number()),
                    encryption.blindIndex(PASSPORT_INDEX, passportKey(passport))));
        }
        documents = sealed;
        updatedAt = now;
    }

    private Set<CountryCode> citizenships() {
        return citizenships.stream().map(citizenship -> new CountryCode(citizenship.countryCode()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private byte[] seal(FieldEncryption encryption, String field, String value) {
        return encryption.encrypt(value, context(field));
    }

    private String open(FieldEncryption encryption, String field, byte[] value) {
        return encryption.decrypt(value, context(field));
    }

    /** The associated data of a field of this record. */
    private String context(String field) {
        return "person." + field + "/" + pseudonym;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    Long id() {
        return id;
    }

    String pseudonym() {
        return pseudonym;
    }

    long registeredByUserId() {
        return registeredByUserId;
    }

    long registeredByOrganisationId() {
        return registeredByOrganisationId;
    }

    /** The blind indexes of the person's documents, each prefixed by its kind (IIN:…, PASSPORT:…). */
    Set<String> documentKeys() {
        return documents.stream().map(document -> document.kind() + ":" + document.blindIndex()).collect(Collectors
                .toSet());
    }
}
