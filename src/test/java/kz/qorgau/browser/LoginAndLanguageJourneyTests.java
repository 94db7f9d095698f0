package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import kz.qorgau.QorgauTest;
import kz.qorgau.TestDatabase;
import java.util.List;
import java.util.regex.Pattern;

/** A person's journey: sign in as a demo user, switch the language, read the page, sign out. */
@QorgauTest
class LoginAndLanguageJourneyTests extends BrowserJourney {

    @Test
    void anAdministratorSignsInSwitchesToKazakhAndThenEnglish() throws Exception {
        inRussian(List.of("admin"), () -> {
            Page page = newPage();
            page.navigate("/");
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.locator("h1")).hasText("Вход в систему");
            Browser.screenshot(page, "login-ru");

            page.getByLabel("Имя пользователя").fill("admin");
            page.getByLabel("Пароль").fill(TestDatabase.DEMO_PASSWORD);
            page.locator("#login-submit").click();
            assertThat(page.locator("h1")).containsText("Здравствуйте");
            assertThat(page.locator("nav")).containsText("Пользователи");
            Browser.screenshot(page, "home-ru");

            page.locator("#language-menu").click();
            page.locator("button[data-language=kk]").click();
            assertThat(page.locator("h1")).containsText("Сәлеметсіз бе");
            assertThat(page.locator("nav")).containsText("Пайдаланушылар");
            assertThat(page.locator("html")).hasAttribute("lang", "kk");
            Browser.screenshot(page, "home-kk");

            openFromMenu(page, "Пайдаланушылар");
            assertThat(page.locator("h1")).hasText("Пайдаланушылар");
            assertThat(page.locator("table")).containsText("investigator");
            Browser.screenshot(page, "users-kk");

            page.locator("#language-menu").click();
            page.locator("button[data-language=en]").click();
            assertThat(page.locator("h1")).hasText("Users");
            page.locator("#q").fill("auditor");
            page.locator("#q").press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*q=auditor.*"));
            assertThat(page.locator("#results table tbody tr")).hasCount(1);
            assertThat(page.locator("#results table tbody")).containsText("auditor");
            Browser.screenshot(page, "users-en-search");

            page.locator("#user-menu").click();
            page.locator("#logout").click();
            assertThat(page.locator("h1")).hasText("Sign in");
        });
    }
}
