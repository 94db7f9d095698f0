package kz.qorgau.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The BIN rules. The examples' check digits were computed by hand with the IIN's algorithm (weights 1..11 over the
 * first 11 digits, modulo 11; 10 means weights 3..11,1,2 instead); all numbers are synthetic. The properties run
 * over fixed seeds, as the other property tests, so that a failure is reproduced by its seed.
 */
class BinTests {

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 500).mapToObj(seed -> (long) seed);
    }

    @ParameterizedTest
    @CsvSource({
            // BIN, kind, division
            "040540001230, RESIDENT_LEGAL_ENTITY, HEAD_OFFICE",
            "151241000074, RESIDENT_LEGAL_ENTITY, BRANCH",
            "990152004500, NON_RESIDENT_LEGAL_ENTITY, REPRESENTATIVE_OFFICE",
            "210360000012, JOINT_VENTURE_ENTREPRENEUR, HEAD_OFFICE",
            "120343000893, RESIDENT_LEGAL_ENTITY, PEASANT_FARM" })
    void aValidBinGivesItsKindAndDivision(String value, Bin.Kind kind, Bin.Division division) {
        Bin bin = new Bin(value);
        assertThat(bin.kind()).isEqualTo(kind);
        assertThat(bin.division()).isEqualTo(division);
        assertThat(Bin.isValid(value)).isTrue();
    }

    @Test
    void spacesAndDashesBetweenDigitsAreAccepted() {
        assertThat(Bin.of("0405 4000 1230")).isEqualTo(new Bin("040540001230"));
        assertThat(Bin.of(" 040540-001230 ")).isEqualTo(new Bin("040540001230"));
        assertThat(Bin.isValid("040 540 001 230")).isTrue();
    }

    @Test
    void theCheckDigitFallsBackToTheSecondWeightsWhenTheFirstGiveTen() {
        // 1·1+9·2+0·3+5·4+4·5+0+0+0+0+5·10+0·11 = 109, 109 mod 11 = 10;
        // 1·3+9·4+0+5·6+4·7+0+0+0+0+5·1+0 = 102, 102 mod 11 = 3
        assertThat(CheckDigit.of("19054000050")).isEqualTo(3);
        assertThat(Bin.isValid("190540000503")).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
            "04054000123, bin.error.format",
            "0405400012301, bin.error.format",
            "04054000123A, bin.error.format",
            "071340001231, bin.error.month",
            "070040001238, bin.error.month",
            "070570001235, bin.error.kind",
            "070530001231, bin.error.kind",
            "070544001238, bin.error.division",
            "040540001231, bin.error.check-digit" })
    void anInvalidBinIsRefusedWithItsReason(String value, String messageKey) {
        // the month, kind and division cases have right check digits: only the rule named fails
        assertThatThrownBy(() -> Bin.of(value))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo(messageKey);
        assertThat(Bin.isValid(value)).isFalse();
    }

    @Test
    void nothingIsNotABin() {
        assertThat(Bin.isValid(null)).isFalse();
        assertThat(Bin.isValid("")).isFalse();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyNumberOfAValidStructureWithItsCheckDigitIsAccepted(long seed) {
        Random random = new Random(seed);
        String first11 = SyntheticBins.first11(random);
        Integer check = CheckDigit.of(first11);
        if (check != null) {
            assertThat(Bin.isValid(first11 + check)).as("seed %d: %s", seed, first11 + check).isTrue();
        }
        Bin bin = SyntheticBins.bin(random);
        assertThat(Bin.of(bin.value())).isEqualTo(bin);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyOtherCheckDigitIsRefused(long seed) {
        Bin bin = SyntheticBins.bin(new Random(seed));
        String first11 = bin.value().substring(0, 11);
        int check = bin.value().charAt(11) - '0';
        for (int digit = 0; digit <= 9; digit++) {
            if (digit != check) {
                String wrong = first11 + digit;
                assertThat(Bin.isValid(wrong)).as("seed %d: %s", seed, wrong).isFalse();
                assertThatThrownBy(() -> new Bin(wrong))
                        .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("bin.error.check-digit");
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void elevenDigitsWhoseBothWeightingsGiveTenHaveNoValidBin(long seed) {
        Random random = new Random(seed);
        String first11 = SyntheticBins.first11(random);
        while (CheckDigit.of(first11) != null) {
            first11 = SyntheticBins.first11(random);
        }
        for (int digit = 0; digit <= 9; digit++) {
            assertThat(Bin.isValid(first11 + digit)).as("seed %d: %s", seed, first11 + digit).isFalse();
        }
    }
}
