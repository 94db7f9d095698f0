package kz.qorgau.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidValueException;

class PassportNumberTests {

    @Test
    void theNumberIsKeptInItsNormalForm() {
        PassportNumber passport = PassportNumber.of(" n 1234-5678 ", "kz");
        assertThat(passport.number()).isEqualTo("N12345678");
        assertThat(passport.country()).isEqualTo(CountryCode.KAZAKHSTAN);
        assertThat(passport).isEqualTo(PassportNumber.of("N12345678", "KZ"));
    }

    @Test
    void aNumberNeedsAnIssuingCountryAndAPlausibleForm() {
        assertThatThrownBy(() -> PassportNumber.of("N12345678", ""))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("passport.error.country-required");
        assertThatThrownBy(() -> PassportNumber.of(" ", "UZ"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("passport.error.number-required");
        assertThatThrownBy(() -> PassportNumber.of("AB", "UZ"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("passport.error.number-format");
        assertThatThrownBy(() -> PassportNumber.of("AB12345678<script>", "UZ"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("passport.error.number-format");
        assertThatThrownBy(() -> PassportNumber.of("AB1234567", "XX"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("country.error.unknown");
    }

    @Test
    void theNumberIsNeverPrinted() {
        assertThat(PassportNumber.of("AB1234567", "UZ").toString()).doesNotContain("1234567").contains("UZ");
    }
}
