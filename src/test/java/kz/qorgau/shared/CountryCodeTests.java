package kz.qorgau.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class CountryCodeTests {

    @Test
    void acceptsIsoAlpha2CodesAsTyped() {
        assertThat(CountryCode.of(" uz ")).isEqualTo(new CountryCode("UZ"));
        assertThat(CountryCode.isValid("kg")).isTrue();
        assertThat(CountryCode.isValid("KAZ")).isFalse();
    }

    @Test
    void refusesWhatIsNotAnIso3166Country() {
        for (String value : new String[]{ "XX", "kaz", "", "K", "SU" }) {
            assertThatThrownBy(() -> CountryCode.of(value))
                    .isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("country.error.unknown");
        }
    }

    @Test
    void knowsItsAlpha3CodeAndItsNameInEachLanguage() {
        CountryCode uzbekistan = CountryCode.of("UZ");
        assertThat(uzbekistan.alpha3()).isEqualTo("UZB");
        assertThat(CountryCode.KAZAKHSTAN.alpha3()).isEqualTo("KAZ");
        assertThat(uzbekistan.name(Locale.ENGLISH)).isEqualTo("Uzbekistan");
        assertThat(uzbekistan.name(Locale.forLanguageTag("ru"))).isEqualTo("Узбекистан");
        assertThat(uzbekistan.name(Locale.forLanguageTag("kk"))).isEqualTo("Өзбекстан");
    }

    @Test
    void listsKazakhstanFirstThenByName() {
        var all = CountryCode.all(Locale.forLanguageTag("ru"));
        assertThat(all.getFirst()).isEqualTo(CountryCode.KAZAKHSTAN);
        assertThat(all).hasSize(Locale.getISOCountries().length);
        assertThat(all.get(1).name(Locale.forLanguageTag("ru"))).isEqualTo("Австралия");
    }
}
