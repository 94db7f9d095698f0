package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.Region;
import kz.qorgau.organisations.Regions;
import kz.qorgau.statistics.Indicator.Unit;

/**
 * The annual report page on the demo data (the seed report's 2021 and 2022 figures): its chapters, charts
 * drawn from the figures, and the drill-down from a figure to the records behind it for those who may see
 * them.
 */
@QorgauTest
class ReportPageTests extends FullTest {

    @Autowired
    Statistics statistics;
    @Autowired
    Regions regions;
    @Autowired
    MessageSource messages;

    @Test
    void theReportHasTheThreeChaptersOfTheSeedReportWithTheLabourInspectionsInPrevention() throws Exception {
        Document page = page("analyst", "/statistics?year=2022");
        assertThat(page.select(".report-chapter").eachAttr("id"))
                .containsExactly("chapter-PROSECUTION", "chapter-PROTECTION", "chapter-PREVENTION");
        assertThat(page.select("#chapter-PREVENTION .empty-state")).isEmpty();
        assertThat(page.select("#chapter-PROSECUTION .empty-state")).isEmpty();
        // the seed report's inspections, 4,920 in 2022 and 4,300 in 2021, from records
        assertThat(page.select("#chapter-PREVENTION tr[data-code=inspections.total] td").eachText())
                .containsSubsequence("4920", "4300");
        assertThat(page.selectFirst("#chapter-PREVENTION").text()).contains("В 2022 году трудовые инспекторы провели"
                + " 4 920 проверок (в 2021 году — 4 300 проверок)");
    }

    @Test
    void aBreakdownIsCountedByItsTotalsRuleWhichThePageWritesOnceAboveIt() throws Exception {
        Document page = page("analyst", "/statistics?year=2022");
        String total = page.selectFirst("tr[data-code=investigations.initiated] details p").text();
        assertThat(total).startsWith("Дела, зарегистрированные в ЕРДР");
        assertThat(page.selectFirst("tr[data-code=investigations.initiated.forced_labour] details p").text())
                .isEqualTo("Правило подсчёта — как в строке выше.");
        assertThat(page.select("tr[data-code] details p:not(.indicator-code)").eachText()).containsOnlyOnce(total);
        // each row still names its own code
        assertThat(page.selectFirst("tr[data-code=investigations.initiated.forced_labour] .indicator-code code")
                .text()).isEqualTo("investigations.initiated.forced_labour");
    }

    @Test
    void theChartsAreDrawnFromTheFiguresOfFiveYearsByFormAndByRegion() throws Exception {
        Document page = page("analyst", "/statistics?year=2022");
        String trend = page.getElementById("chart-trend-prosecution").attr("data-chart");
        assertThat(JsonPath.<List<String>>read(trend, "$.labels")).containsExactly("2018", "2019", "2020", "2021",
                "2022");
        // the first series is investigations initiated: 20 in 2021, 26 in 2022
        assertThat(JsonPath.<List<Integer>>read(trend, "$.series[0].values")).endsWith(20, 26);
        String forms = page.getElementById("chart-forms-prosecution").attr("data-chart");
        assertThat(JsonPath.<List<Integer>>read(forms, "$.series[0].values")).containsExactly(23, 3, 0, 0);
        String victims = page.getElementById("chart-forms-protection").attr("data-chart");
        assertThat(JsonPath.<List<Integer>>read(victims, "$.series[0].values")).containsExactly(21, 3, 0, 0);
        // by region exactly for a supervisor (an analyst's leaves small counts out: SmallCountsTests)
        String regions = page("supervisor", "/statistics?year=2022").getElementById("chart-regions-prosecution")
                .attr("data-chart");
        assertThat(JsonPath.<List<Integer>>read(regions, "$.series[0].values").stream().mapToInt(Integer::intValue)
                .sum())
                .isEqualTo(26);
        // the figures of each chart also as a table, for those who do not see the canvas
        assertThat(page.select("#chapter-PROSECUTION .report-chart table")).hasSize(3);
        // drawn by the page's own script and Chart.js from its WebJar
        for (Element script : page.select("script[src]")) {
            mvc.perform(get(script.attr("src")).with(users.as("analyst"))).andExpect(status().isOk());
        }
        assertThat(page.select("script[src]").eachAttr("src")).anyMatch(src -> src.contains("chart.umd"));
        // a region's report has no chart by region
        Document regional = page("analyst", "/statistics?year=2022&region=KZ-75");
        assertThat(regional.getElementById("chart-regions-prosecution")).isNull();
        assertThat(regional.getElementById("chart-trend-prosecution")).isNotNull();
    }

    /**
     * Every bar of a chart by region carries its region's name, and every region with a figure has its bar (or, where
     * the analyst's figure is hidden, its labelled place): what the server hands to the script. That the script
     * draws every one of these labels is for the browser ({@code ReportJourneyTests}).
     */
    @Test
    void everyRegionWithAFigureHasALabelledBarInTheChartsByRegion() throws Exception {
        QorgauUser supervisor = users.demo("supervisor");
        Locale russian = Locale.forLanguageTag("ru");
        Set<String> names = new HashSet<>();
        regions.current(russian).forEach(region -> names.add(region.name(russian)));
        names.add(messages.getMessage("report.chart.region-unknown", null, russian));
        for (String username : List.of("analyst", "supervisor")) {
            Document page = page(username, "/statistics?year=2022");
            for (Map.Entry<String, String> chart : Map.of("chart-regions-prosecution", "investigations.initiated",
                    "chart-regions-protection", "victims.identified").entrySet()) {
                String data = page.getElementById(chart.getKey()).attr("data-chart");
                List<String> labels = JsonPath.read(data, "$.labels");
                assertThat(JsonPath.<List<Object>>read(data, "$.series[0].values")).as(chart.getKey())
                        .hasSameSizeAs(labels);
                assertThat(labels).as(chart.getKey()).doesNotHaveDuplicates().isSubsetOf(names);
                for (Region region : regions.current(russian)) {
                    long figure = SignedIn.as(supervisor, () -> statistics.value(chart.getValue(),
                            new StatisticsQuery(2022, region.code()))).longValue();
                    if (figure > 0) {
                        assertThat(labels).as("%s of %s", chart.getKey(), username).contains(region.name(russian));
                    }
                }
            }
        }
    }

    @Test
    void anAnalystListsNoCaseOrVictimRecordsOnlyOperationsAndExtraditions() throws Exception {
        Document page = page("analyst", "/statistics?year=2022");
        assertThat(page.select("a.drill-down").eachText()).isNotEmpty();
        assertThat(page.select("tr:has(a.drill-down)").eachAttr("data-code"))
                .containsExactlyInAnyOrder("special_operations", "extraditions.outgoing", "extraditions.incoming");
        mvc.perform(get("/statistics/records").param("code", "investigations.initiated").param("year", "2022")
                .with(users.as("analyst"))).andExpect(status().isNotFound());
        mvc.perform(get("/statistics/records").param("code", "victims.identified").param("year", "2022")
                .with(users.as("analyst"))).andExpect(status().isNotFound());
        // the seed report's 3 special operations and 11 extraditions out of Kazakhstan, 1 into it
        Document operations = page("analyst", "/statistics/records?code=special_operations&year=2022");
        assertThat(operations.select("#results tbody tr")).hasSize(3);
        assertThat(operations.select("#results tbody tr a").eachAttr("href")).allMatch(href -> href.startsWith(
                "/operations/"));
        Document surrendered = page("analyst", "/statistics/records?code=extraditions.outgoing&year=2022");
        assertThat(surrendered.select("#results tbody tr")).hasSize(11);
        // the one brought to Kazakhstan belongs to a criminal case, which an analyst does not see: counted, not listed
        Document brought = page("analyst", "/statistics/records?code=extraditions.incoming&year=2022");
        assertThat(brought.select("#results tbody tr")).isEmpty();
        assertThat(brought.selectFirst("[role=status]").text()).endsWith(": 1.");
        assertThat(page("supervisor", "/statistics/records?code=extraditions.incoming&year=2022")
                .select("#results tbody tr")).hasSize(1);
    }

    @Test
    void aSupervisorFollowsAFigureToTheCasesBehindIt() throws Exception {
        Document page = page("supervisor", "/statistics?year=2022");
        Element link = page.selectFirst("tr[data-code=investigations.initiated.forced_labour] a.drill-down");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("3");
        Document records = page("supervisor", link.attr("href"));
        assertThat(records.select("#results tbody tr")).hasSize(3);
        assertThat(records.select("#results tbody tr td:first-child a").eachAttr("href")).allMatch(href -> href
                .startsWith("/cases/"));
        // a figure without records (sums, months) has no link; a figure of zero neither
        assertThat(page.select("tr[data-code=victims.state_protection_programme.cost_kzt] a.drill-down")).isEmpty();
        assertThat(page.select("tr[data-code=sentences.imprisonment.min_months] a.drill-down")).isEmpty();
        assertThat(page.select("tr[data-code=investigations.initiated.other_forms] a.drill-down")).isEmpty();
        mvc.perform(get("/statistics/records").param("code", "victims.state_protection_programme.cost_kzt")
                .param("year", "2022").with(users.as("supervisor"))).andExpect(status().isNotFound());
        mvc.perform(get("/statistics/records").param("code", "no.such.code").param("year", "2022")
                .with(users.as("supervisor"))).andExpect(status().isNotFound());
        // roles without statistics: refused, whatever the figure
        for (String username : List.of("caseworker", "investigator", "auditor", "admin")) {
            mvc.perform(get("/statistics/records").param("code", "investigations.initiated").param("year", "2022")
                    .with(users.as(username))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theCasesBehindACaseCountAreExactlyAsManyAsTheFigureAndNeverMoreForPersons() {
        QorgauUser supervisor = users.demo("supervisor");
        for (int year : List.of(2021, 2022)) {
            StatisticsQuery query = new StatisticsQuery(year, null);
            Map<String, Number> figures = SignedIn.as(supervisor, () -> statistics.annual(query));
            for (Indicator indicator : statistics.catalogue()) {
                if (statistics.recordKind(indicator.code()).isEmpty()) {
                    continue;
                }
                List<Long> ids = SignedIn.as(supervisor, () -> statistics.records(indicator.code(), query))
                        .orElseThrow().ids();
                long figure = figures.get(indicator.code()).longValue();
                if (indicator.unit() == Unit.CASES || indicator.unit() == Unit.OPERATIONS
                        || indicator.code().startsWith("victims.identified") || indicator.code().startsWith(
                                "extraditions.")) {
                    assertThat(ids).as("%s %d", indicator.code(), year).hasSize((int) figure);
                } else {
                    assertThat((long) ids.size()).as("%s %d", indicator.code(), year).isLessThanOrEqualTo(figure);
                    assertThat(ids.isEmpty()).as("%s %d", indicator.code(), year).isEqualTo(figure == 0);
                }
            }
        }
    }

    @Test
    void theVictimsBehindAFigureAreListedAsFarAsTheSupervisorsScopeReaches() throws Exception {
        Document records = page("supervisor", "/statistics/records?code=victims.identified&year=2022");
        int listed = records.select("#results tbody tr").size();
        Element outside = records.selectFirst("[role=status]");
        int hidden = outside == null ? 0 : Integer.parseInt(outside.text().replaceAll(".*: (\\d+)\\.$", "$1"));
        assertThat(listed + hidden).isEqualTo(24);
        assertThat(records.select("#results tbody tr td:first-child a").eachAttr("href"))
                .allMatch(href -> href.startsWith("/victims/"));
    }
}
