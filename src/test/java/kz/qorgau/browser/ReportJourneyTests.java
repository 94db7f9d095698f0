package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import kz.qorgau.QorgauTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.Assertions;

import com.jayway.jsonpath.JsonPath;

/**
 * The analyst opens the 2022 figures, switches to Kazakh, and downloads the report as a PDF; the charts are drawn
 * readably; the supervisor follows a figure to the cases behind it.
 */
@QorgauTest
class ReportJourneyTests extends BrowserJourney {

    @Test
    void theAnalystReadsThe2022ReportInKazakhAndDownloadsThePdf() throws Exception {
        inRussian(List.of("analyst"), this::readInKazakh);
    }

    private void readInKazakh() throws Exception {
        Page analyst = signIn("analyst");
        openFromMenu(analyst, "Статистика");
        analyst.locator("#year").selectOption("2022");
        analyst.locator("#show-statistics").click();
        assertThat(analyst.locator(".report-narrative").first())
                .containsText("В 2022 году полиция начала расследование 26 дел о торговле людьми");
        assertThat(analyst.locator("tr[data-code='victims.identified'] td").nth(1)).hasText("24");
        // the charts are drawn by Chart.js from the page's data (the script loaded under the CSP)
        awaitCharts(analyst);
        Assertions.assertThat(analyst.locator("canvas[data-chart]").count()).isEqualTo(6);
        Browser.screenshotOfScreen(analyst, "statistics-2022-top");
        analyst.locator("#chart-trend-protection").scrollIntoViewIfNeeded();
        Browser.screenshotOfScreen(analyst, "statistics-2022-charts");

        analyst.locator("#language-menu").click();
        analyst.locator("button[data-language=kk]").click();
        assertThat(analyst.locator(".report-narrative").first())
                .containsText("2022 жылы полиция адам саудасы бойынша 26 іс бойынша тергеу бастады");
        Browser.screenshot(analyst, "statistics-2022-kk");

        Download download = analyst.waitForDownload(() -> analyst.locator("#download-pdf").click());
        Assertions.assertThat(download.suggestedFilename()).isEqualTo("qorgau-report-2022-kk.pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        Assertions.assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        analyst.context().close();
    }

    /**
     * The script draws what the server hands it ({@code ReportPageTests}) readably: every bar of a chart by region
     * has its region's name beside it, none skipped for want of room, and the series of a chart differ by marker
     * and, for lines, by line pattern, not by colour alone (WCAG 1.4.1), the legend showing the markers.
     */
    @Test
    void theChartsLabelEveryRegionAndTellTheirSeriesApartOtherwiseThanByColour() {
        Page supervisor = signIn("supervisor");
        supervisor.navigate("/statistics?year=2022");
        awaitCharts(supervisor);
        for (String chart : List.of("chart-regions-prosecution", "chart-regions-protection")) {
            int labels = JsonPath.<List<String>>read(supervisor.locator("#" + chart).getAttribute("data-chart"),
                    "$.labels").size();
            Assertions.assertThat(labels).as(chart).isGreaterThan(6);
            Assertions.assertThat(((Number) supervisor.evaluate("id => Chart.getChart(document.getElementById(id))"
                    + ".scales.y.ticks.length", chart)).intValue()).as("%s: labels drawn", chart).isEqualTo(labels);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> charts = (List<Map<String, Object>>) supervisor.evaluate("() => Array.from("
                + "document.querySelectorAll('canvas[data-chart]')).map(c => { const chart = Chart.getChart(c); "
                + "return { id: c.id, line: chart.config.type === 'line', "
                + "legendMarkers: chart.options.plugins.legend.labels.usePointStyle === true, "
                + "markers: chart.data.datasets.map(d => String(d.pointStyle)), "
                + "dashes: chart.data.datasets.map(d => JSON.stringify(d.borderDash || [])), "
                + "radii: chart.data.datasets.map(d => d.pointRadius) }; })");
        Assertions.assertThat(charts).hasSize(6).anyMatch(chart -> ((List<?>) chart.get("markers")).size() > 1);
        for (Map<String, Object> chart : charts) {
            Assertions.assertThat((List<?>) chart.get("markers")).as("%s: markers", chart.get("id"))
                    .doesNotHaveDuplicates();
            if (((List<?>) chart.get("markers")).size() > 1) {
                Assertions.assertThat(chart.get("legendMarkers")).as("%s: legend", chart.get("id")).isEqualTo(true);
            }
            if (Boolean.TRUE.equals(chart.get("line"))) {
                Assertions.assertThat((List<?>) chart.get("dashes")).as("%s: line patterns", chart.get("id"))
                        .doesNotHaveDuplicates();
                Assertions.assertThat((List<?>) chart.get("radii")).as("%s: markers drawn", chart.get("id"))
                        .allMatch(radius -> ((Number) radius).doubleValue() > 0);
            }
        }
        supervisor.locator("#chart-regions-protection").scrollIntoViewIfNeeded();
        Browser.screenshotOfScreen(supervisor, "statistics-2022-regions");
        supervisor.context().close();
    }

    @Test
    void theSupervisorFollowsAFigureToTheCasesBehindIt() {
        Page supervisor = signIn("supervisor");
        supervisor.navigate("/statistics?year=2022");
        supervisor.locator("tr[data-code='prosecutions.cases.forced_labour'] a.drill-down").click();
        assertThat(supervisor.locator("h1")).containsText("Дела, направленные в суд — принудительный труд");
        assertThat(supervisor.locator("#results tbody tr")).hasCount(5);
        Browser.screenshotOfScreen(supervisor, "statistics-drill-down");
        supervisor.locator("#results tbody tr a").first().click();
        assertThat(supervisor.locator("h1")).containsText("Дело");
        supervisor.context().close();
    }
}
