package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import java.util.LinkedHashMap;
import java.util.Random;

import kz.qorgau.shared.Spreadsheets;

/** The CTDC variables, their coding, and the anonymiser on small tables worked out by hand. */
class CtdcTests {

    @Test
    void thereAreTwentySevenVariablesInCtdcNaming() {
        assertThat(CtdcVariable.NAMES).hasSize(27).doesNotHaveDuplicates()
                .startsWith("yearOfRegistration", "gender", "ageBroad", "citizenship", "CountryOfExploitation")
                .contains("meansDebtBondageEarnings", "meansThreats", "meansAbusePsyPhySex", "meansFalsePromises",
                        "meansDrugsAlcohol", "meansDenyBasicNeeds", "meansExcessiveWorkHours", "meansWithholdDocs",
                        "isForcedLabour", "isSexualExploit", "isOtherExploit", "typeOfLabourAgriculture",
                        "typeOfLabourConstruction", "typeOfLabourDomesticWork", "typeOfLabourHospitality",
                        "recruiterRelationFamily", "recruiterRelationFriend", "recruiterRelationOther");
        assertThat(CtdcVariable.QUASI_IDENTIFIERS).hasSameSizeAs(Ctdc.HIERARCHIES);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "0, 0--8", "8, 0--8", "9, 9--17", "17, 9--17", "18, 18--20",
            "20, 18--20", "21, 21--23", "23, 21--23", "24, 24--26", "26, 24--26", "27, 27--29", "29, 27--29",
            "30, 30--38", "38, 30--38", "39, 39--47", "47, 39--47", "48, 48+", "120, 48+", "null, null" })
    void agesFallIntoCtdcBands(Integer age, String band) {
        assertThat(Ctdc.ageBand(age)).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "KZ, KAZ", "UZ, UZB", "KG, KGZ", "TJ, TJK", "TM, TKM", "RU, RUS",
            "AE, ARE", "TR, TUR", "KR, KOR", "CN, CHN", "kz, KAZ", "null, null", "'', null" })
    void countriesAreWrittenAsIsoAlpha3(String alpha2, String alpha3) {
        assertThat(Ctdc.alpha3(alpha2)).isEqualTo(alpha3);
    }

    @Test
    void everyCountryTheSystemAcceptsHasAnAlpha3Code() {
        for (String country : Locale.getISOCountries()) {
            assertThat(Ctdc.alpha3(country)).as(country).hasSize(3).matches("[A-Z]{3}");
        }
    }

    @Test
    void aVictimOfForcedLabourInConstructionWithWithheldDocumentsAndDebt() {
        List<String> row = Ctdc.row(2031, "MALE", 31, "KG", "KZ", true, false, false, "F", "ACQUAINTED",
                Set.of("WITHHOLDS_DOCUMENTS", "TAKES_EARNINGS"));
        Map<String, String> values = byName(row);
        assertThat(values).containsEntry("yearOfRegistration", "2031").containsEntry("gender", "Male")
                .containsEntry("ageBroad", "30--38").containsEntry("citizenship", "KGZ")
                .containsEntry("CountryOfExploitation", "KAZ").containsEntry("meansWithholdDocs", "1")
                .containsEntry("meansDebtBondageEarnings", "1").containsEntry("meansThreats", "0")
                .containsEntry("isForcedLabour", "1").containsEntry("isSexualExploit", "0")
                .containsEntry("typeOfLabourConstruction", "1").containsEntry("typeOfLabourAgriculture", "0")
                .containsEntry("recruiterRelationFriend", "1").containsEntry("recruiterRelationFamily", "0");
    }

    @Test
    void whatIsNotRecordedIsEmptyNotZero() {
        Map<String, String> values = byName(Ctdc.row(2031, "UNKNOWN", null, null, null, null, null, null, null, null,
                Set.of()));
        assertThat(values.get("yearOfRegistration")).isEqualTo("2031");
        values.remove("yearOfRegistration");
        assertThat(values.values()).containsOnlyNulls();
    }

    @Test
    void aKUnderTwoIsRefusedAtStartup() {
        assertThatThrownBy(() -> bind(Map.of("qorgau.statistics.ctdc.k", "1"))).rootCause()
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2");
        assertThat(bind(Map.of()).k()).isEqualTo(11);
        assertThat(bind(Map.of("qorgau.statistics.ctdc.k", "5")).k()).isEqualTo(5);
        assertThatThrownBy(() -> new KAnonymity.Policy(1, 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smallGroupsAreGeneralisedToMinorOrAdultBeforeAnythingIsSuppressed() {
        List<List<String>> table = new ArrayList<>();
        // 12 women aged 21 to 32 (four bands), citizens exploited in Kazakhstan: adults together make 12
        for (int i = 0; i < 12; i++) {
            table.add(Ctdc.row(2031, "FEMALE", 21 + i, "KZ", "KZ", false, true, false, null, null, Set.of()));
        }
        KAnonymity.Result result = Ctdc.anonymiser(new KAnonymity.Policy(11, 0)).anonymise(table);
        assertThat(result.levels()).containsExactly(0, 0, 1, 0, 0);
        assertThat(result.suppressed()).isZero();
        assertThat(result.released()).extracting(row -> row.get(CtdcVariable.AGE_BROAD.ordinal())).containsOnly("18+");
    }

    @Test
    void aLoneForeignerIsSuppressedWhenTheLimitAllowsIt() {
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            table.add(Ctdc.row(2031, "FEMALE", 25, "KZ", "KZ", false, true, false, null, null, Set.of()));
        }
        table.add(Ctdc.row(2031, "FEMALE", 25, "NP", "KZ", false, true, false, null, null, Set.of()));
        Collections.shuffle(table, new Random(7));
        KAnonymity.Result result = Ctdc.anonymiser(new KAnonymity.Policy(11, 5)).anonymise(table);
        assertThat(result.levels()).containsOnly(0);
        assertThat(result.suppressed()).isEqualTo(1);
        assertThat(result.released()).extracting(row -> row.get(CtdcVariable.CITIZENSHIP.ordinal())).containsOnly(
                "KAZ");
        // with no suppression allowed, the citizenship is generalised until the foreigner is among 11
        KAnonymity.Result strict = Ctdc.anonymiser(new KAnonymity.Policy(11, 0)).anonymise(table);
        assertThat(strict.suppressed()).isZero();
        assertThat(strict.levels().get(3)).isEqualTo(2);
    }

    @Test
    void csvCellsThatCouldBeFormulasAreNeutralised() {
        // no value of the export is free text (codes, bands, flags), so a formula can only come from a code
        // table gone wrong; the writer protects every text cell anyway
        Spreadsheets.Table table = new Spreadsheets.Table("CTDC", List.of("gender", "=cmd"),
                List.of(Arrays.asList("=HYPERLINK(\"x\")", 1), Arrays.asList("+1", null), Arrays.asList("@SUM", 0)));
        String csv = new String(Spreadsheets.csv(table), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFgender;'=cmd\r\n").contains("\"'=HYPERLINK(\"\"x\"\")\";1\r\n")
                .contains("'+1;\r\n").contains("'@SUM;0\r\n");
    }

    private static CtdcSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("qorgau.statistics.ctdc", CtdcSettings.class);
    }

    private static Map<String, String> byName(List<String> row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < row.size(); i++) {
            values.put(CtdcVariable.NAMES.get(i), row.get(i));
        }
        return values;
    }
}
