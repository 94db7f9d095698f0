package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import java.util.LinkedHashMap;
import org.hamcrest.Matchers;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Downloads of the figures and of the UNODC GLOTIP table, from the demo data that reproduces the seed
 * report's 2022 figures (see kz.qorgau.demo.DemoCasesTests and kz.qorgau.demo.DemoVictimFiguresTests).
 */
@QorgauTest
class StatisticsExportsTests extends FullTest {

    @Test
    void theFiguresAsCsvAreUtf8WithBomSemicolonSeparatedWithTheSeedFigures() throws Exception {
        byte[] body = download("analyst", get("/statistics/export/2022").param("format", "csv"), "text/csv");
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        Map<String, List<String>> rows = csv(body);
        assertThat(rows.get("investigations.initiated").get(2)).isEqualTo("26");
        assertThat(rows.get("investigations.initiated").get(3)).isEqualTo("20");
        assertThat(rows.get("victims.identified").get(2)).isEqualTo("24");
        assertThat(rows.get("victims.identified").get(1)).isNotBlank();
        assertThat(rows).hasSize(statistics().catalogue().size() + 1);
    }

    @Test
    void theFiguresAsXlsxOpenWithPoiAndHaveTheRows() throws Exception {
        byte[] body = download("supervisor", get("/statistics/export/2022").param("format", "xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(statistics().catalogue().size());
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("2022");
            assertThat(row(sheet, "investigations.initiated").getCell(2).getNumericCellValue()).isEqualTo(26);
            assertThat(row(sheet, "victims.identified").getCell(2).getNumericCellValue()).isEqualTo(24);
        }
    }

    @Test
    void glotip2022CountsTheDetectedVictimsAndPublishesSmallCountsAsUnderFive() throws Exception {
        String json = mvc.perform(get("/api/v1/statistics/glotip/2022").with(as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(glotipValue(json, "Detected trafficking victims", "Total", "Total", "Total", "Total")).isEqualTo(
                "24");
        // 3 victims of forced labour in 2022 (seed report): published as <5
        assertThat(glotipValue(json, "Detected trafficking victims", "by form of exploitation", "Forced labour",
                "Total",
                "Total")).isEqualTo("<5");
        assertThat(glotipValue(json, "Detected trafficking victims", "by form of exploitation", "Sexual exploitation",
                "Total", "Total")).isEqualTo("21");
        assertThat(glotipValue(json, "Detected trafficking victims", "by form of exploitation",
                "Other forms of exploitation", "Total", "Total")).isEqualTo("0");
        assertThat(glotipValue(json, "Persons convicted", "Total", "Total", "Total", "Total")).isEqualTo("6");
        List<String> values = JsonPath.read(json, "$[*].value");
        assertThat(values).noneMatch(value -> value.matches("[1-4]"));
        // 3 indicators: victims 8 categories (the total, 4 form groups with unspecified, 3 citizenships with
        // unknown), defendants 5; each 5 sexes x 4 ages
        assertThat(values).hasSize((8 + 5 + 5) * 20);
    }

    @Test
    void glotipDownloadsAsCsvAndXlsx() throws Exception {
        byte[] csv = download("analyst", get("/statistics/glotip/2022"), "text/csv");
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFIndicator;Dimension;Category;Sex;Age;Year;Value\r\n")
                .contains("\r\nDetected trafficking victims;Total;Total;Total;Total;2022;24\r\n")
                .contains(
                        "\r\nDetected trafficking victims;by form of exploitation;Forced labour;Total;Total;2022;<5\r\n");
        byte[] xlsx = download("analyst", get("/statistics/glotip/2022").param("format", "xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row total = workbook.getSheetAt(0).getRow(1);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("Detected trafficking victims");
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(24);
        }
    }

    @Test
    void aCaseworkerMayNotExport() throws Exception {
        mvc.perform(get("/statistics/export/2022").with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/statistics/glotip/2022").with(as("caseworker"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/statistics/glotip/2022").with(as("caseworker"))).andExpect(status().isForbidden());
    }

    @Test
    void anUnknownFormatIsRefused() throws Exception {
        mvc.perform(get("/statistics/export/2022").param("format", "pdf").with(as("analyst")))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void everyExportIsAudited() throws Exception {
        long figures = exported("%\"format\":\"XLSX\"%\"table\":\"FIGURES\"%\"year\":\"2021\"%");
        long glotip = exported("%\"format\":\"CSV\"%\"table\":\"GLOTIP\"%\"year\":\"2021\"%");
        long api = exported("%\"format\":\"JSON\"%\"table\":\"GLOTIP\"%\"year\":\"2021\"%");
        download("analyst", get("/statistics/export/2021").param("format", "xlsx"), "application/vnd");
        download("analyst", get("/statistics/glotip/2021"), "text/csv");
        mvc.perform(get("/api/v1/statistics/glotip/2021").with(as("analyst"))).andExpect(status().isOk());
        assertThat(exported("%\"format\":\"XLSX\"%\"table\":\"FIGURES\"%\"year\":\"2021\"%")).isEqualTo(figures + 1);
        assertThat(exported("%\"format\":\"CSV\"%\"table\":\"GLOTIP\"%\"year\":\"2021\"%")).isEqualTo(glotip + 1);
        assertThat(exported("%\"format\":\"JSON\"%\"table\":\"GLOTIP\"%\"year\":\"2021\"%")).isEqualTo(api + 1);
    }

    @Test
    void theStatisticsPageLinksTheDownloads() throws Exception {
        String page = mvc.perform(get("/statistics").param("year", "2022").with(as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/statistics/export/2022?region=&amp;format=xlsx",
                "/statistics/glotip/2022?format=csv");
    }

    private long exported(String details) {
        return audit.action("STATISTICS_EXPORTED").by("analyst").detailsLike(details).count();
    }

    private byte[] download(String username, MockHttpServletRequestBuilder request, String contentType)
            throws Exception {
        var response = mvc.perform(request.with(as(username))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment")))
                .andReturn().getResponse();
        assertThat(response.getContentType()).startsWith(contentType);
        return response.getContentAsByteArray();
    }

    private RequestPostProcessor as(String username) {
        return user(users.demo(username));
    }

    @Autowired
    Statistics statisticsBean;

    private Statistics statistics() {
        return statisticsBean;
    }

    private static Map<String, List<String>> csv(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : text.split("\r\n")) {
            List<String> cells = List.of(line.split(";", -1));
            rows.put(cells.get(0), cells);
        }
        return rows;
    }

    private static Row row(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static String glotipValue(String json, String indicator, String dimension, String category, String sex,
            String age) {
        List<String> values = JsonPath.read(json, "$[?(@.indicator == '%s' && @.dimension == '%s' && @.category == '%s'"
                .formatted(indicator, dimension, category) + " && @.sex == '%s' && @.age == '%s')].value".formatted(sex,
                        age));
        assertThat(values).hasSize(1);
        return values.get(0);
    }
}
