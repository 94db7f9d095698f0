package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.qorgau.FullTest;
import kz.qorgau.Tiers;
import kz.qorgau.demo.DemoOrganisations;

/**
 * A journey in the browser against the test server: one Chromium for all journeys of the test JVM, each user in a
 * page of a context of its own; the pages run with reduced motion (Bootstrap's transitions off), so that no step
 * waits for an animation.
 */
@Tag(Tiers.BROWSER)
abstract class BrowserJourney extends FullTest {

    static Browser browser;

    @LocalServerPort
    int port;

    /** A part of a journey, which may throw what the browser or a download throws. */
    interface Steps {
        void walk() throws Exception;
    }

    @BeforeAll
    static void startBrowser() {
        browser = Browser.shared();
    }

    @AfterAll
    static void closePages() {
        if (browser != null) {
            browser.closeContexts();
        }
    }

    /** A fresh browser context at 1280 px on the test server, signed in as no one. */
    Page newPage() {
        return browser.newPage("http://localhost:" + port);
    }

    /** A fresh browser context of a 390 px phone on the test server, signed in as no one. */
    Page newPhonePage() {
        return browser.newPhonePage("http://localhost:" + port);
    }

    /** A fresh browser context signed in as the demo user, on the home page (in Russian, the default). */
    Page signIn(String username) {
        return signIn(newPage(), username);
    }

    /** The same on a phone. */
    Page signInOnPhone(String username) {
        return signIn(newPhonePage(), username);
    }

    /** Signs the demo user in on a fresh page (a desktop or a phone), and returns it on the home page. */
    static Page signIn(Page page, String username) {
        return Browser.signIn(page, username);
    }

    static void openFromMenu(Page page, String label) {
        Browser.openFromMenu(page, label);
    }

    /**
     * Walks the steps with the users' saved languages set to Russian (another test may have left one in another
     * language), and gives each user back the language they had: switching the language on a page saves it to the
     * user's account, which other tests share.
     */
    void inRussian(List<String> usernames, Steps steps) throws Exception {
        Map<String, String> saved = jdbc.sql("select username, locale from identity_user where username in (:users)")
                .param("users", usernames).query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        try {
            jdbc.sql("update identity_user set locale = 'ru' where username in (:users)").param("users", usernames)
                    .update();
            steps.walk();
        } finally {
            saved.forEach((user, locale) -> jdbc.sql("update identity_user set locale = :locale where username = :user")
                    .param("locale", locale).param("user", user).update());
        }
    }

    /** On a case's page, the prosecutor sends the case to the demo court of Almaty on the day, confirming it. */
    static void sendToCourt(Page prosecutor, String date) {
        prosecutor.locator("[data-action=SENT_TO_COURT]").click();
        prosecutor.locator("#occurredOn").fill(date);
        prosecutor.locator("#courtId").selectOption(new SelectOption().setLabel(DemoOrganisations.COURT_ALMATY));
        prosecutor.onceDialog(Dialog::accept);
        prosecutor.locator("#event-submit").click();
        assertThat(prosecutor.locator("#case-status")).hasText("В суде");
    }

    /**
     * On a case's page in court, the clerk opens the first defendant's verdict and fills it in as a conviction under
     * Art. 128 part 2 on the day, to the years of imprisonment; the rest of the form is the journey's.
     */
    static void fillConviction(Page court, String date, int years) {
        court.locator("[data-action=VERDICT-0]").click();
        court.locator("#occurredOn").fill(date);
        court.getByLabel("Осуждён", new Page.GetByLabelOptions().setExact(true)).check();
        court.locator("#convictionArticle").selectOption("128");
        court.locator("#convictionPart").fill("2");
        court.locator("#imprisonmentYears").fill(Integer.toString(years));
    }

    /** Waits until Chart.js has drawn every chart of the page. */
    protected static void awaitCharts(Page page) {
        // polled from here: the page's CSP forbids the eval that waitForFunction's polling would need
        page.waitForCondition(() -> Boolean.TRUE.equals(page.evaluate("() => !!window.Chart && Array.from("
                + "document.querySelectorAll('canvas[data-chart]')).every(c => window.Chart.getChart(c) != null)")));
    }
}
