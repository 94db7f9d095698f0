package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import kz.qorgau.QorgauTest;

/** The analyst opens the 2022 figures, switches to Kazakh, and downloads the report as a PDF. */
@QorgauTest
class ReportJourneyTests extends BrowserJourney {

    @Test
    void theAnalystReadsThe2022ReportInKazakhAndDownloadsThePdf() throws Exception {
        Page analyst = signIn("analyst");
        analyst.locator("nav >> text=Статистика").click();
        analyst.locator("#year").selectOption("2022");
        analyst.locator("#show-statistics").click();
        assertThat(analyst.locator(".report-narrative").first())
                .containsText("В 2022 году полиция начала расследование 26 дел о торговле людьми");
        assertThat(analyst.locator("tr[data-code='victims.identified'] td").nth(1)).hasText("24");

        analyst.locator("#language-menu").click();
        analyst.locator("button[data-language=kk]").click();
        assertThat(analyst.locator(".report-narrative").first())
                .containsText("2022 жылы полиция адам саудасы бойынша 26 іс бойынша тергеу бастады");
        Browser.screenshot(analyst, "statistics-2022-kk");

        Download download = analyst.waitForDownload(() -> analyst.locator("#download-pdf").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("qorgau-report-2022-kk.pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        org.assertj.core.api.Assertions.assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        analyst.context().close();
    }
}
