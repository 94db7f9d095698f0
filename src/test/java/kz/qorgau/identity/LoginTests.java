package kz.qorgau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.TestUsers;
import kz.qorgau.WebSession;
import kz.qorgau.TestDatabase;
import kz.qorgau.system.SystemActor;
import kz.qorgau.demo.DemoOrganisations;

@QorgauTest
class LoginTests extends FullTest {

    @Autowired
    Accounts accounts;

    @Test
    void aDemoUserLogsInAndTheLoginIsAudited() throws Exception {
        long before = auditCount("LOGIN_SUCCEEDED", "hotline");
        mvc.perform(formLogin("/login").user("hotline").password(TestDatabase.DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("hotline"))
                .andExpect(redirectedUrl("/"));
        assertThat(auditCount("LOGIN_SUCCEEDED", "hotline")).isEqualTo(before + 1);
    }

    @Test
    void aWrongPasswordIsRefusedWithAGeneralMessageAndAudited() throws Exception {
        long analyst = jdbc.sql("select id from identity_user where username = 'analyst'").query(Long.class).single();
        long before = audit.action("LOGIN_FAILED").target(analyst).count();
        WebSession browser = new WebSession(mvc);
        browser.login("analyst", "not-the-password").andExpect(unauthenticated()).andExpect(redirectedUrl(
                "/login?error"));
        assertThat(browser.page("/login")).contains("Неверное имя пользователя или пароль");
        assertThat(audit.action("LOGIN_FAILED").target(analyst).count()).isEqualTo(before + 1);
        // what was typed as a user name may be a password: it is sealed, never in clear
        assertThat(audit.action("LOGIN_FAILED").last().details()).doesNotContain("analyst").contains("\"sealed\"");
        jdbc.sql("update identity_user set failed_attempts = 0, locked_until = null where username = 'analyst'")
                .update();
    }

    @Test
    void repeatedFailuresThrottleAndThenLockTheAccountEvenForTheRightPassword() throws Exception {
        String username = newUser("lockout.target");
        WebSession browser = new WebSession(mvc);
        for (int i = 0; i < 2; i++) {
            browser.login(username, "wrong-password-" + i).andExpect(unauthenticated());
        }
        // the third failure starts a throttling pause: the right password is refused too, with the reason
        browser.login(username, "wrong-password-3").andExpect(unauthenticated());
        browser.login(username, TestUsers.PASSWORD).andExpect(unauthenticated());
        assertThat(browser.page("/login")).contains("Повторите после");
        // two more failures (the pause is lifted by the test, as time would) lock the account
        for (int i = 0; i < 2; i++) {
            jdbc.sql("update identity_user set locked_until = null where username = ?").param(username).update();
            browser.login(username, "wrong-again-" + i).andExpect(unauthenticated());
        }
        browser.login(username, TestUsers.PASSWORD).andExpect(unauthenticated());
        assertThat(browser.page("/login")).contains("заблокирована до");
        assertThat(jdbc.sql("select failed_attempts from identity_user where username = ?").param(username)
                .query(Integer.class).single()).isEqualTo(5);
        long user = jdbc.sql("select id from identity_user where username = ?").param(username).query(Long.class)
                .single();
        assertThat(audit.action("LOGIN_FAILED").detailsContaining("\"reason\":\"locked\"").target(user).count())
                .isPositive();
    }

    @Test
    void aDisabledUserCannotLogIn() throws Exception {
        String username = newUser("disabled.user");
        long id = jdbc.sql("select id from identity_user where username = ?").param(username).query(Long.class)
                .single();
        SystemActor.run(() -> accounts.disable(id));
        WebSession browser = new WebSession(mvc);
        browser.login(username, TestUsers.PASSWORD).andExpect(unauthenticated());
        assertThat(browser.page("/login")).contains("Учётная запись отключена");
    }

    @Test
    void logoutEndsTheSessionAndIsAudited() throws Exception {
        WebSession browser = new WebSession(mvc);
        browser.login("consul", TestDatabase.DEMO_PASSWORD).andExpect(authenticated());
        browser.perform(get("/")).andExpect(status().isOk());
        long before = auditCount("LOGOUT", "consul");
        browser.perform(post("/logout")).andExpect(redirectedUrl("/login?logout"));
        assertThat(auditCount("LOGOUT", "consul")).isEqualTo(before + 1);
        browser.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void pagesRedirectAnonymousUsersToTheLoginPage() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    private long auditCount(String action, String actor) {
        return audit.action(action).by(actor).count();
    }

    /** A fresh user with a known password, so that locking it does not disturb other tests. */
    private String newUser(String prefix) {
        String username = TestUsers.username(prefix + ".");
        users.create(username, DemoOrganisations.POLICE_ALMATY, Role.INVESTIGATOR, "KZ-75");
        return username;
    }
}
