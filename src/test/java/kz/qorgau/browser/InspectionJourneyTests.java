package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import kz.qorgau.QorgauTest;

/**
 * An inspector on a construction site records, on a phone, an inspection that found forced-labour indicators and
 * notifies the Almaty city police; the investigator finds the notification on the start page and answers it with the
 * case registered in ERDR; the inspector then sees the case's number and stage, and nothing of its people.
 */
@QorgauTest
class InspectionJourneyTests extends BrowserJourney {

    @Test
    void theInspectorNotifiesThePoliceTheInvestigatorRegistersACaseAndTheInspectorSeesTheOutcome() throws Exception {
        String employer = "ТОО «Синтетик Құрылыс» " + System.nanoTime() % 100_000;
        try {
            inRussian(List.of("inspector", "investigator"), () -> {
                Page inspector = signInOnPhone("inspector");
                inspector.navigate("/inspections/new");
                String day = LocalDate.now().minusDays(1).toString();
                inspector.locator("#inspectors").fill("Демо Инспектор труда");
                inspector.locator("#startedOn").fill(day);
                inspector.locator("#endedOn").fill(day);
                inspector.locator("#trigger").selectOption("COMPLAINT");
                inspector.locator("#employerBin").fill("161240012341");
                inspector.locator("#employerName").fill(employer);
                inspector.locator("#site").selectOption("CONSTRUCTION_SITE");
                inspector.locator("#region").selectOption("KZ-75");
                inspector.locator("#workers").fill("20");
                inspector.locator("#workersWomen").fill("0");
                inspector.locator("#workersMen").fill("20");
                inspector.locator("#workersChildren").fill("0");
                inspector.locator("#workersForeign").fill("25");
                inspector.locator("#save-inspection").click();
                // more foreign workers than workers: refused on its field, what was typed kept
                assertThat(inspector.locator("#workersForeign")).hasAttribute("aria-invalid", "true");
                assertThat(inspector.locator("#employerName")).hasValue(employer);
                Browser.screenshot(inspector, "inspection-refused-phone-ru");

                inspector.locator("#workersForeign").fill("12");
                inspector.locator("select[name='foreignWorkers[0].citizenship']").selectOption("UZ");
                inspector.locator("input[name='foreignWorkers[0].workers']").fill("12");
                inspector.locator("input[value=RETENTION_OF_IDENTITY_DOCUMENTS]").check();
                inspector.locator("input[value=WITHHOLDING_OF_WAGES]").check();
                inspector.locator("#save-inspection").click();
                assertThat(inspector.locator("h1")).hasText(employer);
                assertThat(inspector.locator("#indicators-found li")).hasCount(2);
                inspector.locator("#policeUnitId").selectOption(new SelectOption()
                        .setLabel("ДП г. Алматы, отдел по противодействию торговле людьми (демо)"));
                inspector.locator("#send-notification").click();
                assertThat(inspector.locator("#notification-badge")).hasText("ожидает ответа");
                Browser.screenshot(inspector, "inspection-notified-phone-ru");
                String inspectionUrl = inspector.url();

                String erdr = jdbc.sql("select erdr_number from cases_case where region_code = 'KZ-75'"
                        + " order by registered_on desc, id desc limit 1").query(String.class).single();
                Page investigator = signIn("investigator");
                investigator.locator("a[href='/inspections/notifications']").first().click();
                investigator.locator("#notifications tbody tr", new Page.LocatorOptions().setHasText(employer))
                        .locator("a").first().click();
                assertThat(investigator.locator("#notification-badge")).hasText("ожидает ответа");
                investigator.locator("#erdrNumber").fill(erdr);
                investigator.locator("#save-registration").click();
                assertThat(investigator.locator("#notification-badge")).hasText("зарегистрировано в ЕРДР");
                Browser.screenshot(investigator, "inspection-notification-police-ru");
                investigator.context().close();

                inspector.navigate(inspectionUrl.replaceAll("#.*", ""));
                inspector.reload();
                assertThat(inspector.locator("#outcome-erdr")).hasText(erdr);
                assertThat(inspector.locator("#outcome-stages")).containsText("зарегистрировано");
                Browser.screenshot(inspector, "inspection-outcome-phone-ru");
                inspector.locator(".navbar-toggler").click();
                inspector.locator("#language-menu").click();
                inspector.locator("button[data-language=kk]").click();
                assertThat(inspector.locator("html")).hasAttribute("lang", "kk");
                assertThat(inspector.locator("#notification-badge")).hasText("БТДТ-да тіркелді");
                assertThat(inspector.locator("body")).not().containsText("??");
                Browser.screenshot(inspector, "inspection-outcome-phone-kk");
                inspector.context().close();
            });
        } finally {
            jdbc.sql(
                    "delete from inspections_notification where inspection_id in (select id from inspections_inspection"
                            + " where employer_name = ?)").param(employer).update();
            jdbc.sql("delete from inspections_foreign_workers where inspection_id in (select id from"
                    + " inspections_inspection where employer_name = ?)").param(employer).update();
            jdbc.sql("delete from inspections_inspection where employer_name = ?").param(employer).update();
        }
    }

    @Test
    void anInspectorOnAFarmFindsIndicatorsOfflineSyncsNotifiesThePoliceWhoRegisterACaseAndSeesTheOutcome()
            throws Exception {
        String employer = "КХ «Синтетик Дала» " + System.nanoTime() % 100_000;
        try {
            inRussian(List.of("inspector", "supervisor"), () -> {
                Page inspector = signInOnPhone("inspector");
                inspector.navigate("/inspections/new");
                // the session's key is kept: the form can be filled without network
                assertThat(inspector.locator("#inspection-form")).hasAttribute("data-offline-ready", "true");
                inspector.context().setOffline(true);
                String day = LocalDate.now().minusDays(1).toString();
                inspector.locator("#inspectors").fill("Демо Инспектор труда, мобильная группа");
                inspector.locator("#startedOn").fill(day);
                inspector.locator("#endedOn").fill(day);
                inspector.locator("#trigger").selectOption("MOBILE_TEAM");
                inspector.locator("#employerName").fill(employer);
                inspector.locator("#site").selectOption("FARM");
                inspector.locator("#region").selectOption("KZ-19");
                inspector.locator("input[type=checkbox][name=remote]").check();
                inspector.locator("#workers").fill("9");
                inspector.locator("#workersWomen").fill("2");
                inspector.locator("#workersMen").fill("7");
                inspector.locator("#workersChildren").fill("0");
                inspector.locator("#workersForeign").fill("0");
                inspector.locator("input[value=RETENTION_OF_IDENTITY_DOCUMENTS]").check();
                inspector.locator("input[value=RESTRICTION_OF_MOVEMENT]").check();
                inspector.locator("#save-inspection").click();
                assertThat(inspector.locator("#offline-banner")).isVisible();
                assertThat(inspector.locator("#offline-drafts li")).hasCount(1);
                assertThat(inspector.locator("#offline-drafts li")).containsText(employer);
                assertThat(inspector.locator("#employerName")).hasValue("");
                Browser.screenshot(inspector, "inspection-offline-phone-ru");
                Assertions.assertThat(saved(employer)).isZero();

                inspector.context().setOffline(false);
                assertThat(inspector.locator("#offline-sent li")).hasCount(1);
                assertThat(inspector.locator("#offline-drafts li")).hasCount(0);
                assertThat(inspector.locator("#offline-banner")).isHidden();
                Browser.screenshot(inspector, "inspection-offline-sent-phone-ru");
                Assertions.assertThat(saved(employer)).isEqualTo(1);
                // sending again (a phone that did not hear the answer) records nothing more
                inspector.locator("#offline-send").click();
                inspector.locator("#offline-sent a").click();
                assertThat(inspector.locator("h1")).hasText(employer);
                String inspectionUrl = inspector.url();
                assertThat(inspector.locator("#indicators-found li")).hasCount(2);
                assertThat(inspector.locator("#notify-police")).isVisible();
                Assertions.assertThat(saved(employer)).isEqualTo(1);

                // a worker met there, who will not be named, screened without network with the victims' form
                inspector.locator("#screen-worker").click();
                inspector.locator("#anonymous-route").click();
                assertThat(inspector.locator("form.screening-form")).hasAttribute("data-offline-ready", "true");
                assertThat(inspector.locator("#context")).hasValue("LABOUR_INSPECTION");
                inspector.context().setOffline(true);
                inspector.locator("#screening-step-2 > summary").click();
                inspector.locator("#sex").selectOption("MALE");
                inspector.locator("#ageAtIdentification").fill("34");
                inspector.locator("#screening-step-5 > summary").click();
                inspector.getByLabel("Возможный пострадавший").check();
                inspector.locator("#reason").fill("Синтетика: паспорт у бригадира, выходить с поля запрещают.");
                inspector.locator("#screening-step-6 > summary").click();
                inspector.locator("label[for=processing-REFUSED]").click();
                inspector.locator("#screening-submit").click();
                assertThat(inspector.locator("#offline-drafts li")).hasCount(1);
                Browser.screenshot(inspector, "inspection-screening-offline-phone-ru");
                inspector.context().setOffline(false);
                assertThat(inspector.locator("#offline-sent li")).hasCount(1);
                inspector.locator("#offline-sent a").click();
                assertThat(inspector.locator("#screened-workers li")).hasCount(1);
                assertThat(inspector.locator("#screened-workers")).containsText("Возможный пострадавший");
                Assertions.assertThat(jdbc.sql("select count(*) from inspections_screening s join"
                        + " inspections_inspection i on i.id = s.inspection_id where i.employer_name = ?")
                        .param(employer).query(Long.class).single()).isEqualTo(1);

                // back on the network: the police of the region notified, here the national department (Almaty
                // region has no demo unit of its own), whose supervisor registers the case; the inspector sees it
                inspector.navigate(inspectionUrl);
                inspector.locator("#policeUnitId").selectOption(new SelectOption().setLabel(
                        "МВД РК, Департамент по противодействию торговле людьми (демо)"));
                inspector.locator("#send-notification").click();
                assertThat(inspector.locator("#notification-badge")).hasText("ожидает ответа");
                String erdr = jdbc.sql("select erdr_number from cases_case order by registered_on desc, id desc"
                        + " limit 1").query(String.class).single();
                Page supervisor = signIn("supervisor");
                supervisor.navigate("/inspections/notifications");
                supervisor.locator("#notifications tbody tr", new Page.LocatorOptions().setHasText(employer))
                        .locator("a").first().click();
                supervisor.locator("#erdrNumber").fill(erdr);
                supervisor.locator("#save-registration").click();
                assertThat(supervisor.locator("#notification-badge")).hasText("зарегистрировано в ЕРДР");
                supervisor.context().close();
                inspector.reload();
                assertThat(inspector.locator("#outcome-erdr")).hasText(erdr);
                Browser.screenshot(inspector, "inspection-offline-outcome-phone-ru");
                inspector.context().close();
            });
        } finally {
            jdbc.sql(
                    "delete from inspections_notification where inspection_id in (select id from inspections_inspection"
                            + " where employer_name = ?)").param(employer).update();
            jdbc.sql("delete from inspections_screening where inspection_id in (select id from inspections_inspection"
                    + " where employer_name = ?)").param(employer).update();
            jdbc.sql("delete from inspections_inspection where employer_name = ?").param(employer).update();
        }
    }

    private long saved(String employer) {
        return jdbc.sql("select count(*) from inspections_inspection where employer_name = ?").param(employer)
                .query(Long.class).single();
    }

    @Test
    void anAnalystFollowsTheYearsInspectionsToTheCasesFromTheReport() throws Exception {
        inRussian(List.of("analyst"), () -> {
            Page analyst = signIn("analyst");
            analyst.navigate("/statistics?year=2022");
            analyst.locator("#pipeline-link").click();
            assertThat(analyst.locator("#pipeline tbody tr").first()).containsText("4 920");
            awaitCharts(analyst);
            Browser.screenshot(analyst, "inspection-pipeline-ru");
            analyst.context().close();
        });
    }
}
