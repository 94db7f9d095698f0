package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import kz.qorgau.QorgauTest;
import kz.qorgau.shared.SyntheticBins;

/**
 * The register of recruitment agencies and its public licence check: a migrant worker from Kyrgyzstan checks, on a
 * phone and in Kyrgyz, an agency that offers a job, and finds its licence suspended; the licensing inspector enters
 * a new agency and suspends it for a violation, and the public check shows it suspended at once.
 */
@QorgauTest
class AgencyJourneyTests extends BrowserJourney {

    @Test
    void aMigrantChecksAnAgencyOnAPhoneInKyrgyz() {
        String bin = jdbc.sql("select bin from agencies_agency where name_ru like '%Капшагай Сезон%'").query(
                String.class).single();
        Page phone = newPhonePage();
        Response first = phone.navigate("/public/agencies");
        Assertions.assertThat(first.status()).isEqualTo(200);
        phone.locator("nav.languages a[hreflang=ky]").click();
        assertThat(phone.locator("h1")).hasText("Жумушка орноштуруу агенттигин текшерүү");
        phone.locator("#q").fill(bin);
        phone.locator("button[type=submit]").click();
        assertThat(phone.locator("article.agency")).hasCount(1);
        assertThat(phone.locator("article.agency .status")).hasText(
                "Жумушчуларды жалдай албайт: лицензия убактылуу токтотулган");
        assertThat(phone.locator("article.agency")).containsText("Лицензия токтотулган:");
        Assertions.assertThat(phone.url()).contains("lang=ky").contains("q=" + bin);
        Browser.screenshotOfScreen(phone, "public-agency-check-phone-ky");
        phone.context().close();
    }

    @Test
    void theLicensingInspectorSuspendsANewAgencyAndThePublicSeesIt() throws Exception {
        String bin = SyntheticBins.bin(new Random(77)).value();
        String today = LocalDate.now().toString();
        inRussian(List.of("inspector"), () -> {
            Page inspector = signIn("inspector");
            inspector.navigate("/agencies");
            inspector.locator("#register-agency").click();
            inspector.locator("#bin").fill(bin);
            inspector.locator("#nameRu").fill("ТОО «Синтетика Вахта» (тест)");
            inspector.locator("#legalAddress").fill("Алматинская область, г. Конаев, ул. Тестовая, 5");
            inspector.locator("#region").selectOption("KZ-19");
            inspector.locator("#licenceNumber").fill("KZ19-2024-777");
            inspector.locator("#issuedOn").fill("2024-02-01");
            inspector.locator("label[for=placements1]").click();
            inspector.locator("#save-agency").click();
            assertThat(inspector.locator("#agency-status")).hasText("Действует");

            inspector.locator("#sanction > summary").click();
            inspector.locator("#sanction select[name=kind]").selectOption("SUSPENSION");
            inspector.locator("#sanction input[name=decidedOn]").fill(today);
            inspector.locator("#sanction input[name=violation]").fill("Удержание паспортов работников");
            inspector.locator("#sanction input[name=body]").fill("Управление занятости (тест)");
            inspector.locator("#sanction input[name=document]").fill("Приказ № 7");
            inspector.locator("#save-sanction").click();
            assertThat(inspector.locator("#agency-status")).hasText("Приостановлена");
            assertThat(inspector.locator("#decisions")).containsText("Приостановлена");
            Browser.screenshot(inspector, "agency-suspended-ru");
            inspector.context().close();
        });
        Page anyone = newPhonePage();
        anyone.navigate("/public/agencies?lang=ru&q=" + bin);
        assertThat(anyone.locator("article.agency .status")).hasText(
                "Не может набирать работников: лицензия приостановлена");
        assertThat(anyone.locator("article.agency")).not().containsText("Удержание паспортов");
        anyone.context().close();
    }
}
