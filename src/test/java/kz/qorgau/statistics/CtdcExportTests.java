package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;

/**
 * The CTDC / HTCDS victim-level export of the demo victims (2021: 20, 2022: 24; kz.qorgau.demo.DemoVictimYears)
 * through the page download and the API, with k = 11.
 */
@QorgauTest
class CtdcExportTests extends FullTest {

    /** What each column may hold: codes, bands and flags only, so no name, IIN, reference or id can appear. */
    private static final Map<String, Pattern> VOCABULARY = vocabulary();

    @Autowired
    Ctdc ctdc;

    @Test
    void theAnalystDownloads2022AsCsvWithTheTwentySevenVariablesKAnonymous() throws Exception {
        byte[] body = mvc.perform(get("/statistics/ctdc/2022").param("format", "csv").with(as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF" + String.join(";", CtdcVariable.NAMES) + "\r\n");
        String[] sections = text.substring(1).split("\r\n\r\n", -1);
        assertThat(sections).hasSize(2);
        List<List<String>> rows = new ArrayList<>();
        for (String line : sections[0].split("\r\n")) {
            rows.add(List.of(line.split(";", -1)));
        }
        List<List<String>> data = rows.subList(1, rows.size());
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String line : sections[1].split("\r\n")) {
            String[] cells = line.split(";", 2);
            metadata.put(cells[0], cells[1]);
        }

        assertThat(data).allSatisfy(row -> assertThat(row).hasSize(27));
        assertKAnonymous(data, 11);
        assertOnlyCodes(data);
        assertThat(data).isSortedAccordingTo(KAnonymity.ROW_ORDER);
        assertThat(metadata).containsEntry("k", "11").containsEntry("kAnonymityOver", "quasi-identifiers")
                .containsEntry("quasiIdentifiers",
                        "yearOfRegistration, gender, ageBroad, citizenship, CountryOfExploitation")
                .containsEntry("recordsConsidered", "24").containsEntry("firstYear", "2022")
                .containsEntry("lastYear", "2022").containsKeys("generalisation.ageBroad", "generatedAt");
        // 24 victims, k = 11, at most 5 % (1 record) suppressed: only the year stays of the quasi-identifiers
        assertThat(metadata).containsEntry("generalisation.yearOfRegistration", "0: as recorded")
                .containsEntry("generalisation.gender", "1: unknown")
                .containsEntry("generalisation.ageBroad", "2: unknown")
                .containsEntry("generalisation.citizenship", "2: unknown")
                .containsEntry("generalisation.CountryOfExploitation", "2: unknown")
                .containsEntry("recordsReleased", "24").containsEntry("recordsSuppressed", "0");
        assertThat(data).hasSize(24).allSatisfy(row -> assertThat(row.subList(1, 5)).containsOnly(""));
        assertThat(data).filteredOn(row -> row.get(CtdcVariable.IS_SEXUAL_EXPLOIT.ordinal()).equals("1")).hasSize(21);
    }

    @Test
    void theApiGivesTheMetadataAndRowsOf2019To2022() throws Exception {
        String json = mvc.perform(get("/api/v1/statistics/ctdc/2022").param("from", "2019").with(as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> metadata = JsonPath.read(json, "$.metadata");
        List<String> variables = JsonPath.read(json, "$.variables");
        assertThat(variables).isEqualTo(CtdcVariable.NAMES);
        List<List<Object>> rows = JsonPath.read(json, "$.rows");
        List<List<String>> texts = rows.stream()
                .map(row -> row.stream().map(cell -> cell == null ? "" : cell.toString()).toList()).toList();
        assertKAnonymous(texts, 11);
        assertOnlyCodes(texts);
        assertThat(metadata).containsEntry("k", 11).containsEntry("firstYear", 2019).containsEntry("lastYear", 2022)
                .containsEntry("recordsConsidered", 172);
        // 2017-2020 as other public sources state them, 2021 and 2022 as the seed report: 8 records (under 5 %)
        // suppressed rather than generalising further
        assertThat(metadata).containsEntry("recordsReleased", 164).containsEntry("recordsSuppressed", 8);
        assertThat(rows).hasSize(164);
        assertThat(texts).extracting(row -> row.get(0)).containsOnly("2019", "2020", "2021", "2022");
        assertThat(metadata.get("generalisation").toString()).contains("ageBroad=1: minor (0--17) or adult (18+)");
    }

    @Test
    void theRecordsOf2022CarryTheDemoVictimsProfilesAsCtdcCodes() {
        List<List<String>> records = ctdc.records(new Ctdc.Years(2022, 2022));
        assertThat(records).hasSize(24);
        assertThat(column(records, CtdcVariable.GENDER)).containsOnly("Female", "Male");
        assertThat(count(records, CtdcVariable.GENDER, "Male")).isEqualTo(4);
        assertThat(count(records, CtdcVariable.CITIZENSHIP, "KAZ")).isEqualTo(22);
        assertThat(count(records, CtdcVariable.CITIZENSHIP, "UZB")).isEqualTo(1);
        assertThat(count(records, CtdcVariable.CITIZENSHIP, "KGZ")).isEqualTo(1);
        assertThat(count(records, CtdcVariable.COUNTRY_OF_EXPLOITATION, "ARE")).isEqualTo(1);
        assertThat(count(records, CtdcVariable.COUNTRY_OF_EXPLOITATION, "TUR")).isEqualTo(1);
        assertThat(count(records, CtdcVariable.AGE_BROAD, "9--17")).isEqualTo(3);
        assertThat(count(records, CtdcVariable.IS_SEXUAL_EXPLOIT, "1")).isEqualTo(21);
        assertThat(count(records, CtdcVariable.IS_FORCED_LABOUR, "1")).isEqualTo(3);
        assertThat(count(records, CtdcVariable.TYPE_OF_LABOUR_CONSTRUCTION, "1")).isEqualTo(3);
        assertThat(column(records, CtdcVariable.MEANS_WITHHOLD_DOCS)).containsOnly("1");
        assertThat(column(records, CtdcVariable.RECRUITER_RELATION_OTHER)).containsOnly("1");
    }

    @Test
    void withMoreSuppressionAllowedThe2022RecordsKeepMoreDetailAndTheRestIsSuppressed() {
        List<List<String>> records = ctdc.records(new Ctdc.Years(2022, 2022));
        KAnonymity.Result result = Ctdc.anonymiser(new KAnonymity.Policy(11, 50)).anonymise(records);
        // ages as minor or adult: the 14 adult women, citizens exploited in Kazakhstan, are released
        assertThat(result.levels()).containsExactly(0, 0, 1, 0, 0);
        assertThat(result.releasedCount()).isEqualTo(14);
        assertThat(result.suppressed()).isEqualTo(10);
        assertKAnonymous(result.released(), 11);
        assertThat(result.released()).extracting(row -> row.subList(0, 5))
                .containsOnly(List.of("2022", "Female", "18+", "KAZ", "KAZ"));
    }

    @Test
    void theXlsxHasTheRowsAndAMetadataSheet() throws Exception {
        byte[] body = mvc.perform(get("/statistics/ctdc/2022").param("from", "2021").param("format", "xlsx")
                .with(as("analyst"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetAt(0).getRow(0).getLastCellNum()).isEqualTo((short) 27);
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(
                    "yearOfRegistration");
            assertThat(workbook.getSheetName(1)).isEqualTo("Metadata");
        }
    }

    @Test
    void everyExportIsAuditedWithItsCountsOnly() throws Exception {
        String like = "%\"considered\":\"20\"%\"firstYear\":\"2021\"%\"format\":\"FORMAT\"%\"k\":\"11\"%\"table\":\"CTDC\"%";
        long csv = exported(like.replace("FORMAT", "CSV"));
        long json = exported(like.replace("FORMAT", "JSON"));
        mvc.perform(get("/statistics/ctdc/2021").with(as("analyst"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/statistics/ctdc/2021").with(as("analyst"))).andExpect(status().isOk());
        assertThat(exported(like.replace("FORMAT", "CSV"))).isEqualTo(csv + 1);
        assertThat(exported(like.replace("FORMAT", "JSON"))).isEqualTo(json + 1);
    }

    @Test
    void aCaseworkerMayNotExportVictimRows() throws Exception {
        mvc.perform(get("/statistics/ctdc/2022").with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics/ctdc/2022").with(as("caseworker"))).andExpect(status().isForbidden());
    }

    @Test
    void exportingRecordsNeedsAPermissionOfItsOwnBesideTheStatisticsRole() throws Exception {
        // the demo supervisor reads the statistics but holds no RECORD_EXPORT permission (the demo analyst does)
        mvc.perform(get("/statistics/ctdc/2022").with(as("supervisor"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics/ctdc/2022").with(as("supervisor"))).andExpect(status().isForbidden());
        String page = mvc.perform(get("/statistics").param("year", "2022").with(as("supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("download-glotip-csv").doesNotContain("download-ctdc-csv");
    }

    @Test
    void yearsOutOfOrderAreRefused() throws Exception {
        mvc.perform(get("/statistics/ctdc/2020").param("from", "2022").with(as("analyst")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/statistics/ctdc/2022").param("from", "1900").with(as("analyst")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theStatisticsPageLinksTheCtdcDownload() throws Exception {
        String page = mvc.perform(get("/statistics").param("year", "2022").with(as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"download-ctdc-csv\"", "/statistics/ctdc/2022?format=csv");
    }

    private static void assertKAnonymous(List<List<String>> rows, int k) {
        Map<List<String>, Integer> classes = new HashMap<>();
        rows.forEach(row -> classes.merge(row.subList(0, CtdcVariable.QUASI_IDENTIFIERS.size()), 1, Integer::sum));
        assertThat(classes.values()).as("released combinations of quasi-identifiers: %s", classes)
                .allMatch(size -> size >= k);
    }

    private static List<String> column(List<List<String>> rows, CtdcVariable variable) {
        return rows.stream().map(row -> row.get(variable.ordinal())).toList();
    }

    private static long count(List<List<String>> rows, CtdcVariable variable, String value) {
        return column(rows, variable).stream().filter(value::equals).count();
    }

    private static void assertOnlyCodes(List<List<String>> rows) {
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String name = CtdcVariable.NAMES.get(i);
                assertThat(row.get(i)).as(name).matches(VOCABULARY.get(name));
            }
        }
    }

    private static Map<String, Pattern> vocabulary() {
        Map<String, Pattern> vocabulary = new HashMap<>();
        Pattern flag = Pattern.compile("[01]?");
        CtdcVariable.NAMES.forEach(name -> vocabulary.put(name, flag));
        vocabulary.put("yearOfRegistration", Pattern.compile("20\\d\\d"));
        vocabulary.put("gender", Pattern.compile("(Female|Male|Other)?"));
        vocabulary.put("ageBroad", Pattern.compile("(0--8|9--17|18--20|21--23|24--26|27--29|30--38|39--47|48\\+"
                + "|0--17|18\\+)?"));
        vocabulary.put("citizenship", Pattern.compile("([A-Z]{3}|OTHER)?"));
        vocabulary.put("CountryOfExploitation", Pattern.compile("([A-Z]{3}|OTHER)?"));
        return vocabulary;
    }

    private long exported(String details) {
        return audit.action("STATISTICS_EXPORTED").by("analyst").detailsLike(details).count();
    }

    private RequestPostProcessor as(String username) {
        return user(users.demo(username));
    }
}
