package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import kz.qorgau.QorgauTest;

/**
 * The shelter's day in the browser: the crisis centre's case worker opens the shelter from the menu, reads its beds and
 * its calendar, changes the beds of a group, and sees an empty admission refused field by field; special social
 * services see the same shelter without its address or its residents. Photographed in Russian and Kazakh.
 */
@QorgauTest
class ShelterJourneyTests extends BrowserJourney {

    @Test
    void theCaseWorkerOpensTheShelterChangesItsBedsAndIsToldEveryMissingFieldOfAnAdmission() {
        String saved = jdbc.sql("select locale from identity_user where username = 'caseworker'").query(String.class)
                .optional().orElse(null);
        Page page = signIn("caseworker");
        try {
            openFromMenu(page, "Приюты");
            page.locator("#shelters tbody a").first().click();
            assertThat(page.locator("#calendar td[data-date]")).hasCount(90);
            assertThat(page.locator("#beds-WOMEN")).containsText("12");
            Browser.screenshot(page, "shelter-caseworker-ru");

            page.locator("#capacity-change summary").click();
            page.locator("#capacity-change select[name=group]").selectOption("WOMEN");
            page.locator("#capacity-change input[name=beds]").fill("14");
            page.locator("#capacity-change input[name=effectiveFrom]").fill(LocalDate.now().toString());
            page.locator("#save-capacity").click();
            assertThat(page.locator("#beds-WOMEN")).containsText("14");
            assertThat(page.locator("#capacity-history")).containsText("14");

            page.locator("#admit").click();
            page.locator("#admittedOn").fill("");
            page.locator("#admit-victim").click();
            assertThat(page.locator("#error-summary")).isVisible();
            assertThat(page.locator("#group")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#fundingSource")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#admittedOn")).hasAttribute("aria-invalid", "true");
            Browser.screenshot(page, "shelter-admission-refused-ru");

            page.locator("#language-menu").click();
            page.locator("button[data-language=kk]").click();
            assertThat(page.locator("html")).hasAttribute("lang", "kk");
            page.navigate(page.url().replace("/admit", "").replaceAll("/stays$", ""));
            assertThat(page.locator("body")).not().containsText("??");
            Browser.screenshot(page, "shelter-caseworker-kk");
        } finally {
            page.context().close();
            // the beds as the demo data has them, from today on, and the case worker's language
            long shelter = jdbc.sql("select id from shelters_shelter order by id limit 1").query(Long.class).single();
            jdbc.sql(
                    """
                            insert into shelters_capacity (shelter_id, seq, effective_from, bed_group, beds, recorded_by, recorded_at)
                            select ?, max(seq) + 1, current_date, 'WOMEN', 12, 'caseworker', now() from shelters_capacity
                            where shelter_id = ?""")
                    .params(shelter, shelter).update();
            jdbc.sql("update identity_user set locale = ? where username = 'caseworker'").param(saved).update();
        }

        Page social = signIn("social");
        openFromMenu(social, "Приюты");
        social.locator("#shelters tbody a").first().click();
        assertThat(social.locator("#address")).hasText("скрыт");
        assertThat(social.locator("#stay-list")).hasCount(0);
        Browser.screenshot(social, "shelter-social-ru");
        social.context().close();
    }

    @Test
    void socialServicesEnterAnAllocationAndReadTheFundingModelOf2022WithItsChartAndMapInRussianAndKazakh() {
        String saved = jdbc.sql("select locale from identity_user where username = 'social'").query(String.class)
                .optional().orElse(null);
        Page page = signIn("social");
        String document = "Приказ УКС № " + System.nanoTime() % 100_000;
        try {
            openFromMenu(page, "Приюты");
            page.locator("#shelters tbody a").first().click();
            page.locator("#allocation-entry summary").click();
            page.locator("#allocation-entry #year").fill("2026");
            page.locator("#allocation-entry #source").selectOption("LOCAL_BUDGET");
            page.locator("#allocation-entry #amountKzt").fill("12500000");
            page.locator("#allocation-entry #kztPerUsd").fill("471,2");
            page.locator("#allocation-entry #document").fill(document);
            page.locator("#save-allocation").click();
            assertThat(page.locator("#allocations")).containsText(document);
            assertThat(page.locator("#allocations")).containsText("12 500 000");
            Browser.screenshot(page, "shelter-allocation-ru");

            openFromMenu(page, "Приюты");
            page.locator("#funding-link").click();
            page.locator("#year").selectOption("2022");
            page.locator("#funding-show").click();
            assertThat(page.locator("#state-total")).containsText("101 000 000");
            assertThat(page.locator("#funding-shelters tbody tr")).hasCount(10);
            assertThat(page.locator("#funding-map [data-region]")).hasCount(20);
            awaitCharts(page);
            Browser.screenshot(page, "shelter-funding-ru");

            page.locator("#language-menu").click();
            page.locator("button[data-language=kk]").click();
            assertThat(page.locator("html")).hasAttribute("lang", "kk");
            assertThat(page.locator("body")).not().containsText("??");
            awaitCharts(page);
            Browser.screenshot(page, "shelter-funding-kk");
        } finally {
            page.context().close();
            jdbc.sql("update identity_user set locale = ? where username = 'social'").param(saved).update();
            jdbc.sql("delete from shelters_allocation where document = ?").param(document).update();
        }
    }
}
