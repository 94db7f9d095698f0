package kz.qorgau.linkage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The comparators' levels, and Jaro–Winkler against the published examples (Winkler 1990; Cohen et al. 2003). */
class FieldComparatorTests {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "martha, marhta, 0.9611", "dwayne, duane, 0.84", "dixon, dicksonx, 0.8133",
            "jellyfish, smellyfish, 0.8963" })
    void jaroWinklerGivesThePublishedSimilarities(String a, String b, double similarity) {
        assertThat(JaroWinkler.similarity(a, b)).isCloseTo(similarity, within(0.001));
        assertThat(JaroWinkler.similarity(b, a)).isEqualTo(JaroWinkler.similarity(a, b));
    }

    @Test
    void jaroWinklerLevelsAreCutAtCloseAndPartial() {
        FieldComparator names = FieldComparator.jaroWinkler();
        assertThat(names.compare("janar", "janar")).isEqualTo(AgreementLevel.EXACT);
        assertThat(names.compare("martha", "marhta")).isEqualTo(AgreementLevel.CLOSE);
        assertThat(names.compare("dwayne", "duane")).isEqualTo(AgreementLevel.PARTIAL);
        assertThat(names.compare("janar", "bolat")).isEqualTo(AgreementLevel.DISAGREE);
        assertThat(names.levels()).containsExactly(AgreementLevel.DISAGREE, AgreementLevel.PARTIAL,
                AgreementLevel.CLOSE, AgreementLevel.EXACT);
    }

    @Test
    void jaroWinklerLevelsNeedOrderedCuts() {
        assertThatThrownBy(() -> new FieldComparator.JaroWinklerLevels(0.8, 0.9)).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void aBirthDateWithDayAndMonthSwappedIsClose() {
        assertThat(FieldComparator.birthDate().compare("19900407", "19900704")).isEqualTo(AgreementLevel.CLOSE);
    }

    @Test
    void aBirthDateWithOneDigitWrongIsClose() {
        assertThat(FieldComparator.birthDate().compare("19900407", "19800407")).isEqualTo(AgreementLevel.CLOSE);
        assertThat(FieldComparator.birthDate().compare("19900407", "19900408")).isEqualTo(AgreementLevel.CLOSE);
    }

    @Test
    void aBirthDateWithTwoDigitsWrongDisagrees() {
        assertThat(FieldComparator.birthDate().compare("19900407", "19910408")).isEqualTo(AgreementLevel.DISAGREE);
        assertThat(FieldComparator.birthDate().compare("19900407", "1990047")).isEqualTo(AgreementLevel.DISAGREE);
    }

    @Test
    void theSameBirthDateIsExact() {
        assertThat(FieldComparator.birthDate().compare("19900407", "19900407")).isEqualTo(AgreementLevel.EXACT);
    }

    @Test
    void aBirthYearAgreesPartlyWithADateOfThatYear() {
        FieldComparator dates = FieldComparator.birthDateOrYear();
        assertThat(dates.compare("1990", "19900407")).isEqualTo(AgreementLevel.PARTIAL);
        assertThat(dates.compare("19900407", "1990")).isEqualTo(AgreementLevel.PARTIAL);
        assertThat(dates.compare("1990", "1990")).as("two years agree on no more than the year").isEqualTo(
                AgreementLevel.PARTIAL);
    }

    @Test
    void aBirthYearDisagreesWithAnotherYear() {
        FieldComparator dates = FieldComparator.birthDateOrYear();
        assertThat(dates.compare("1991", "19900407")).isEqualTo(AgreementLevel.DISAGREE);
        assertThat(dates.compare("1991", "1990")).isEqualTo(AgreementLevel.DISAGREE);
    }

    @Test
    void fullDatesCompareAsBirthDatesWhenAYearMayStandAlone() {
        FieldComparator dates = FieldComparator.birthDateOrYear();
        assertThat(dates.compare("19900407", "19900407")).isEqualTo(AgreementLevel.EXACT);
        assertThat(dates.compare("19900407", "19900704")).isEqualTo(AgreementLevel.CLOSE);
        assertThat(dates.compare("19900407", "19910408")).isEqualTo(AgreementLevel.DISAGREE);
        assertThat(dates.levels()).containsExactly(AgreementLevel.DISAGREE, AgreementLevel.PARTIAL,
                AgreementLevel.CLOSE, AgreementLevel.EXACT);
    }

    @Test
    void documentNumbersSexAndCitizenshipAgreeOnlyExactly() {
        FieldComparator exact = FieldComparator.exact();
        assertThat(exact.compare("N1234567", "N1234567")).isEqualTo(AgreementLevel.EXACT);
        assertThat(exact.compare("N1234567", "N1234568")).isEqualTo(AgreementLevel.DISAGREE);
        assertThat(exact.compare("KZ", "KG")).isEqualTo(AgreementLevel.DISAGREE);
        assertThat(exact.levels()).containsExactly(AgreementLevel.DISAGREE, AgreementLevel.EXACT);
    }
}
