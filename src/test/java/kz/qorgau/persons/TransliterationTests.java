package kz.qorgau.persons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Latin spelling of synthetic Kazakh and Russian names, as documents spell them (see {@link Transliteration}). */
class TransliterationTests {

    @ParameterizedTest
    @CsvSource({
            // Kazakh letters ә ғ қ ң ө ұ ү һ і
            "Әлия Серікқызы, Aliya Serikkyzy",
            "Қайрат Нұрланұлы, Kayrat Nurlanuly",
            "Ғалым Өтегенов, Galym Otegenov",
            "Үміт Іңкәрова, Umit Inkarova",
            "Һадиша Жұмабаева, Hadisha Zhumabaeva",
            "Айгүл Сүлейменова, Aygul Suleymenova",
            // Russian letters that ISO 9 writes with diacritics
            "Жанна Щукина, Zhanna Shchukina",
            "Юлия Цой, Yuliya Tsoy",
            "Чингиз Хасенов, Chingiz Khasenov",
            "Ольга Подъячева, Olga Podyacheva",
            "Соловьёва Эльмира, Soloveva Elmira",
            "Шынар Ыбырай, Shynar Ybyray",
            // all caps stays all caps
            "ЖАННА ЩУКИНА, ZHANNA SHCHUKINA",
            "ЭЛЛА ЮН, ELLA YUN",
            // Latin with diacritics, and other scripts
            "José Müller, Jose Muller" })
    void namesAreSpeltInAsciiLatin(String name, String latin) {
        assertThat(Transliteration.latin(name)).isEqualTo(latin);
    }

    @ParameterizedTest
    @CsvSource({ "Жанна, zhanna", "ЖАННА, zhanna", "Zhanna, zhanna", "'  Иванова-Петрова  ', ivanova petrova",
            "Нұрсұлтан, nursultan" })
    void theNormalisedFormIgnoresScriptCaseAndPunctuation(String name, String normalised) {
        assertThat(Transliteration.normalised(name)).isEqualTo(normalised);
    }
}
