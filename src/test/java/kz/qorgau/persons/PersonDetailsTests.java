package kz.qorgau.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.Sex;

class PersonDetailsTests {

    static PersonDetails details(String surname, String givenName, LocalDate birthDate, Sex sex, Iin iin) {
        return new PersonDetails(surname, givenName, null, birthDate, sex, Set.of(), iin, List.of(), null, null, null);
    }

    @Test
    void aSurnameOrAGivenNameIsRequired() {
        assertThatThrownBy(() -> details(" ", null, null, Sex.FEMALE, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("person.error.name-required");
        assertThat(details(null, "Жанна", null, null, null).sex()).isEqualTo(Sex.UNKNOWN);
    }

    @Test
    void aStatelessPersonHasNoCitizenship() {
        assertThatThrownBy(() -> new PersonDetails("Тестов", null, null, null, Sex.MALE, Set.of(CountryCode.of("UZ")),
                null, List.of(), null, null, null, true)).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("person.error.stateless-with-citizenship");
        assertThat(new PersonDetails("Тестов", null, null, null, Sex.MALE, Set.of(), null, List.of(), null, null, null,
                true).stateless()).isTrue();
        assertThat(details("Тестов", null, null, Sex.MALE, null).stateless()).isFalse();
    }

    @Test
    void theIinSuppliesTheDateOfBirthAndSexWhenMissing() {
        PersonDetails details = details("Серікова", "Әлия", null, Sex.UNKNOWN, new Iin("900515400014"));
        assertThat(details.birthDate()).isEqualTo(LocalDate.of(1990, 5, 15));
        assertThat(details.sex()).isEqualTo(Sex.FEMALE);
    }

    @Test
    void aDateOfBirthThatContradictsTheIinIsRefused() {
        assertThatThrownBy(() -> details("Серікова", "Әлия", LocalDate.of(1990, 5, 16), null, new Iin("900515400014")))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("person.error.iin-birth-date-mismatch");
    }

    @Test
    void textsAreTidiedAndContactsChecked() {
        PersonDetails details = new PersonDetails("  Серікова ", "Әлия", "", null, null,
                Set.of(CountryCode.of("uz"), CountryCode.KAZAKHSTAN), null, List.of(), " +7 (701) 000-00-00 ",
                "aliya@example.org", "  ");
        assertThat(details.surname()).isEqualTo("Серікова");
        assertThat(details.patronymic()).isNull();
        assertThat(details.address()).isNull();
        assertThat(details.phone()).isEqualTo("+7 (701) 000-00-00");
        assertThat(details.citizenships()).containsExactly(CountryCode.KAZAKHSTAN, new CountryCode("UZ"));
        assertThat(details.fullName()).isEqualTo("Серікова Әлия");
        assertThat(details.latinName()).isEqualTo("Serikova Aliya");
        assertThatThrownBy(() -> new PersonDetails("A", null, null, null, null, null, null, null, "call me", null,
                null))
                .hasMessageContaining("person.error.phone");
        assertThatThrownBy(() -> new PersonDetails("A", null, null, null, null, null, null, null, null, "no-at-sign",
                null))
                .hasMessageContaining("person.error.email");
    }

    @Test
    void personalDataIsNeverPrinted() {
        assertThat(details("Серікова", "Әлия", null, null, new Iin("900515400014")).toString())
                .doesNotContain("Серікова").doesNotContain("900515");
    }
}
