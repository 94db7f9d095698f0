package kz.qorgau.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.Sex;

/**
 * The IIN rules. Valid numbers here were computed by hand with the algorithm (weights 1..11 over the first
 * 11 digits, modulo 11; 10 means weights 3..11,1,2 instead); all are synthetic.
 */
class IinTests {

    @ParameterizedTest
    @CsvSource({
            // IIN, date of birth, sex
            "900515400014, 1990-05-15, FEMALE",
            "850312300121, 1985-03-12, MALE",
            "010203501234, 2001-02-03, MALE",
            "000229600450, 2000-02-29, FEMALE",
            "781231300674, 1978-12-31, MALE",
            "851231100012, 1885-12-31, MALE",
            "851231200019, 1885-12-31, FEMALE" })
    void aValidIinGivesItsDateOfBirthAndSex(String value, LocalDate birthDate, Sex sex) {
        Iin iin = new Iin(value);
        assertThat(iin.birthDate()).isEqualTo(birthDate);
        assertThat(iin.sex()).isEqualTo(sex);
    }

    @Test
    void theCheckDigitFallsBackToTheSecondWeightsWhenTheFirstGiveTen() {
        // 9·1+0·2+0·3+5·4+1·5+5·6+4·7+0·8+0·9+5·10+0·11 = 142, 142 mod 11 = 10;
        // 9·3+0+0+5·6+1·7+5·8+4·9+0+0+5·1+0 = 145, 145 mod 11 = 2
        assertThat(Iin.checkDigit("90051540050")).isEqualTo(2);
        assertThat(new Iin("900515400502").birthDate()).isEqualTo(LocalDate.of(1990, 5, 15));
    }

    @Test
    void elevenDigitsWhoseBothWeightingsGiveTenHaveNoValidIin() {
        assertThat(Iin.checkDigit("90051540054")).isNull();
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(Iin.isValid("90051540054" + digit)).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({ "1885-12-31, FEMALE", "1960-01-01, MALE", "1994-03-08, FEMALE", "2000-02-29, FEMALE",
            "2019-07-14, MALE" })
    void theTestsSyntheticIinsAreValidForTheirDateOfBirthAndSex(LocalDate birthDate, Sex sex) {
        for (int i = 0; i < 50; i++) {
            Iin iin = SyntheticPersons.iin(birthDate, sex);
            assertThat(Iin.isValid(iin.value())).isTrue();
            assertThat(iin.birthDate()).isEqualTo(birthDate);
            assertThat(iin.sex()).isEqualTo(sex);
        }
    }

    @Test
    void aWrongCheckDigitIsRefused() {
        assertThatThrownBy(() -> new Iin("900515400015"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("iin.error.check-digit");
        assertThatThrownBy(() -> new Iin("900515400015")).hasMessageNotContaining("900515400015");
    }

    @ParameterizedTest
    @CsvSource({ "990230400011", "901315400013", "000229300015", "010229500016", "900500400012" })
    void anImpossibleDateOfBirthIsRefused(String value) {
        // check digits right, dates wrong: 30 February, month 13, 29 February 1900 (not a leap year), 29 February 2001, day 0
        assertThatThrownBy(() -> new Iin(value))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("iin.error.birth-date");
    }

    @ParameterizedTest
    @CsvSource({ "900515000019", "900515700013", "900515900016" })
    void aCenturyAndSexDigitOutsideOneToSixIsRefused(String value) {
        assertThatThrownBy(() -> new Iin(value))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("iin.error.century");
    }

    @ParameterizedTest
    @CsvSource({ "90051540001", "9005154000145", "90051540001A", "'        '" })
    void anythingButTwelveDigitsIsRefused(String value) {
        assertThatThrownBy(() -> new Iin(value))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("iin.error.format");
    }

    @Test
    void spacesAndDashesAsTypedAreAccepted() {
        assertThat(Iin.of(" 900515-400014 ")).isEqualTo(new Iin("900515400014"));
        assertThat(Iin.of("900 515 400 014").value()).isEqualTo("900515400014");
    }

    @Test
    void theNumberIsNeverPrinted() {
        assertThat(new Iin("900515400014").toString()).doesNotContain("9005154000").endsWith("14]");
    }
}
