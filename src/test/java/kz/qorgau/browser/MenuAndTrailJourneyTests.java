package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import kz.qorgau.QorgauTest;
import kz.qorgau.TestUsers;

/**
 * The menu bar at 1280 px keeps to two rows for every role in Russian and in two of Kazakh, English, Kyrgyz and
 * Uzbek in turn (each of them on the menus of six or seven roles), the sections that do not fit are under "More", and
 * keyboard focus on it is visible; the audit trail reads as labels. Every role's start page in each of its languages
 * shows no missing message and is photographed ({@code start-<user>-<language>}), as is the audit trail, into
 * {@code target/screenshots/}.
 */
@QorgauTest
class MenuAndTrailJourneyTests extends BrowserJourney {

    static final List<String> USERS = TestUsers.DEMO;
    static final List<String> OTHER_LANGUAGES = List.of("kk", "en", "ky", "uz");

    @Test
    void theMenuBarKeepsToTwoRowsAt1280PxForEveryRoleInEveryLanguage() throws Exception {
        List<String> tooTall = new ArrayList<>();
        inRussian(USERS, () -> {
            for (int user = 0; user < USERS.size(); user++) {
                String username = USERS.get(user);
                Page page = signIn(username);
                // Russian and two of the other four languages in turn: each language on the menus of six or seven roles
                List<String> languages = List.of("ru", OTHER_LANGUAGES.get(2 * user % 4), OTHER_LANGUAGES.get(
                        (2 * user + 1) % 4));
                for (String language : languages) {
                    if (!language.equals("ru")) {
                        page.locator("#language-menu").click();
                        page.locator("button[data-language=" + language + "]").click();
                        assertThat(page.locator("html")).hasAttribute("lang", language);
                    }
                    assertThat(page.locator("body")).not().containsText("??");
                    int rows = menuRows(page);
                    if (rows > 2) {
                        tooTall.add(username + " in " + language + ": " + rows + " rows");
                        Browser.screenshotOfScreen(page, "menu-too-tall-" + username + "-" + language);
                    }
                    // each role's start page in each language, once the icon font has loaded: the whole page in
                    // Russian, what the screen shows in the other languages
                    page.evaluate("document.fonts.ready");
                    if (language.equals("ru")) {
                        Browser.screenshot(page, "start-" + username + "-" + language);
                    } else {
                        Browser.screenshotOfScreen(page, "start-" + username + "-" + language);
                    }
                }
                page.context().close();
            }
        });
        Assertions.assertThat(tooTall).isEmpty();
    }

    @Test
    void sectionsUnderMoreOpenAndTheFocusOnTheMenuBarIsVisible() {
        Page supervisor = signIn("supervisor");
        Assertions.assertThat(supervisor.locator("#more-menu").count()).as("the supervisor's menu has more").isOne();
        supervisor.locator("#more-menu").click();
        assertThat(supervisor.locator("#more-menu-item .dropdown-menu")).isVisible();
        supervisor.keyboard().press("Escape");

        supervisor.locator("#reference-search-input").focus();
        supervisor.keyboard().press("Shift+Tab");
        String outline = (String) supervisor.evaluate(
                "() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth"
                        + " + ' ' + s.outlineColor; }");
        Assertions.assertThat(outline).as("focus ring on the navy bar").startsWith("solid 3px")
                .contains("rgb(255, 212, 59)");
        supervisor.context().close();
    }

    @Test
    void theAuditTrailShowsLabelledEntries() {
        Page auditor = signIn("auditor");
        auditor.navigate("/audit?targetType=victim");
        assertThat(auditor.locator("main table tbody tr").first()).isVisible();
        assertThat(auditor.locator("main table tbody")).not().containsText("??");
        assertThat(auditor.locator("main table tbody")).containsText("Номер записи");
        assertThat(auditor.locator("main table tbody")).containsText("Запись о пострадавшем");
        Browser.screenshotOfScreen(auditor, "audit-trail-ru");
        auditor.context().close();
    }

    /**
     * How many rows the menu bar takes: its height over that of a bar of one row (56 px: a 40 px item and the bar's
     * padding), each further row adding one item's 40 px.
     */
    static int menuRows(Page page) {
        // measured once the style sheets have loaded: on a loaded machine the page's text may come before them, and
        // an unstyled menu is a list of many rows
        page.waitForLoadState(LoadState.LOAD);
        double height = ((Number) page.evaluate(
                "() => document.querySelector('nav.navbar').getBoundingClientRect().height"))
                .doubleValue();
        return 1 + (int) Math.ceil(Math.max(0, height - 60) / 40);
    }
}
