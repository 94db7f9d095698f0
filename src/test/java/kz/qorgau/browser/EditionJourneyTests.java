package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import kz.qorgau.QorgauTest;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Today;

/**
 * An analyst publishes the report of the last year that has ended (in Russian); a conviction of that year arrives
 * late; the police supervisor opens the edition's revision (in Kazakh), sees the convictions move by one and the case
 * that moved them; the analyst publishes the revision as the next edition with a note (in English), and the public
 * reads both editions without an account. (The year is the last that has ended, not 2022, whose figures the demo's
 * tests state: the module's own test shows 6 → 7 on a database of its own.)
 */
@QorgauTest
class EditionJourneyTests extends BrowserJourney {

    @Autowired
    CaseBuilder builder;
    @Autowired
    Today today;

    @Test
    void anAnalystPublishesALateConvictionMakesARevisionAndTheNextEditionSaysSo() throws Exception {
        int year = today.year().getValue() - 1;
        inRussian(List.of("analyst", "supervisor"), () -> {
            Page analyst = signIn("analyst");
            analyst.navigate("/statistics");
            analyst.locator("#editions-link").click();
            assertThat(analyst.locator("#edition-2022-1")).isVisible();
            analyst.locator("#year").selectOption(Integer.toString(year));
            analyst.locator("#note").fill("Публикация в ходе проверки (тест)");
            analyst.locator("#publish").click();
            assertThat(analyst.locator(".alert-success")).containsText("Издание опубликовано");
            assertThat(analyst.locator("h1")).containsText("Отчёт за " + year + " год");
            assertThat(analyst.locator("#digest")).hasText(Pattern.compile("^[0-9a-f]{64}$"));
            String published = analyst.url();
            Browser.screenshot(analyst, "edition-published-ru");

            // a conviction of that year, recorded after the edition
            CaseViews.CaseView late = lateConviction(year);

            Page supervisor = signIn("supervisor");
            supervisor.locator("#language-menu").click();
            supervisor.locator("button[data-language=kk]").click();
            assertThat(supervisor.locator("html")).hasAttribute("lang", "kk");
            supervisor.navigate(published);
            supervisor.locator("#revision-link").click();
            Locator convictions = supervisor.locator("[id='change-YEAR-convictions.persons']");
            assertThat(convictions).isVisible();
            long from = Long.parseLong(convictions.locator(".from").innerText().strip());
            assertThat(convictions.locator(".to")).hasText(Long.toString(from + 1));
            Assertions.assertThat(supervisor.locator("#publish-form").count()).as("the supervisor does not publish")
                    .isZero();
            Browser.screenshot(supervisor, "edition-revision-kk");
            convictions.locator("a.added").click();
            assertThat(supervisor.locator("main")).containsText(late.erdrNumber());
            Browser.screenshot(supervisor, "edition-revision-case-kk");

            analyst.locator("#language-menu").click();
            analyst.locator("button[data-language=en]").click();
            assertThat(analyst.locator("html")).hasAttribute("lang", "en");
            analyst.locator("#revision-link").click();
            assertThat(analyst.locator("[id='change-YEAR-convictions.persons'] .to")).hasText(Long.toString(from
                    + 1));
            analyst.locator("#publish").click();
            assertThat(analyst.locator("#error-summary")).containsText("Say what changed");
            analyst.locator("#note").fill("A conviction of " + year + " recorded late (test).");
            analyst.locator("#publish").click();
            assertThat(analyst.locator(".alert-success")).containsText("Edition published");
            assertThat(analyst.locator("#note")).containsText("recorded late");
            Browser.screenshot(analyst, "edition-next-en");

            Page reader = newPage();
            reader.navigate("/public/statistics?lang=en");
            assertThat(reader.locator("#editions")).containsText("Report " + year);
            reader.locator("#editions a").first().click();
            assertThat(reader.locator("[id='figure-convictions.persons'] td").nth(1)).hasText(Long.toString(from
                    + 1));
            assertThat(reader.locator("main")).not().containsText(late.erdrNumber());
            Browser.screenshot(reader, "edition-public-en");
            reader.navigate("/public/statistics?lang=kk");
            Browser.screenshot(reader, "edition-public-list-kk");
            analyst.context().close();
            supervisor.context().close();
            reader.context().close();
        });
    }

    /** A case of Almaty registered, sent to court and its defendant convicted in the year, recorded now. */
    private CaseViews.CaseView lateConviction(int year) {
        QorgauUser investigator = users.demo("investigator");
        CaseViews.CaseView registered = builder.withSuspect(builder.registered(investigator, "KZ-75", LocalDate.of(year,
                2, 3), ExploitationForm.FORCED_LABOUR), investigator, LocalDate.of(year, 2, 10));
        long court = users.organisation(DemoOrganisations.COURT_ALMATY);
        return builder.convicted(builder.sentToCourt(registered, users.demo("prosecutor"), court, LocalDate.of(year,
                6, 1)), users.demo("court"), LocalDate.of(year, 11, 20));
    }
}
