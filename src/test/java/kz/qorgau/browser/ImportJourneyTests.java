package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import kz.qorgau.QorgauTest;

/**
 * The shelter's case worker, who holds the record-import permission, brings in the records kept in another system:
 * a file with an error is refused with the error shown by record, place and message, and nothing saved; the corrected
 * file comes in whole, and the report counts what it created; the same file again changes nothing.
 */
@QorgauTest
class ImportJourneyTests extends BrowserJourney {

    static String document(String suffix, String region) {
        return """
                {"format": "qorgau-exchange", "version": "2", "sender": {"country": "KZ", "system": "KZ-NGO-JOURNEY"},
                 "createdAt": "2026-11-30T10:00:00Z",
                 "persons": [{"externalId": "KZ-NGO-JOURNEY:person:P%1$s", "pseudonymous": false,
                              "gender": "Feminine", "citizenship": ["KG"], "stateless": false,
                              "secondName": "Журнальная", "firstName": "Айпери", "birthdate": "1995-06-01"}],
                 "victims": [{"externalId": "KZ-NGO-JOURNEY:victim:V%1$s", "person": "KZ-NGO-JOURNEY:person:P%1$s",
                              "anonymous": false, "region": "%2$s", "identifiedOn": "2023-10-02",
                              "traffickingStatus": "PossibleVictimOfTrafficking",
                              "statusHistory": [{"decidedOn": "2023-10-02",
                                                 "traffickingStatus": "PossibleVictimOfTrafficking"}],
                              "typeOfExploitation": ["ForcedLabour"],
                              "consents": [{"scope": "Processing", "decision": "Given", "decidedOn": "2023-10-02"}]},
                             {"externalId": "KZ-NGO-JOURNEY:victim:A%1$s", "anonymous": true, "region": "KZ-11",
                              "identifiedOn": "2023-11-12", "traffickingStatus": "PossibleVictimOfTrafficking",
                              "statusHistory": [{"decidedOn": "2023-11-12",
                                                 "traffickingStatus": "PossibleVictimOfTrafficking"}]}]}"""
                .formatted(suffix, region);
    }

    @Test
    void aFileWithAnErrorIsRefusedWholeAndTheCorrectedFileComesInOnce() throws IOException {
        String suffix = Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000));
        Path wrong = Files.createTempFile("import-wrong-", ".json");
        Path right = Files.createTempFile("import-right-", ".json");
        Files.writeString(wrong, document(suffix, "KZ-7"), StandardCharsets.UTF_8);
        Files.writeString(right, document(suffix, "KZ-11"), StandardCharsets.UTF_8);

        Page caseworker = signIn("caseworker");
        caseworker.navigate("/exchange/imports");
        assertThat(caseworker.locator("h1")).hasText("Загрузка записей");
        assertThat(caseworker.locator("progress[data-upload-progress]")).isHidden();
        caseworker.locator("#file").setInputFiles(wrong);
        caseworker.locator("#import-submit").click();
        assertThat(caseworker).hasURL(Pattern.compile(".*/exchange/imports/\\d+$"));
        assertThat(caseworker.locator("#outcome")).hasText("Отклонено, ничего не сохранено");
        Browser.screenshot(caseworker, "import-refused-ru");
        assertThat(caseworker.locator("#problems tbody")).containsText("/victims/0/region");
        assertThat(caseworker.locator("#problems tbody")).containsText("Неизвестный регион");
        assertThat(caseworker.locator("#problems tbody")).containsText("KZ-NGO-JOURNEY:victim:V" + suffix);
        assertThat(caseworker.locator("#problems")).not().containsText("Журнальная");

        caseworker.locator("#back-to-imports").click();
        caseworker.locator("#file").setInputFiles(right);
        caseworker.locator("#import-submit").click();
        assertThat(caseworker.locator("#outcome")).hasText("Загружено");
        assertThat(caseworker.locator("#count-persons")).containsText("1");
        assertThat(caseworker.locator("#count-victims td").first()).hasText("2");
        Browser.screenshot(caseworker, "import-done-ru");

        caseworker.locator("#back-to-imports").click();
        caseworker.locator("#file").setInputFiles(right);
        caseworker.locator("#import-submit").click();
        assertThat(caseworker.locator("#outcome")).hasText("Загружено");
        assertThat(caseworker.locator("#count-victims td").nth(2)).hasText("2");
        caseworker.locator("#back-to-imports").click();
        assertThat(caseworker.locator("#imports tbody tr")).not().hasCount(0);
        Browser.screenshot(caseworker, "import-list-ru");
        caseworker.context().close();
    }
}
