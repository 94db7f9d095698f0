package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The annual report PDF opens and shows Kazakh letters and the year's figures. */
@QorgauTest
class AnnualReportPdfTests extends FullTest {

    @Test
    void theKazakhReportOf2022ShowsKazakhLettersAndTheFigures() throws Exception {
        long audited = audit.action("STATISTICS_EXPORTED").count();
        PdfReader reader = report2022("kk");
        String all = text(reader);
        assertThat(all).contains("Қылмыстық қудалау").contains("Зардап шеккендерді қорғау")
                .contains("2022 жылы полиция адам саудасы бойынша 26 іс бойынша тергеу бастады")
                .contains("Алдын алу")
                .contains("ә").contains("ң").contains("ү");
        assertThat(audit.action("STATISTICS_EXPORTED").count()).isEqualTo(audited + 1);
    }

    @Test
    void theReportDrawsTheTrendAndTheRegionsAsOnThePage() throws Exception {
        PdfReader reader = report2022("ru");
        String all = text(reader);
        // the charts' titles, one trend and one by region per chapter with headline figures
        assertThat(all).contains("Динамика за 5 лет").contains("по регионам").contains("по формам эксплуатации");
        // the drawings themselves: form XObjects on the pages
        int drawings = 0;
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary objects = resources == null ? null : resources.getAsDict(PdfName.XOBJECT);
            drawings += objects == null ? 0 : objects.size();
        }
        assertThat(drawings).as("charts drawn").isGreaterThanOrEqualTo(4);
    }

    @Test
    void onlyAnalystsAndSupervisorsDownloadIt() throws Exception {
        mvc.perform(get("/statistics/report/2022.pdf").with(users.as("caseworker")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/statistics/report/2022.pdf").with(users.as("supervisor")))
                .andExpect(status().isOk());
    }

    /** The analyst's report of 2022 in the language, a PDF, kept in {@code target/screenshots/} to look at. */
    private PdfReader report2022(String language) throws Exception {
        byte[] pdf = mvc.perform(get("/statistics/report/2022.pdf").cookie(new Cookie("QORGAU_LANG", language))
                .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Files.createDirectories(Path.of("target/screenshots"));
        Files.write(Path.of("target/screenshots/report-2022-" + language + ".pdf"), pdf);
        return new PdfReader(pdf);
    }

    /** The text of every page, in order. */
    private static String text(PdfReader reader) throws Exception {
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }
}
