package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import kz.qorgau.QorgauTest;

/**
 * The yearly figures: ministry staff (the police supervisor) enter the 110 anti-trafficking officers of 2022 again,
 * from a corrected document, and a colleague (the analyst) approves the correction; the entry cannot be approved by
 * its author, and the year's figure stays what was approved.
 */
@QorgauTest
class PreventionJourneyTests extends BrowserJourney {

    @Test
    void ministryStaffEnter110OfficersFor2022AndAColleagueApproves() throws Exception {
        inRussian(List.of("supervisor", "analyst"), () -> {
            Page staff = signIn("supervisor");
            staff.navigate("/statistics");
            staff.locator("#yearly-figures-link").click();
            assertThat(staff.locator("#figures")).containsText("110");
            staff.locator("#year").fill("2022");
            staff.locator("#value").fill("110");
            staff.locator("#document").fill("Справка МВД о численности, уточнённая (тест)");
            staff.locator("#save-figure").click();
            assertThat(staff.locator("#error-summary")).containsText("причину исправления");
            staff.locator("#reason").fill("Справка уточнена МВД (тест)");
            staff.locator("#save-figure").click();
            assertThat(staff.locator(".alert-success")).containsText("ждёт утверждения");
            assertThat(staff.locator("#figures")).containsText("ждёт утверждения");
            Assertions.assertThat(staff.locator("#awaiting").count()).as("no approving one's own entry").isZero();
            Browser.screenshot(staff, "figures-entered-ru");

            Page colleague = signIn("analyst");
            colleague.navigate("/prevention/figures");
            colleague.locator("#awaiting button").first().click();
            assertThat(colleague.locator(".alert-success")).containsText("утверждено");
            assertThat(colleague.locator("#figures tbody tr").first()).containsText("утвердил analyst");
            Browser.screenshot(colleague, "figures-approved-ru");
            // the same page, and the rest of the prevention module, in Kazakh and in English
            for (String language : List.of("kk", "en")) {
                colleague.locator("#language-menu").click();
                colleague.locator("button[data-language=" + language + "]").click();
                assertThat(colleague.locator("html")).hasAttribute("lang", language);
                colleague.navigate("/prevention/figures");
                assertThat(colleague.locator("#figures")).containsText("110");
                Browser.screenshot(colleague, "figures-approved-" + language);
                for (String section : List.of("coordination", "trainings", "plans")) {
                    colleague.navigate("/prevention/" + section);
                    assertThat(colleague.locator("body")).not().containsText("??");
                    Browser.screenshot(colleague, "prevention-" + section + "-" + language);
                }
            }
            colleague.navigate("/prevention/coordination");
            assertThat(colleague.locator("main")).containsText("2022");
            staff.context().close();
            colleague.context().close();
        });
        Assertions.assertThat(jdbc.sql("select value from statistics_figure where element = 'POLICE_OFFICERS' and"
                + " year_start = date '2022-01-01'").query(Long.class).single()).isEqualTo(110);
    }
}
