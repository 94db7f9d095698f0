package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.Region;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.RegionCode;

/**
 * Small-count suppression of the figures by region on the demo data: an analyst, who may not list the cases and
 * victim records behind the figures, sees no count of 1 to 4 in any region, and cannot work out a hidden one from
 * the national figure and the other regions (nor from a region's breakdown and its total), in the API, on the
 * page, in the charts and in the downloads; a supervisor, who may list them, sees the same figures exactly.
 */
@QorgauTest
class SmallCountsTests extends FullTest {

    static final List<Integer> YEARS = List.of(2021, 2022);

    @Autowired
    Statistics statistics;
    @Autowired
    Regions regions;

    QorgauUser analyst;
    QorgauUser supervisor;
    /** The counts an analyst sees protected: of cases and victim records (not months or tenge). */
    List<String> protectedCounts;

    @BeforeEach
    void users() {
        analyst = users.demo("analyst");
        supervisor = users.demo("supervisor");
        Set<IndicatorSource.Records.Kind> listable = Statistics.Audience.of(analyst).listable();
        protectedCounts = statistics.catalogue().stream()
                .filter(indicator -> indicator.unit().counts())
                .filter(indicator -> !listable.contains(statistics.subject(indicator)))
                .map(Indicator::code).toList();
        assertThat(protectedCounts).contains("victims.identified.forced_labour.foreign", "investigations.initiated");
    }

    @Test
    void anAnalystSeesNoCountUnderFiveInAnyRegionAndNoHiddenOneCanBeWorkedOutFromTheNationalFigure() throws Exception {
        int hiddenSmall = 0;
        for (int year : YEARS) {
            Map<String, Number> national = exact(year, null);
            Map<RegionCode, Map<String, Number>> exact = new LinkedHashMap<>();
            Map<RegionCode, Annual> published = new LinkedHashMap<>();
            for (RegionCode region : regionCodes()) {
                exact.put(region, exact(year, region));
                published.put(region, annual("analyst", year, region));
            }
            for (String code : protectedCounts) {
                long known = national.get(code).longValue();
                List<RegionCode> hidden = new ArrayList<>();
                for (RegionCode region : regionCodes()) {
                    Annual figures = published.get(region);
                    String mark = figures.suppressed().get(code);
                    Object value = figures.indicators().get(code);
                    long truth = exact.get(region).get(code).longValue();
                    if (mark == null) {
                        assertThat(((Number) value).longValue()).as("%d %s %s", year, region, code).isEqualTo(truth);
                        assertThat(SmallCounts.small(truth)).as("%d %s %s published as %d", year, region, code, truth)
                                .isFalse();
                        known -= truth;
                    } else {
                        assertThat(value).as("%d %s %s hidden, with a value", year, region, code).isNull();
                        assertThat(mark).isIn("<5", "x");
                        if (mark.equals("<5")) {
                            assertThat(SmallCounts.small(truth)).as("%d %s %s is %d, marked <5", year, region, code,
                                    truth).isTrue();
                            hiddenSmall++;
                        }
                        hidden.add(region);
                    }
                }
                // what the national figure less the published regions leaves: the hidden regions and the records of
                // no region (taken as known, as an attacker might guess them)
                long noRegion = national.get(code).longValue()
                        - exact.values().stream().mapToLong(values -> values.get(code).longValue()).sum();
                assertThat(noRegion).as("%d %s: regions add up to no more than the country", year, code)
                        .isGreaterThanOrEqualTo(0);
                if (!code.equals("special_operations")) {
                    assertNotWorkedOut(year + " " + code, known - noRegion,
                            hidden.stream().map(region -> published.get(region).suppressed().get(code)).toList());
                }
            }
            // within a region: the totals and their breakdowns
            for (RegionCode region : regionCodes()) {
                Annual figures = published.get(region);
                for (List<String> relation : breakdowns()) {
                    long hiddenMembers = relation.stream().filter(figures.suppressed()::containsKey).count();
                    assertThat(hiddenMembers).as("%d %s: one hidden in %s", year, region, relation).isNotEqualTo(1);
                }
            }
        }
        // the demo data has small counts by region: the test is not vacuous
        assertThat(hiddenSmall).isPositive();
    }

    @Test
    void aSupervisorSeesTheSameRegionalFiguresExactly() throws Exception {
        boolean sawSmall = false;
        for (int year : YEARS) {
            for (RegionCode region : regionCodes()) {
                Annual figures = annual("supervisor", year, region);
                assertThat(figures.suppressed()).as("%d %s", year, region).isEmpty();
                Map<String, Number> exact = exact(year, region);
                for (String code : protectedCounts) {
                    long value = ((Number) figures.indicators().get(code)).longValue();
                    assertThat(value).as("%d %s %s", year, region, code).isEqualTo(exact.get(code).longValue());
                    sawSmall |= SmallCounts.small(value);
                }
            }
        }
        assertThat(sawSmall).isTrue();
        // national figures stay exact for the analyst (the seed report's)
        Annual national = annual("analyst", 2022, null);
        assertThat(national.suppressed()).isEmpty();
        assertThat(((Number) national.indicators().get("investigations.initiated.forced_labour")).longValue())
                .isEqualTo(3);
        assertThat(((Number) national.indicators().get("victims.identified")).longValue()).isEqualTo(24);
    }

    @Test
    void theRegionalPageShowsMarksToTheAnalystAndNumbersToTheSupervisor() throws Exception {
        RegionCode region = regionWithSmallCount(2022, "victims.identified");
        Document analystPage = page("analyst", "/statistics?year=2022&region=" + region.value());
        Document supervisorPage = page("supervisor", "/statistics?year=2022&region=" + region.value());
        assertThat(analystPage.getElementById("small-counts-note")).isNotNull();
        assertThat(supervisorPage.getElementById("small-counts-note")).isNull();
        for (String code : protectedCounts) {
            String shown = analystPage.selectFirst("tr[data-code=" + code + "] td:nth-child(2)").text();
            String previous = analystPage.selectFirst("tr[data-code=" + code + "] td:nth-child(3)").text();
            assertThat(List.of(shown, previous)).as(code).noneMatch(text -> text.matches("[1-4]"));
        }
        // "<5", or "x" where the region's breakdowns of the victims (by sex and age, age band, identifying
        // organisation, ...) would otherwise pin it down
        Element cell = analystPage.selectFirst("tr[data-code=victims.identified] td:nth-child(2) abbr.small-count");
        assertThat(cell).isNotNull();
        assertThat(cell.text()).isIn("<5", "x");
        long exact = exact(2022, region).get("victims.identified").longValue();
        assertThat(supervisorPage.selectFirst("tr[data-code=victims.identified] td:nth-child(2)").text())
                .isEqualTo(Long.toString(exact));
        // the narrative never puts the hidden count into words
        List<String> story = analystPage.select("#chapter-PROTECTION .report-narrative p").eachText();
        assertThat(story).noneMatch(paragraph -> paragraph.contains("выявлен " + exact + " ")
                || paragraph.contains("выявлено " + exact + " "));
        assertThat(String.join(" ", story)).contains("<5");
        assertThat(supervisorPage.select("#chapter-PROTECTION .report-narrative p").eachText().getFirst())
                .contains(" " + exact + " ");
        // the charts leave the hidden values out and show their marks in the table
        String forms = analystPage.getElementById("chart-trend-protection").attr("data-chart");
        List<Object> trend = JsonPath.read(forms, "$.series[0].values");
        assertThat(trend.getLast()).isNull();
        assertThat(analystPage.select("#chapter-PROTECTION .report-chart .chart-hidden-note")).isNotEmpty();
        assertThat(analystPage.select("#chapter-PROTECTION .report-chart td.small-count").eachText()).contains("<5");
    }

    @Test
    void theChartByRegionLeavesHiddenRegionsOutForTheAnalystAndAddsUpForTheSupervisor() throws Exception {
        Document analystPage = page("analyst", "/statistics?year=2022");
        Document supervisorPage = page("supervisor", "/statistics?year=2022");
        for (String chart : List.of("chart-regions-prosecution", "chart-regions-protection")) {
            String data = analystPage.getElementById(chart).attr("data-chart");
            List<Object> values = JsonPath.read(data, "$.series[0].values");
            assertThat(values).as(chart).noneMatch(value -> value instanceof Number number && SmallCounts.small(number
                    .longValue()));
            // hidden regions come last, so that their place does not tell their size
            int firstHidden = values.indexOf(null);
            if (firstHidden >= 0) {
                assertThat(values.subList(firstHidden, values.size())).containsOnlyNulls();
            }
            List<Integer> exact = JsonPath.read(supervisorPage.getElementById(chart).attr("data-chart"),
                    "$.series[0].values");
            assertThat(exact).doesNotContainNull();
        }
        List<Integer> initiated = JsonPath.read(supervisorPage.getElementById("chart-regions-prosecution").attr(
                "data-chart"),
                "$.series[0].values");
        assertThat(initiated.stream().mapToInt(Integer::intValue).sum()).isEqualTo(26);
        // the same regional values as the regions' own figures
        String analystChart = analystPage.getElementById("chart-regions-protection").attr("data-chart");
        List<String> names = JsonPath.read(analystChart, "$.labels");
        List<Object> values = JsonPath.read(analystChart, "$.series[0].values");
        Map<String, RegionCode> byName = new HashMap<>();
        regions.current(Locale.forLanguageTag("ru")).forEach(region -> byName.put(region.name(Locale.forLanguageTag(
                "ru")), region.code()));
        for (int i = 0; i < names.size(); i++) {
            if (values.get(i) != null && byName.containsKey(names.get(i))) {
                assertThat(((Number) values.get(i)).longValue()).as(names.get(i))
                        .isEqualTo(exact(2022, byName.get(names.get(i))).get("victims.identified").longValue());
            }
        }
    }

    @Test
    void theDownloadsOfARegionShowMarksAsTextToTheAnalyst() throws Exception {
        RegionCode region = regionWithSmallCount(2022, "victims.identified");
        byte[] body = mvc.perform(get("/statistics/export/2022").param("region", region.value()).param("format", "csv")
                .with(users.as("analyst"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n")) {
            List<String> cells = List.of(line.split(";", -1));
            rows.put(cells.get(0), cells);
        }
        assertThat(rows.get("victims.identified").get(2)).isIn("<5", "x");
        for (String code : protectedCounts) {
            assertThat(rows.get(code).subList(2, 4)).as(code).noneMatch(text -> text.matches("[1-4]"));
        }
        byte[] exact = mvc.perform(get("/statistics/export/2022").param("region", region.value()).param("format", "csv")
                .with(users.as("supervisor"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(new String(exact, StandardCharsets.UTF_8)).contains("\r\nvictims.identified;")
                .doesNotContain(";<5;").doesNotContain(";x;");
        mvc.perform(get("/statistics/report/2022.pdf").param("region", region.value()).with(users.as("analyst")))
                .andExpect(status().isOk());
    }

    /**
     * The hidden regions' values add up to {@code sum}; each is within its mark's bounds ({@code <5}: 1 to 4,
     * {@code x}: 0 or more). None may be left with a single possible value.
     */
    private static void assertNotWorkedOut(String what, long sum, List<String> marks) {
        if (marks.isEmpty()) {
            assertThat(sum).as(what).isZero();
            return;
        }
        assertThat(marks).as("%s: a single region hidden", what).hasSizeGreaterThan(1);
        for (int i = 0; i < marks.size(); i++) {
            long otherLow = 0;
            long otherHigh = 0;
            for (int j = 0; j < marks.size(); j++) {
                if (j != i) {
                    otherLow += marks.get(j).equals("<5") ? 1 : 0;
                    otherHigh += marks.get(j).equals("<5") ? 4 : 1_000_000;
                }
            }
            long low = Math.max(marks.get(i).equals("<5") ? 1 : 0, sum - otherHigh);
            long high = Math.min(marks.get(i).equals("<5") ? 4 : 1_000_000, sum - otherLow);
            assertThat(low).as("%s: hidden region %d worked out as %d", what, i, low).isLessThan(high);
        }
    }

    /** Totals and their breakdowns within a region: total, then parts. */
    private List<List<String>> breakdowns() {
        List<List<String>> relations = new ArrayList<>();
        for (String base : List.of("investigations.initiated", "prosecutions.cases", "convictions.persons",
                "victims.identified")) {
            List<String> relation = new ArrayList<>(List.of(base));
            Definition.FORM_GROUPS.forEach(group -> relation.add(base + "." + group));
            relations.add(relation);
        }
        relations.add(List.of("victims.identified", "victims.identified.citizens", "victims.identified.foreign"));
        relations.add(List.of("victims.identified", "victims.identified.female", "victims.identified.male"));
        relations.add(List.of("victims.identified.forced_labour", "victims.identified.forced_labour.citizens",
                "victims.identified.forced_labour.foreign"));
        return relations;
    }

    private RegionCode regionWithSmallCount(int year, String code) {
        return regionCodes().stream().filter(region -> SmallCounts.small(exact(year, region).get(code).longValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no region with a small " + code));
    }

    private Map<String, Number> exact(int year, RegionCode region) {
        return SignedIn.as(supervisor, () -> statistics.annual(new StatisticsQuery(year, region)));
    }

    /** Every region that ever was (the records of a year name the regions of their time). */
    private List<RegionCode> regionCodes() {
        return regions.all().stream().map(Region::code).distinct().sorted().toList();
    }

    /** The API's annual figures: indicators (null where hidden) and the marks of the hidden. */
    record Annual(Map<String, Object> indicators, Map<String, String> suppressed) {
    }

    private Annual annual(String username, int year, RegionCode region) throws Exception {
        var request = get("/api/v1/statistics/annual/" + year).with(users.as(username));
        if (region != null) {
            request.param("region", region.value());
        }
        String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return new Annual(JsonPath.read(json, "$.indicators"), JsonPath.read(json, "$.suppressed"));
    }
}
