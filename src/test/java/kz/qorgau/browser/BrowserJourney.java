package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.web.server.LocalServerPort;

import kz.qorgau.TestDatabase;
import kz.qorgau.Tiers;

/** A journey in the browser against the test server: one Chromium per test class, each user in a page. */
@Tag(Tiers.BROWSER)
abstract class BrowserJourney {

    static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** A fresh browser context signed in as the demo user, on the home page (in Russian, the default). */
    Page signIn(String username) {
        return signIn(browser.newPage("http://localhost:" + port), username);
    }

    /** Signs the demo user in on a fresh page (a desktop or a phone), and returns it on the home page. */
    static Page signIn(Page page, String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(TestDatabase.DEMO_PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page.locator("h1")).containsText("Здравствуйте");
        return page;
    }

    /** Opens a section from the menu bar by its label, from under "More" when it is not among the first ones. */
    static void openFromMenu(Page page, String label) {
        Locator item = page.locator("#main-nav .navbar-nav.me-auto >> text=" + label).first();
        if (!item.isVisible() && page.locator("#more-menu").count() > 0) {
            page.locator("#more-menu").click();
        }
        item.click();
    }
}
