package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.QorgauTest;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.shared.ExploitationForm;
import org.assertj.core.api.Assertions;

/**
 * The two journeys of a victim from screening to referral, each agency signed in as itself:
 * a labour inspector screens a worker on a farm (on a phone) and refers him; the shelter accepts and records
 * services; the police link him to their case. And: a consul identifies a citizen abroad who refuses to share
 * with the police: she is counted anonymously and referred for repatriation without identity.
 */
@QorgauTest
class VictimJourneyTests extends BrowserJourney {
    @Autowired
    CaseBuilder builder;

    Page signIn(String username, boolean phone) {
        return phone ? signInOnPhone(username) : signIn(username);
    }

    static void answer(Page page, String list, String indicator, String answer) {
        page.locator("label[for=" + list + "-" + indicator + "-" + answer + "]").click();
    }

    static String path(Page page) {
        return page.url().replaceAll("^https?://[^/]+", "").replaceAll("[#?].*$", "");
    }

    @Test
    void anInspectorScreensAFarmWorkerAndRefersHimTheShelterServesHimThePoliceLinkHimToTheirCase() {
        // the police have a forced-labour case of the farm
        CaseViews.CaseView criminalCase = builder.registered(users.demo("investigator"), "KZ-75", LocalDate.now()
                .minusDays(30), CaseBuilder.article128(2, ExploitationForm.FORCED_LABOUR), null);

        // the labour inspector, on a phone at the farm, registers the worker and screens him
        Page inspector = signIn("inspector", true);
        inspector.navigate("/victims");
        inspector.locator("#screen-person").click();
        inspector.locator("#find-person").click();
        inspector.locator("#surname").fill("Фермеров" + (char) ('А' + ThreadLocalRandom.current().nextInt(20)));
        inspector.locator("#givenName").fill("Синтетик");
        inspector.locator("#birthDate").fill("1985-04-12");
        inspector.locator("#sex").selectOption("MALE");
        inspector.locator("#citizenships-filter").fill("Узбек");
        inspector.locator("#citizenships input[value=UZ]").check();
        inspector.locator("#register-person").click();
        assertThat(inspector.locator("#chosen-person")).containsText("P-");
        // what the registry knows of him is filled in
        assertThat(inspector.locator("#sex")).hasValue("MALE");
        assertThat(inspector.locator("#citizenships input[value=UZ]")).isChecked();
        Browser.screenshotOfScreen(inspector, "victim-screening-phone-start");
        assertThat(inspector.locator("#suggestion-outcome")).containsText("Не определено");
        inspector.locator("#screening-step-3 > summary").click();
        for (String indicator : List.of("RETENTION_OF_IDENTITY_DOCUMENTS", "EXCESSIVE_OVERTIME",
                "WITHHOLDING_OF_WAGES")) {
            answer(inspector, "ilo", indicator, "PRESENT");
        }
        inspector.locator("#screening-step-4 > summary").click();
        answer(inspector, "delphi", "DR_NATURE_OF_JOB", "PRESENT");
        answer(inspector, "delphi", "DR_WAGES", "PRESENT");
        inspector.locator("summary:has-text('Эксплуатация')").first().click();
        answer(inspector, "delphi", "EX_EXCESSIVE_HOURS", "PRESENT");
        answer(inspector, "delphi", "EX_LOW_OR_NO_SALARY", "PRESENT");
        inspector.locator("summary:has-text('Принуждение в месте назначения')").click();
        answer(inspector, "delphi", "CD_DOCUMENTS_CONFISCATED", "PRESENT");
        answer(inspector, "delphi", "CD_DEBT_BONDAGE", "PRESENT");
        assertThat(inspector.locator("#suggestion-outcome")).hasText("Признаки торговли людьми есть");
        inspector.locator("#suggestion").scrollIntoViewIfNeeded();
        Browser.screenshotOfScreen(inspector, "victim-screening-phone-suggestion");
        inspector.locator("#screening-step-2 > summary").click();
        inspector.locator("#ageAtIdentification").fill("40");
        inspector.getByLabel("Принудительный труд").check();
        inspector.getByLabel("Мигрант без документов").check();
        inspector.locator("#screening-step-5 > summary").click();
        inspector.getByLabel("Предполагаемый пострадавший").check();
        inspector.locator("#reason").fill(
                "Синтетика: паспорт у хозяина фермы, 14 часов в день, без оплаты три месяца.");
        inspector.locator("#screening-step-6 > summary").click();
        for (String scope : List.of("processing", "referral", "lawEnforcement")) {
            inspector.locator("label[for=" + scope + "-GIVEN]").click();
        }
        Browser.screenshot(inspector, "victim-screening-phone");
        inspector.locator("#screening-submit").click();
        assertThat(inspector.locator("#victim-status")).hasText("Предполагаемый пострадавший");
        assertThat(inspector.locator(".alert-success")).containsText("запись о пострадавшем создана");
        String reference = inspector.locator("#victim-reference").textContent().strip();
        String victimPath = path(inspector);
        inspector.context().close();

        // ... and, at the office, refers him to the Almaty crisis centre
        Page office = signIn("inspector", false);
        office.navigate(victimPath + "?tab=referrals");
        office.locator("#refer").click();
        office.locator("#toOrganisationId").selectOption(new SelectOption().setLabel(DemoOrganisations.SHELTER_ALMATY));
        office.getByLabel("Приют", new Page.GetByLabelOptions().setExact(true)).check();
        office.getByLabel("Медицинская помощь").check();
        office.locator("#details").fill("Синтетика: нужен ночлег сегодня.");
        office.locator("#send-referral").click();
        assertThat(office.locator("#referral-status")).hasText("Ожидает ответа");
        String referralPath = path(office);
        Browser.screenshot(office, "referral-sent");
        office.context().close();

        // the shelter finds it in its inbox, accepts it and records the services it gave
        Page shelter = signIn("caseworker", false);
        openFromMenu(shelter, "Направления");
        assertThat(shelter.locator("#awaiting-answer")).isVisible();
        assertThat(shelter.locator("#referrals")).containsText(reference);
        Browser.screenshot(shelter, "referral-inbox");
        shelter.navigate(referralPath);
        shelter.locator("#accept").click();
        assertThat(shelter.locator("#referral-status")).hasText("Принято");
        shelter.locator("#service").selectOption("SHELTER");
        shelter.locator("#startedOn").fill(LocalDate.now().minusDays(1).toString());
        shelter.locator("#costKzt").fill("120000");
        shelter.locator("#fundingSource").selectOption("STATE_BUDGET");
        shelter.locator("#record-service-submit").click();
        assertThat(shelter.locator("#episodes")).containsText("120 000");
        shelter.locator("#complete").click();
        assertThat(shelter.locator("#referral-status")).hasText("Завершено");
        Browser.screenshot(shelter, "referral-completed");
        shelter.locator("#referral-victim").click();
        shelter.locator("[data-tab=referrals]").click();
        assertThat(shelter.locator("#victim-episodes")).containsText("Приют");
        shelter.context().close();

        // the police link him to their case with his consent
        Page police = signIn("investigator", false);
        police.navigate("/cases/" + criminalCase.id());
        police.locator("#link-victim").click();
        police.locator("#victimReference").fill(reference);
        police.locator("#role").selectOption("INJURED_PARTY");
        police.locator("#link-submit").click();
        assertThat(police.locator("#linked-cases")).containsText(criminalCase.erdrNumber());
        assertThat(police.locator("#victim-reference")).hasText(reference);
        Browser.screenshot(police, "victim-linked-to-case");
        police.navigate("/cases/" + criminalCase.id());
        assertThat(police.locator("#victims")).containsText("Потерпевший");
        police.context().close();
    }

    @Test
    void aConsulIdentifiesACitizenAbroadWhoRefusesToShareWithThePoliceAndRefersHerWithoutIdentity() {
        Page consul = signIn("consul", false);
        consul.navigate("/victims/new");
        consul.locator("#anonymous-route").click();
        assertThat(consul.locator("#anonymous-badge")).isVisible();
        assertThat(consul.locator("#context")).hasValue("CONSULAR");
        consul.getByLabel("Сексуальная эксплуатация").first().check();
        consul.locator("#screening-step-2 > summary").click();
        consul.locator("#sex").selectOption("FEMALE");
        consul.locator("#ageAtIdentification").fill("26");
        consul.locator("#citizenships input[value=KZ]").check();
        consul.locator("#screening-step-5 > summary").click();
        consul.getByLabel("Возможный пострадавший").check();
        consul.locator("#reason").fill("Синтетика: пришла в консульство без паспорта, просит вернуться домой.");
        consul.locator("#screening-step-6 > summary").click();
        consul.locator("label[for=processing-REFUSED]").click();
        consul.locator("label[for=lawEnforcement-REFUSED]").click();
        Browser.screenshot(consul, "victim-anonymous-screening");
        consul.locator("#screening-submit").click();
        assertThat(consul.locator("#anonymous-record")).isVisible();
        assertThat(consul.locator("#person-link")).hasCount(0);
        String reference = consul.locator("#victim-reference").textContent().strip();
        String victimPath = path(consul);

        // counted: the record is in the list, without a person
        consul.navigate("/victims?reference=" + reference);
        assertThat(consul.locator("#victims-table")).containsText("анонимно");

        // referred for repatriation without identity
        consul.navigate(victimPath + "?tab=referrals");
        consul.locator("#refer").click();
        assertThat(consul.locator("main")).containsText("направление уйдёт без сведений о личности");
        consul.locator("#toOrganisationId").selectOption(new SelectOption().setLabel(DemoOrganisations.SHELTER_ALMATY));
        consul.getByLabel("Возвращение на родину").check();
        consul.locator("#send-referral").click();
        assertThat(consul.locator("#without-identity")).isVisible();
        Browser.screenshot(consul, "referral-anonymous");
        consul.context().close();

        // the shelter receives it without identity
        Page shelter = signIn("caseworker", false);
        shelter.navigate("/referrals");
        assertThat(shelter.locator("#referrals tr", new Page.LocatorOptions().setHasText(reference)))
                .containsText("без сведений о личности");
        shelter.context().close();

        // the police cannot reach her: she refused to share with them
        Page police = signIn("investigator", false);
        police.navigate("/victims/link");
        police.locator("#victimReference").fill(reference);
        police.locator("#link-submit").click();
        assertThat(police.locator("#error-summary")).containsText("не давал согласия");
        police.navigate(victimPath);
        assertThat(police.locator("h1")).containsText("Запись о пострадавшем не найдена");
        police.context().close();

        Assertions.assertThat(jdbc.sql("select person_id is null from victims_victim where reference = ?")
                .param(reference).query(Boolean.class).single()).isTrue();
    }
}
