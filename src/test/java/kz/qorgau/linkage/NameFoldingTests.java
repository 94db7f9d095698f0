package kz.qorgau.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One test per folding rule of {@link NameFolding}, each with the spellings a passport, a Russian or Kazakh document
 * and everyday use give one name. All names are made up or common first names.
 */
class NameFoldingTests {

    @Test
    void theSameWomanInKazakhCyrillicHerPassportAndEverydayLatinFoldsToOneKey() {
        assertThat(NameFolding.givenName("Жанар")).isEqualTo("janar");
        assertThat(NameFolding.surname("Сейітова")).isEqualTo("seitov");
        assertThat(NameFolding.givenName("Zhanar")).isEqualTo("janar");
        assertThat(NameFolding.surname("Seitova")).isEqualTo("seitov");
        assertThat(NameFolding.givenName("Janar")).isEqualTo("janar");
        assertThat(NameFolding.surname("Seytova")).isEqualTo("seitov");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "Әлия, alia", "Ғалым, galim", "Қайрат, kairat", "Аңсар, ansar", "Өмір, omir", "Ұлан, ulan",
            "Үміт, umit", "Һашим, hashim", "Ілияс, ilias" })
    void kazakhLettersTransliterateToTheirLatinLetter(String kazakh, String folded) {
        assertThat(NameFolding.givenName(kazakh)).isEqualTo(folded);
    }

    @Test
    void russianCyrillicTransliteratesAsInAPassport() {
        assertThat(NameFolding.givenName("Юлия")).isEqualTo(NameFolding.givenName("Yuliya")).isEqualTo("iulia");
        assertThat(NameFolding.surname("Щукин")).isEqualTo(NameFolding.surname("Shchukin")).isEqualTo("shchukin");
        assertThat(NameFolding.surname("Цой")).isEqualTo(NameFolding.surname("Tsoy")).isEqualTo("tsoi");
    }

    @Test
    void zhDzhAndDjFoldToJ() {
        assertThat(NameFolding.givenName("Zhamila")).isEqualTo("jamila");
        assertThat(NameFolding.givenName("Dzhamila")).isEqualTo("jamila");
        assertThat(NameFolding.givenName("Djamila")).isEqualTo("jamila");
        assertThat(NameFolding.givenName("Jamila")).isEqualTo("jamila");
    }

    @Test
    void khAndHFoldToH() {
        assertThat(NameFolding.surname("Khasanov")).isEqualTo(NameFolding.surname("Hasanov")).isEqualTo("hasanov");
        assertThat(NameFolding.surname("Хасанов")).isEqualTo("hasanov");
    }

    @Test
    void uzbekXFoldsAsKh() {
        assertThat(NameFolding.surname("Xolmatov")).isEqualTo(NameFolding.surname("Kholmatov")).isEqualTo(
                "holmatov");
    }

    @Test
    void yuAndIuFoldToOne() {
        assertThat(NameFolding.givenName("Yuriy")).isEqualTo(NameFolding.givenName("Iurii")).isEqualTo("iuri");
    }

    @Test
    void yaAndIaFoldToOne() {
        assertThat(NameFolding.givenName("Yana")).isEqualTo(NameFolding.givenName("Iana")).isEqualTo("iana");
        assertThat(NameFolding.givenName("Яна")).isEqualTo("iana");
    }

    @Test
    void yAndIFoldToI() {
        assertThat(NameFolding.surname("Seytkali")).isEqualTo(NameFolding.surname("Seitkali")).isEqualTo(
                "seitkali");
    }

    @Test
    void ghAndGFoldToG() {
        assertThat(NameFolding.givenName("Ghalym")).isEqualTo(NameFolding.givenName("Galym")).isEqualTo("galim");
    }

    @Test
    void qAndKFoldToK() {
        assertThat(NameFolding.givenName("Qairat")).isEqualTo(NameFolding.givenName("Kairat")).isEqualTo("kairat");
        assertThat(NameFolding.surname("Qasymov")).isEqualTo(NameFolding.surname("Kasymov"));
    }

    @Test
    void aFemaleSurnameEndingFoldsToTheMaleOne() {
        assertThat(NameFolding.surname("Ivanova")).isEqualTo(NameFolding.surname("Ivanov")).isEqualTo("ivanov");
        assertThat(NameFolding.surname("Alieva")).isEqualTo(NameFolding.surname("Aliev")).isEqualTo("aliev");
        assertThat(NameFolding.surname("Kovalevskaya")).isEqualTo(NameFolding.surname("Kovalevskiy")).isEqualTo(
                "kovalevski");
    }

    @Test
    void aGivenNameKeepsItsEnding() {
        assertThat(NameFolding.givenName("Nurgeva")).isEqualTo("nurgeva");
        assertThat(NameFolding.surname("Ova")).as("too short to be an ending").isEqualTo("ova");
    }

    @Test
    void uzbekApostrophesOfOAndGAreDropped() {
        assertThat(NameFolding.givenName("O'g'iloy")).isEqualTo("ogiloi");
        assertThat(NameFolding.givenName("O\u02bbg\u02bbiloy")).isEqualTo("ogiloi");
        assertThat(NameFolding.givenName("O\u2018g\u2019iloy")).isEqualTo("ogiloi");
        assertThat(NameFolding.givenName("Ogiloy")).isEqualTo("ogiloi");
    }

    @Test
    void shAndChAreOneInUzbekKyrgyzRussianAndKazakhLatin() {
        assertThat(NameFolding.givenName("Shavkat")).isEqualTo(NameFolding.givenName("Шавкат")).isEqualTo(
                NameFolding.givenName("Şavkat")).isEqualTo("shavkat");
        assertThat(NameFolding.givenName("Chingiz")).isEqualTo(NameFolding.givenName("Чингиз")).isEqualTo(
                NameFolding.givenName("Çingiz")).isEqualTo("chingiz");
    }

    @Test
    void kazakhLatinOf2021FoldsAsTheCyrillic() {
        assertThat(NameFolding.givenName("Ğalym")).isEqualTo(NameFolding.givenName("Ғалым"));
        assertThat(NameFolding.givenName("Äliya")).isEqualTo(NameFolding.givenName("Әлия"));
        assertThat(NameFolding.givenName("Ümit")).isEqualTo(NameFolding.givenName("Үміт"));
    }

    @Test
    void anInitialYeFoldsToE() {
        assertThat(NameFolding.givenName("Yerlan")).isEqualTo(NameFolding.givenName("Erlan")).isEqualTo(NameFolding
                .givenName("Ерлан")).isEqualTo("erlan");
    }

    @Test
    void yeAfterAVowelFoldsToE() {
        assertThat(NameFolding.surname("Андреева")).isEqualTo(NameFolding.surname("Andreeva")).isEqualTo(NameFolding
                .surname("Andreyeva")).isEqualTo("andrev");
        assertThat(NameFolding.surname("Жумабаев")).isEqualTo(NameFolding.surname("Zhumabaev")).isEqualTo(NameFolding
                .surname("Jumabayev")).isEqualTo("jumabaev");
        assertThat(NameFolding.givenName("Сергеевич")).isEqualTo(NameFolding.givenName("Sergeyevich")).isEqualTo(
                "sergevich");
    }

    @Test
    void ieAfterAConsonantIsKept() {
        assertThat(NameFolding.givenName("Daniel")).isEqualTo("daniel");
        assertThat(NameFolding.surname("Dmitriev")).isEqualTo(NameFolding.surname("Dmitriyev")).isEqualTo(
                "dmitriev");
    }

    @Test
    void theMiddleDotOfBgnIsSilent() {
        assertThat(NameFolding.surname("Жээнбеков")).isEqualTo(NameFolding.surname("Zheenbekov")).isEqualTo(
                "jenbekov");
        assertThat(NameFolding.givenName("Аыйгул")).isEqualTo(NameFolding.givenName("Ayygul"));
    }

    @Test
    void doubledLettersFoldToOne() {
        assertThat(NameFolding.givenName("Dmitriy")).isEqualTo(NameFolding.givenName("Dmitrii")).isEqualTo(
                NameFolding.givenName("Dmitri")).isEqualTo("dmitri");
        assertThat(NameFolding.givenName("Alla")).isEqualTo("ala");
    }

    @Test
    void softAndHardSignsAreSilent() {
        assertThat(NameFolding.givenName("Игорь")).isEqualTo("igor");
        assertThat(NameFolding.surname("Подъячев")).isEqualTo("podiachev");
    }

    @Test
    void wordsAreLowerCasedAndSeparatedByOneSpace() {
        assertThat(NameFolding.givenName("  Anna-Maria  ")).isEqualTo("ana maria");
        assertThat(NameFolding.surname("Seitova Ivanova")).isEqualTo("seitov ivanov");
    }

    @Test
    void aMissingNameFoldsToEmpty() {
        assertThat(NameFolding.givenName(null)).isEmpty();
        assertThat(NameFolding.surname("  ")).isEmpty();
    }
}
