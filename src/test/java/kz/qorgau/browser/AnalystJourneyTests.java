package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import kz.qorgau.QorgauTest;
import kz.qorgau.shared.Today;

/**
 * The analyst's day: the start page's headline figures of the year so far, one of them followed to the year's
 * report, the report of a region, its figures downloaded as a CSV, and an indicator's counting rule and code read in
 * the catalogue of the page. Screenshots go to {@code target/screenshots/}.
 */
@QorgauTest
class AnalystJourneyTests extends BrowserJourney {

    /** The region whose report the analyst opens: Almaty city. */
    static final String REGION = "KZ-75";

    @Autowired
    Today today;

    @Test
    void theAnalystFollowsAHeadlineFigureToTheReportOfARegionDownloadsItAndReadsTheCatalogue() throws Exception {
        inRussian(List.of("analyst"), () -> walk(today.year().getValue()));
    }

    private void walk(int year) throws Exception {
        Page analyst = signIn("analyst");

        // the start page: the year's headline figures so far, each a number of the year's report
        Locator queue = analyst.locator("[data-queue='/statistics']");
        assertThat(queue.locator("h2")).hasText("Показатели текущего года на сегодня");
        Locator figures = queue.locator("[data-queue-item]");
        assertThat(figures).hasCount(4);
        Map<String, String> headline = new HashMap<>();
        for (Locator figure : figures.all()) {
            String code = figure.getAttribute("data-queue-item").replaceFirst("^indicator\\.(.+)\\.name$", "$1");
            headline.put(code, figure.getAttribute("data-count"));
            assertThat(figure.locator(".queue-count")).hasText(figure.getAttribute("data-count"));
        }
        Assertions.assertThat(headline).containsOnlyKeys("investigations.initiated", "prosecutions.cases",
                "convictions.persons", "victims.identified");
        Browser.screenshot(analyst, "analyst-start");

        queue.locator("[data-queue-item='indicator.investigations.initiated.name']").click();
        assertThat(analyst).hasURL(Pattern.compile(".*/statistics\\?year=" + year + "$"));
        assertThat(analyst.locator("#year")).hasValue(Integer.toString(year));
        assertThat(analyst.locator("#region")).hasValue("");
        headline.forEach((code, count) -> assertThat(figure(analyst, code)).hasText(count));

        // the report of one region: its own figures, no chart by region, its downloads
        analyst.locator("#region").selectOption(REGION);
        analyst.locator("#show-statistics").click();
        assertThat(analyst).hasURL(Pattern.compile(".*/statistics\\?year=" + year + "&region=" + REGION + "$"));
        assertThat(analyst.locator("#region")).hasValue(REGION);
        assertThat(analyst.locator("#chart-trend-prosecution")).hasCount(1);
        assertThat(analyst.locator("#chart-regions-prosecution")).hasCount(0);
        Browser.screenshot(analyst, "analyst-report-region");
        List<String> codes = List.of("investigations.initiated", "victims.identified");
        Map<String, String> regional = new HashMap<>();
        codes.forEach(code -> regional.put(code, figure(analyst, code).innerText().strip()));

        // the CSV: the region's figures as the page shows them, served as a CSV attachment
        Download download = analyst.waitForDownload(() -> analyst.locator("#download-csv").click());
        String filename = "qorgau-statistics-" + year + "-" + REGION + ".csv";
        Assertions.assertThat(download.suggestedFilename()).isEqualTo(filename);
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        Assertions.assertThat(csv).startsWith("\uFEFF");
        List<String> lines = List.of(csv.substring(1).split("\r\n"));
        Assertions.assertThat(lines.getFirst()).isEqualTo("Код;Показатель;" + year + ";" + (year - 1) + ";Единица");
        for (String code : codes) {
            Assertions.assertThat(lines).as(code).anySatisfy(line -> {
                List<String> cells = List.of(line.split(";", -1));
                Assertions.assertThat(cells.getFirst()).isEqualTo(code);
                Assertions.assertThat(cells.get(2)).isEqualTo(regional.get(code));
            });
        }
        APIResponse response = analyst.request().get(analyst.locator("#download-csv").getAttribute("href"));
        Assertions.assertThat(response.status()).isEqualTo(200);
        Assertions.assertThat(response.headers().get("content-type")).startsWith("text/csv");
        Assertions.assertThat(response.headers().get("content-disposition")).startsWith("attachment")
                .contains(filename);
        Assertions.assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(csv);

        // the catalogue: an indicator's counting rule and stable code under its name
        Locator indicator = analyst.locator("tr[data-code='victims.identified'] details");
        Locator rule = indicator.locator("p").first();
        assertThat(rule).isHidden();
        indicator.locator("summary").click();
        assertThat(rule).isVisible();
        Assertions.assertThat(rule.innerText()).isNotBlank();
        assertThat(indicator.locator(".indicator-code code")).hasText("victims.identified");
        Browser.screenshotOfScreen(analyst, "analyst-catalogue");
        analyst.context().close();
    }

    /** The year's figure of an indicator in the report's table. */
    private static Locator figure(Page page, String code) {
        return page.locator("tr[data-code='" + code + "'] td").nth(1);
    }
}
