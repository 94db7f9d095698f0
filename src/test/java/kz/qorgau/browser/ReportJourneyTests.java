package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import kz.qorgau.QorgauTest;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;

/** The analyst opens the 2022 figures, switches to Kazakh, and downloads the report as a PDF. */
@QorgauTest
class ReportJourneyTests extends BrowserJourney {

    @Test
    void theAnalystReadsThe2022ReportInKazakhAndDownloadsThePdf() throws Exception {
        Page analyst = signIn("analyst");
        openFromMenu(analyst, "Статистика");
        analyst.locator("#year").selectOption("2022");
        analyst.locator("#show-statistics").click();
        assertThat(analyst.locator(".report-narrative").first())
                .containsText("В 2022 году полиция начала расследование 26 дел о торговле людьми");
        assertThat(analyst.locator("tr[data-code='victims.identified'] td").nth(1)).hasText("24");
        // the charts are drawn by Chart.js from the page's data (the script loaded under the CSP)
        // polled from here: the page's CSP forbids the eval that waitForFunction's polling would need
        analyst.waitForCondition(() -> Boolean.TRUE.equals(analyst.evaluate("() => !!window.Chart && Array.from("
                + "document.querySelectorAll('canvas[data-chart]')).every(c => window.Chart.getChart(c) != null)")));
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
