package kz.qorgau.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegionCodeTests {

    @Test
    void acceptsAnIsoCodeOfKazakhstan() {
        assertThat(new RegionCode("KZ-75").value()).isEqualTo("KZ-75");
    }

    @Test
    void normalisesCaseAndSpacesWhenParsing() {
        assertThat(RegionCode.of(" kz-19 ")).isEqualTo(new RegionCode("KZ-19"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "KZ", "KZ-7", "KZ-750", "KG-75", "KZ-AKM", "kz-75", "KZ 75" })
    void rejectsWhatIsNotAnIsoCodeOfKazakhstan(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new RegionCode(value));
    }

    @Test
    void rejectsNull() {
        assertThatNullPointerException().isThrownBy(() -> new RegionCode(null));
    }

    @Test
    void ordersByCode() {
        assertThat(new RegionCode("KZ-10")).isLessThan(new RegionCode("KZ-79"));
    }
}
