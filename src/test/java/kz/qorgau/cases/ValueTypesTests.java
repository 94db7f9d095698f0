package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import kz.qorgau.shared.RuleViolationException;

class ValueTypesTests {

    @Test
    void anErdrNumberHasFifteenDigitsAndNamesItsYear() {
        ErdrNumber number = ErdrNumber.parse("22 1750 0000 00123");
        assertThat(number.value()).isEqualTo("221750000000123");
        assertThat(number.year()).isEqualTo(2022);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "22175000000012", "2217500000001234", "22175000000012A", "２２1750000000123" })
    void rejectsWhatIsNotAnErdrNumber(String value) {
        assertThatThrownBy(() -> new ErdrNumber(value)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("case.error.erdr-format");
    }

    @Test
    void aSentenceHasPositiveTermsAndProbationOnlyWithSuspension() {
        assertThat(Sentence.imprisonment(48).isEmpty()).isFalse();
        assertThat(new Sentence(null, null, null, null, null, true, true).isEmpty()).isTrue();
        assertThatThrownBy(() -> Sentence.imprisonment(0)).hasMessageContaining("case.error.sentence-months");
        assertThatThrownBy(() -> new Sentence(null, null, null, null, -5L, false, false))
                .hasMessageContaining("case.error.sentence-fine");
        assertThatThrownBy(() -> new Sentence(null, null, 12, null, null, false, false))
                .hasMessageContaining("case.error.probation-without-suspension");
        assertThat(new Sentence(null, 41, 24, null, null, false, false).suspendedMonths()).isEqualTo(41);
    }

    @Test
    void aChargePartIsSmall() {
        assertThat(new Charge("128", 3).toString()).isEqualTo("128(3)");
        assertThat(new Charge("other", null).toString()).isEqualTo("other");
        assertThatThrownBy(() -> new Charge("128", 0)).hasMessageContaining("case.error.article-part");
    }
}
