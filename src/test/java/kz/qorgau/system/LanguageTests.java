package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.WebSession;
import kz.qorgau.TestDatabase;

@QorgauTest
class LanguageTests extends FullTest {

    @Test
    void russianIsTheDefault() throws Exception {
        assertThat(anonymousPage("/login")).contains("Вход в систему").contains("lang=\"ru\"");
    }

    @Test
    void theLoginPageSwitchesLanguageBeforeLogin() throws Exception {
        WebSession browser = new WebSession(mvc);
        browser.perform(post("/language").param("lang", "en").param("returnTo", "/login"))
                .andExpect(redirectedUrl("/login"));
        assertThat(browser.page("/login")).contains("Sign in").contains("lang=\"en\"");
    }

    @Test
    void theLoginPageSpeaksKyrgyzAndUzbek() throws Exception {
        WebSession kyrgyz = new WebSession(mvc);
        kyrgyz.perform(post("/language").param("lang", "ky").param("returnTo", "/login"))
                .andExpect(redirectedUrl("/login"));
        assertThat(kyrgyz.page("/login")).contains("Системага кирүү").contains("Сырсөз")
                .contains("lang=\"ky\"");
        WebSession uzbek = new WebSession(mvc);
        uzbek.perform(post("/language").param("lang", "uz").param("returnTo", "/login"))
                .andExpect(redirectedUrl("/login"));
        assertThat(uzbek.page("/login")).contains("Tizimga kirish").contains("Parol")
                .contains("lang=\"uz\"");
    }

    @Test
    void theChoiceIsRememberedWithTheUserForTheNextLogin() throws Exception {
        WebSession first = new WebSession(mvc);
        first.login("migration", TestDatabase.DEMO_PASSWORD);
        assertThat(first.page("/")).contains("Здравствуйте");
        first.perform(post("/language").param("lang", "kk").param("returnTo", "/account"))
                .andExpect(redirectedUrl("/account"));
        assertThat(first.page("/account")).contains("Менің профилім").contains("lang=\"kk\"");
        assertThat(jdbc.sql("select locale from identity_user where username = 'migration'").query(String.class)
                .single())
                .isEqualTo("kk");

        // another browser, without the language cookie: the saved choice applies at login
        WebSession second = new WebSession(mvc);
        second.login("migration", TestDatabase.DEMO_PASSWORD);
        assertThat(second.page("/")).contains("Сәлеметсіз бе");
        second.perform(post("/language").param("lang", "ru").param("returnTo", "/"));
    }

    @Test
    void aLanguageChosenOnTheSignInPageWinsOverTheSavedOneAndIsSaved() throws Exception {
        assertThat(jdbc.sql("select locale from identity_user where username = 'consul'").query(String.class).single())
                .isEqualTo("ru");
        WebSession browser = new WebSession(mvc);
        try {
            browser.perform(post("/language").param("lang", "en").param("returnTo", "/login"));
            browser.login("consul", TestDatabase.DEMO_PASSWORD);
            String home = browser.page("/");
            assertThat(home).contains("Welcome").contains("lang=\"en\"");
            // each language named in itself, not in English
            assertThat(Jsoup.parse(home).select("button[data-language]").eachText())
                    .containsExactly("Русский", "Қазақша", "English", "Кыргызча", "Oʻzbekcha");
            assertThat(jdbc.sql("select locale from identity_user where username = 'consul'").query(String.class)
                    .single()).isEqualTo("en");

            // the next sign-in, in a browser that chose nothing, keeps it
            WebSession another = new WebSession(mvc);
            another.login("consul", TestDatabase.DEMO_PASSWORD);
            assertThat(another.page("/")).contains("lang=\"en\"");
        } finally {
            jdbc.sql("update identity_user set locale = 'ru' where username = 'consul'").update();
        }
    }

    @Test
    void anUnsupportedLanguageIsIgnored() throws Exception {
        WebSession browser = new WebSession(mvc);
        browser.perform(post("/language").param("lang", "de").param("returnTo", "/login"));
        assertThat(browser.page("/login")).contains("Вход в систему");
    }

    /** The page as a visitor who has not signed in and has no language cookie reads it. */
    private String anonymousPage(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
