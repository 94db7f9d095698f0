package kz.qorgau.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.Accounts;
import kz.qorgau.persons.PersonMatch.MatchedBy;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Sex;

/** The person registry on the real database: encryption at rest, blind-index search, reveal and its audit. */
@QorgauTest
class PersonRegistryTests extends FullTest {

    @Autowired
    PersonRegistry registry;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail trail;

    Actors actors;

    @BeforeEach
    void actors() {
        actors = new Actors(accounts);
    }

    PersonId register(String username, PersonDetails details) throws Exception {
        return actors.as(username, () -> registry.register(details));
    }

    @Test
    void noPersonalDataIsStoredInClear() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        PersonId id = register("investigator", details);

        List<String> secrets = new ArrayList<>(List.of(details.surname(), details.givenName(), details.patronymic(),
                details.latinName(), details.iin().value(), details.passports().getFirst().number(), details.phone(),
                details.phone().replaceAll("\\D", ""), details.email(), details.address(),
                details.birthDate().toString(), details.birthDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")),
                details.iin().value().substring(0, 6)));
        for (String part : details.latinName().split(" ")) {
            secrets.add(part);
            secrets.add(part.toLowerCase());
        }

        List<Map<String, Object>> rows = new ArrayList<>();
        rows.addAll(jdbc.sql("select * from persons_person where id = ?").param(id.value()).query().listOfRows());
        rows.addAll(jdbc.sql("select * from persons_document where person_id = ?").param(id.value()).query()
                .listOfRows());
        rows.addAll(jdbc.sql("select * from persons_citizenship where person_id = ?").param(id.value()).query()
                .listOfRows());
        rows.addAll(audit.record("person", id).rows());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(5);
        for (Map<String, Object> row : rows) {
            for (Map.Entry<String, Object> column : row.entrySet()) {
                byte[] stored = bytes(column.getValue());
                for (String secret : secrets) {
                    assertThat(contains(stored, secret.getBytes(StandardCharsets.UTF_8)))
                            .as("column %s holds personal data in clear", column.getKey()).isFalse();
                }
            }
        }
        // what is in clear on purpose: statistics need it, and it identifies no one alone
        Map<String, Object> person = jdbc.sql("select * from persons_person where id = ?").param(id.value()).query()
                .singleRow();
        assertThat(person.get("sex")).isEqualTo("FEMALE");
        assertThat(((Number) person.get("birth_year")).intValue()).isEqualTo(details.birthDate().getYear());
        assertThat(person.get("pseudonym").toString()).matches("P-[2-9A-HJKMNP-Z]{8}");
        assertThat(jdbc.sql("select country_code from persons_citizenship where person_id = ? order by 1")
                .param(id.value()).query(String.class).list()).containsExactly("KZ", "UZ");
    }

    @Test
    void aPersonIsFoundByExactIinPassportOrNameWithDateOfBirth() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        PersonId id = register("caseworker", details);

        List<PersonMatch> byIin = actors.as("investigator", () -> registry.findMatches(PersonSearch.byIin(details
                .iin())));
        assertThat(byIin).extracting(match -> match.person().id()).containsExactly(id);
        assertThat(byIin.getFirst().matchedBy()).containsExactly(MatchedBy.IIN);
        assertThat(byIin.getFirst().person().birthYear()).isEqualTo(details.birthDate().getYear());

        PassportNumber typed = PassportNumber.of(details.passports().getFirst().number().toLowerCase(), "uz");
        assertThat(actors.as("hotline", () -> registry.findMatches(PersonSearch.byPassport(typed))))
                .extracting(match -> match.person().id()).containsExactly(id);
        // the same number issued by another country is another document
        assertThat(actors.as("hotline", () -> registry.findMatches(
                PersonSearch.byPassport(PassportNumber.of(typed.number(), "KG"))))).isEmpty();

        // the name typed in Latin letters, in capitals, finds the Cyrillic record
        String[] latin = details.latinName().toUpperCase().split(" ");
        List<PersonMatch> byName = actors.as("prosecutor",
                () -> registry.findMatches(PersonSearch.byName(latin[0], latin[1], details.birthDate())));
        assertThat(byName).extracting(match -> match.person().id()).containsExactly(id);
        assertThat(actors.as("prosecutor", () -> registry.findMatches(
                PersonSearch.byName(details.surname(), details.givenName(), details.birthDate().plusDays(1)))))
                .isEmpty();

        List<PersonMatch> everything = actors.as("investigator", () -> registry.findMatches(PersonSearch.duplicatesOf(
                details).orElseThrow()));
        assertThat(everything).hasSize(1);
        assertThat(everything.getFirst().matchedBy())
                .containsExactlyInAnyOrder(MatchedBy.IIN, MatchedBy.PASSPORT, MatchedBy.NAME_AND_BIRTH_DATE);
        // the search is audited, without its values
        String audited = audit.action("PERSON_SEARCHED").last().details();
        assertThat(audited).contains("IIN,PASSPORT,NAME_AND_BIRTH_DATE").doesNotContain(details.iin().value());
    }

    @Test
    void aSearchNeedsACriterionAndANameNeedsADateOfBirth() {
        assertThatThrownBy(() -> new PersonSearch(null, List.of(), " ", null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("person.error.search-criteria");
        assertThatThrownBy(() -> PersonSearch.byName("Серікова", null, null))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("person.error.search-name-needs-birth-date");
    }

    @Test
    void revealingNeedsAGrantAndAReasonAndIsAudited() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        PersonId id = register("investigator", details);
        String pseudonym = actors.as("investigator", () -> registry.summary(id)).pseudonym();

        // no policy grants the supervisor: the person is "not found", and the attempt is audited
        assertThatThrownBy(() -> actors.as("supervisor", () -> registry.reveal(id, "проверка")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("person.error.not-found");
        assertThat(actors.as("supervisor", () -> registry.maySee(id))).isFalse();
        assertThat(audit.action("PERSON_REVEAL_REFUSED").target(id).actors()).containsExactly("supervisor");
        // a person that does not exist answers the same
        assertThatThrownBy(() -> actors.as("supervisor", () -> registry.reveal(new PersonId(Long.MAX_VALUE),
                "проверка")))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("person.error.not-found");

        // the registering user may, with a reason
        assertThatThrownBy(() -> actors.as("investigator", () -> registry.reveal(id, "  ")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("person.error.reason-required");
        assertThat(audit.action("PERSON_REVEALED").target(id).count()).isZero();
        PersonDetails revealed = actors.as("investigator", () -> registry.reveal(id, "Допрос потерпевшей 12.03"));
        assertThat(revealed).isEqualTo(details);
        assertThat(revealed.latinName()).isEqualTo(details.latinName());

        assertThat(audit.action("PERSON_REVEALED").target(id).count()).isEqualTo(1);
        AuditAssertions.Entry entry = audit.action("PERSON_REVEALED").target(id).last();
        assertThat(entry.actor()).isEqualTo("investigator");
        assertThat(entry.details()).contains(pseudonym).doesNotContain("Допрос потерпевшей 12.03")
                .doesNotContain(details.surname()).doesNotContain(details.iin().value());
        // the reason is sealed: an auditor opens it
        long seq = entry.seq();
        assertThat(actors.as("auditor", () -> trail.unseal(seq))).containsEntry("reason", "Допрос потерпевшей 12.03");
    }

    @Test
    void anUpdateIsAuditedWithTheChangedFieldNamesOnly() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        PersonId id = register("investigator", details);
        String newPhone = "+7 777 000 11 22";
        PersonDetails changed = new PersonDetails(details.surname(), details.givenName(), details.patronymic(),
                details.birthDate(), details.sex(), Set.of(CountryCode.of("UZ")), details.iin(), details.passports(),
                newPhone, details.email(), details.address());

        actors.as("investigator", () -> registry.update(id, changed));

        assertThat(audit.action("PERSON_UPDATED").target(id).count()).isEqualTo(1);
        String audited = audit.action("PERSON_UPDATED").target(id).last().details();
        assertThat(audited).contains("citizenships,phone").doesNotContain("777").doesNotContain(details.phone());
        assertThat(actors.as("investigator", () -> registry.reveal(id, "проверка изменения")).phone()).isEqualTo(
                newPhone);
        assertThat(actors.as("investigator", () -> registry.summary(id)).citizenships()).containsExactly(CountryCode.of(
                "UZ"));
        // nothing changed, nothing audited
        actors.as("investigator", () -> registry.update(id, changed));
        assertThat(audit.action("PERSON_UPDATED").target(id).count()).isEqualTo(1);
        // others may not change what they may not see
        assertThatThrownBy(() -> actors.as("court", () -> registry.update(id, details)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void summariesAreNonIdentifying() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        PersonId first = register("investigator", details);
        PersonId second = register("investigator", new PersonDetails(null, SyntheticPersons.name(""), null, null,
                Sex.MALE, Set.of(), null, List.of(), null, null, null));
        Map<PersonId, PersonSummary> summaries = actors.as("court",
                () -> registry.summaries(List.of(first, second, new PersonId(Long.MAX_VALUE))));
        assertThat(summaries).containsOnlyKeys(first, second);
        assertThat(summaries.get(first).sex()).isEqualTo(Sex.FEMALE);
        assertThat(summaries.get(second).birthYear()).isNull();
        assertThat(summaries.get(first).pseudonym()).isNotEqualTo(summaries.get(second).pseudonym());
        assertThat(PersonSummary.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("id", "pseudonym", "sex", "birthYear", "citizenships", "stateless");
    }

    @Test
    void analystsAuditorsAndAdministratorsHaveNoAccess() {
        for (String username : List.of("analyst", "auditor", "admin")) {
            assertThatThrownBy(() -> register(username, SyntheticPersons.complete()))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> actors.as(username, () -> registry.findMatches(
                    PersonSearch.byIin(SyntheticPersons.iin(SyntheticPersons.birthDate(), Sex.MALE)))))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static byte[] bytes(Object value) {
        if (value == null) {
            return new byte[0];
        }
        if (value instanceof byte[] array) {
            return array;
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        // also as hex text, in case a driver hands bytea over as its escaped form
        String hex = HexFormat.of().formatHex(needle);
        String asText = new String(haystack, StandardCharsets.ISO_8859_1);
        return asText.contains(new String(needle, StandardCharsets.ISO_8859_1)) || asText.contains(hex);
    }
}
