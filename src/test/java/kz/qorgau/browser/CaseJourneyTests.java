package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import kz.qorgau.QorgauTest;
import org.assertj.core.api.Assertions;

/**
 * The journey of the issue: the police register a case and add a suspect, the prosecutor sends it to
 * court, the court records a conviction and the sentence. Each agency signs in as itself.
 */
@QorgauTest
class CaseJourneyTests extends BrowserJourney {

    @Test
    void registerACaseAddASuspectSendItToCourtAndRecordAConviction() {
        String erdr = String.format("23175%010d", System.nanoTime() % 10_000_000_000L);

        // the investigator registers the case
        Page police = signIn("investigator");
        openFromMenu(police, "Уголовные дела");
        police.locator("#register-case").click();
        police.locator("#erdrNumber").fill(erdr);
        police.locator("#registeredOn").fill("2023-03-14");
        police.locator("#articles").selectOption("128");
        police.locator("#parts0").fill("2");
        police.getByLabel("Сексуальная эксплуатация").check();
        police.locator("#narrative").fill("Синтетическая фабула: вербовка через мессенджер, вывоз за рубеж.");
        Browser.screenshot(police, "case-register");
        police.locator("#register-submit").click();
        assertThat(police.locator("#case-status")).hasText("Расследуется");
        String casePath = police.url().replaceAll("^https?://[^/]+", "").replaceAll("[#?].*$", "");

        // ... and adds a suspect, registering the person first
        police.locator("#add-defendant").click();
        police.locator("#find-person").click();
        police.locator("#surname").fill("Тестбаев");
        police.locator("#givenName").fill("Синтетик");
        police.locator("#birthDate").fill("1984-07-09");
        police.locator("#sex").selectOption("MALE");
        police.locator("form button[type=submit]").last().click();
        assertThat(police.locator("#chosen-person")).containsText("P-");
        police.locator("#role").selectOption("RECRUITER_OR_INTERMEDIARY");
        police.locator("#arrestedOn").fill("2023-03-20");
        police.locator("#arrestRegion").selectOption("KZ-75");
        police.locator("#add-defendant-submit").click();
        assertThat(police.locator("#defendants")).containsText("Вербовщик или посредник");
        Browser.screenshot(police, "case-with-suspect");
        police.context().close();

        // the prosecutor sends it to court
        Page prosecutor = signIn("prosecutor");
        prosecutor.navigate(casePath);
        sendToCourt(prosecutor, "2023-08-01");
        prosecutor.context().close();

        // the court records the conviction and the sentence
        Page court = signIn("court");
        court.navigate(casePath);
        fillConviction(court, "2023-11-15", 7);
        court.locator("#imprisonmentMonths").fill("6");
        court.getByLabel("Конфискация имущества").check();
        Browser.screenshot(court, "case-verdict-form");
        court.locator("#event-submit").click();
        assertThat(court.locator("#case-status")).hasText("Рассмотрено судом");
        assertThat(court.locator("#timeline")).containsText("лишение свободы: 7 г. 6 мес.");
        assertThat(court.locator("#defendants")).containsText("Осуждён");
        Browser.screenshot(court, "case-decided");
        Assertions.assertThat(court.url()).contains(casePath);
        court.context().close();
    }
}
