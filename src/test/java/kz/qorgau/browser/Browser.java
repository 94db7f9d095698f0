package kz.qorgau.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ReducedMotion;

import java.util.Map;

import org.junit.jupiter.api.Assumptions;

import kz.qorgau.TestDatabase;

/**
 * Debian's Chromium driven by Playwright: never a downloaded browser. Tests using it are skipped, with
 * this reason, only where {@code /usr/bin/chromium} does not exist ({@code .ci/run} installs it).
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** The one Chromium of this test JVM: launched by the first journey, closed when the JVM ends. */
    private static Browser shared;

    /**
     * The test JVM's Chromium, launched the first time: the journeys share it (each in contexts of its own, closed
     * after each class, {@link #closeContexts()}), so that the browser starts once rather than once per class.
     */
    public static synchronized Browser shared() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM),
                "Browser tests need Debian's Chromium at /usr/bin/chromium (apt-get install chromium); skipped.");
        if (shared == null) {
            shared = new Browser();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    /** Closes every context (page, session) a test class left open: the next class starts with none. */
    public void closeContexts() {
        browser.contexts().forEach(BrowserContext::close);
    }

    public Page newPage(String baseUrl) {
        return browser.newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("ru-RU")
                .setViewportSize(1280, 900).setReducedMotion(ReducedMotion.REDUCE)).newPage();
    }

    /**
     * A page whose Content-Security-Policy the browser does not enforce: only for injecting test tools (axe-core)
     * into the pages, which the policy rightly refuses to any script not served by Qorgau.
     */
    Page newInspectablePage(String baseUrl) {
        return browser.newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("ru-RU")
                .setViewportSize(1280, 900).setBypassCSP(true).setReducedMotion(ReducedMotion.REDUCE)).newPage();
    }

    /** A phone-sized page (a first responder screening in the field). */
    Page newPhonePage(String baseUrl) {
        return browser.newContext(new NewContextOptions().setBaseURL(baseUrl).setLocale("ru-RU")
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true).setReducedMotion(ReducedMotion.REDUCE))
                .newPage();
    }

    /** What the screen shows now, without scrolling (for phone-sized pages). */
    static void screenshotOfScreen(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * Signs the demo user in on a fresh page (a desktop or a phone), and returns it on the start page once its
     * scripts have run: a click on a menu that opens by script (the language, "More") is lost before that, which a
     * slow machine shows.
     */
    public static Page signIn(Page page, String username) {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(TestDatabase.DEMO_PASSWORD);
        page.locator("#login-submit").click();
        PlaywrightAssertions.assertThat(page.locator("h1")).containsText("Здравствуйте");
        page.waitForLoadState(LoadState.LOAD);
        return page;
    }

    /** Opens a section from the menu bar by its label, from under "More" when it is not among the first ones. */
    public static void openFromMenu(Page page, String label) {
        Locator item = page.locator("#main-nav .navbar-nav.me-auto >> text=" + label).first();
        page.waitForLoadState(LoadState.LOAD);
        if (!item.isVisible() && page.locator("#more-menu").count() > 0) {
            page.locator("#more-menu").click();
        }
        item.click();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
