package kz.qorgau.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The consonant skeleton of {@link PhoneticKey}, over folded names. */
class PhoneticKeyTests {

    @Test
    void soundsAlikeNamesShareAKey() {
        assertThat(PhoneticKey.of("seitov")).isEqualTo(PhoneticKey.of("saitov")).isEqualTo("2310");
        assertThat(PhoneticKey.of("catherine")).isEqualTo(PhoneticKey.of("katherine"));
        assertThat(PhoneticKey.of(NameFolding.surname("Сейітова"))).isEqualTo(PhoneticKey.of(NameFolding.surname(
                "Seytova")));
    }

    @Test
    void differentSkeletonsGiveDifferentKeys() {
        assertThat(PhoneticKey.of("ivanov")).isNotEqualTo(PhoneticKey.of("petrov"));
    }

    @Test
    void aKeyIsFourCharactersOfTheFirstWord() {
        assertThat(PhoneticKey.of("li")).isEqualTo("4000");
        assertThat(PhoneticKey.of("abdrahmanov")).isEqualTo("A136");
        assertThat(PhoneticKey.of("ana maria")).isEqualTo("A500");
    }

    @Test
    void anEmptyNameHasAnEmptyKey() {
        assertThat(PhoneticKey.of("")).isEmpty();
        assertThat(PhoneticKey.of(null)).isEmpty();
    }
}
