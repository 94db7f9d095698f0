package kz.qorgau.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import com.jayway.jsonpath.JsonPath;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.shared.Today;

/**
 * The funding model report on the demo data of 2022, when the state gave the ten shelters 101,000,000 tenge (seed
 * report): each model shares out exactly that, the regions' caseload and the victims served are the official
 * statistics' own figures, and only the overseers of the shelters read it, on the page, as CSV or XLSX, and through
 * the API.
 */
@QorgauTest
class FundingReportTests extends FullTest {

    static final long GIVEN_2022 = 101_000_000L;

    @Autowired
    Today today;

    @Test
    void eachModelSharesOutTheStateMoneyGivenIn2022() throws Exception {
        String body = api("social", 2022);
        assertThat(number(body, "$.total.figures.stateKzt")).isEqualTo(GIVEN_2022);
        assertThat(number(body, "$.total.byCases")).isEqualTo(GIVEN_2022);
        assertThat(number(body, "$.total.byVictims")).isEqualTo(GIVEN_2022);
        assertThat(number(body, "$.total.byBedNights")).isEqualTo(GIVEN_2022);
        List<Number> byVictims = JsonPath.read(body, "$.shelters[*].byVictims");
        assertThat(byVictims.stream().mapToLong(Number::longValue).sum()).isEqualTo(GIVEN_2022);
        List<Number> given = JsonPath.read(body, "$.shelters[*].figures.stateKzt");
        List<Number> shortfall = JsonPath.read(body, "$.shelters[*].shortfall");
        assertThat(shortfall.stream().mapToLong(Number::longValue).sum()).isZero();
        assertThat(given.stream().filter(amount -> amount.longValue() > 0)).hasSize(10);
        // the victims referred by the police of their regions to the union's shelters: served in several regions
        List<Number> served = JsonPath.read(body, "$.shelters[*].figures.victimsServed");
        assertThat(served.stream().filter(count -> count.longValue() > 0)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(shortfall.stream().filter(amount -> amount.longValue() > 0)).isNotEmpty();
        assertThat(shortfall.stream().filter(amount -> amount.longValue() < 0)).isNotEmpty();
    }

    @Test
    void theRegionsCaseloadAndTheVictimsServedAreTheOfficialStatistics() throws Exception {
        String body = api("social", 2022);
        Map<String, Object> statistics = indicators(2022);
        List<Number> cases = JsonPath.read(body, "$.regions[*].casesRegistered");
        List<Number> victims = JsonPath.read(body, "$.regions[*].victimsIdentified");
        long initiated = number(statistics, "investigations.initiated");
        long identified = number(statistics, "victims.identified");
        assertThat(initiated).isPositive();
        assertThat(identified).isPositive();
        assertThat(cases.stream().mapToLong(Number::longValue).sum() + number(body, "$.casesRegionUnknown"))
                .isEqualTo(initiated);
        assertThat(victims.stream().mapToLong(Number::longValue).sum() + number(body, "$.victimsRegionUnknown"))
                .isEqualTo(identified);
        assertThat(number(body, "$.total.figures.victimsServed"))
                .isEqualTo(number(statistics, "shelters.victims_sheltered"));
        assertThat(number(body, "$.total.figures.bedNights")).isEqualTo(number(statistics, "shelters.bed_nights"));
        List<String> regions = JsonPath.read(body, "$.regions[*].region");
        assertThat(regions).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void theOverseerReadsThePageWithItsTablesMapAndMethod() throws Exception {
        Document list = page("social", "/shelters");
        assertThat(list.selectFirst("#funding-link")).isNotNull();
        Document report = page("social", "/shelters/funding?year=2022");
        assertThat(report.selectFirst("#state-total").text().replaceAll("\\D", "")).isEqualTo("101000000");
        assertThat(report.select("#funding-shelters tbody tr")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(report.select("#funding-regions tbody tr")).hasSize(21);
        assertThat(report.selectFirst("#funding-region-unknown")).isNotNull();
        assertThat(report.select("#funding-map [data-region]")).hasSize(20);
        assertThat(report.selectFirst("#method")).isNotNull();
        Element chart = report.selectFirst("#funding-chart");
        assertThat(chart.attr("data-chart")).contains("\"series\"");
        // the addresses are never in a report
        assertThat(report.text()).doesNotContain("Демонстрационная");
    }

    @Test
    void theReportIsInEachLanguage() throws Exception {
        assertThat(inLanguage("kk").text()).contains("Қызмет көрсетілген");
        assertThat(inLanguage("en").text()).contains("Victims served").doesNotContain("Обслужено");
    }

    @Test
    void anImplausibleYearIsRefusedWithTheRuleAndTheYearAheadHasOnlyItsAllocations() throws Exception {
        String body = mvc.perform(get("/api/v1/shelters/funding").param("year", "2999").with(users.as("social")))
                .andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).contains("Год должен быть от 1991");
        int next = today.date().getYear() + 1;
        String ahead = api("social", next);
        assertThat(number(ahead, "$.total.figures.victimsServed")).isZero();
        assertThat(number(ahead, "$.total.figures.bedNights")).isZero();
    }

    @Test
    void onlyTheOverseersOfTheSheltersReadIt() throws Exception {
        for (String username : new String[]{ "caseworker", "investigator", "analyst", "hotline" }) {
            mvc.perform(get("/shelters/funding").param("year", "2022").with(users.as(username)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/shelters/funding").param("year", "2022").with(users.as(username)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/shelters/funding").param("year", "2022").with(users.as("admin")))
                .andExpect(status().isOk());
    }

    @Test
    void theTablesDownloadAsCsvAndXlsxAndTheDownloadIsAudited() throws Exception {
        var csv = mvc.perform(get("/shelters/funding/download").param("year", "2022").param("format", "csv")
                .with(users.as("social"))).andExpect(status().isOk()).andReturn().getResponse();
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(text).startsWith("\uFEFF").contains("101000000").doesNotContain("Демонстрационная");
        byte[] xlsx = mvc.perform(get("/shelters/funding/download").param("year", "2022").param("format", "xlsx")
                .with(users.as("social"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
        long exported = jdbc.sql("select count(*) from audit_entry where action = 'SHELTER_FUNDING_EXPORTED'")
                .query(Long.class).single();
        assertThat(exported).isGreaterThanOrEqualTo(2);
    }

    private Document inLanguage(String language) throws Exception {
        return page(get("/shelters/funding").param("year", "2022").cookie(new Cookie("QORGAU_LANG", language)),
                users.demo("social"));
    }

    private String api(String username, int year) throws Exception {
        return mvc.perform(get("/api/v1/shelters/funding").param("year", String.valueOf(year))
                .with(users.as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static long number(String body, String path) {
        return ((Number) JsonPath.read(body, path)).longValue();
    }

    private static long number(Map<String, Object> figures, String code) {
        return ((Number) figures.get(code)).longValue();
    }

    private Map<String, Object> indicators(int year) throws Exception {
        String body = mvc.perform(get("/api/v1/statistics/annual/{year}", year).with(users.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.indicators");
    }
}
