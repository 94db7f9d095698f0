package kz.qorgau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.WebSession;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.organisations.OrganisationRegistry;

/** An administrator manages organisations and users; each change is audited. */
@QorgauTest
class AdministrationTests extends FullTest {

    @Autowired
    OrganisationRegistry organisations;

    @Test
    void anAdministratorRegistersAnOrganisationAndTheChangeIsAudited() throws Exception {
        String name = "Тестовый кризисный центр " + System.nanoTime();
        MvcResult result = mvc.perform(post("/admin/organisations").with(users.as("admin")).with(csrf())
                .param("nameRu", name).param("nameEn", "Test crisis centre").param("type", "SHELTER")
                .param("region", "KZ-35"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "organisation.created"))
                .andReturn();
        long id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
        assertThat(organisations.get(id).nameRu()).isEqualTo(name);
        assertThat(organisations.get(id).region().value()).isEqualTo("KZ-35");
        assertThat(audit.action("ORGANISATION_CREATED").target(id).actors()).containsExactly("admin");
    }

    @Test
    void anInvalidOrganisationFormKeepsWhatWasTypedAndExplainsTheErrors() throws Exception {
        mvc.perform(post("/admin/organisations").with(users.as("admin")).with(csrf())
                .param("nameRu", "").param("nameEn", "Kept value").param("type", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Укажите название на русском языке.")))
                .andExpect(content().string(Matchers.containsString("Выберите тип организации.")))
                .andExpect(content().string(Matchers.containsString("value=\"Kept value\"")));
    }

    @Test
    void aDuplicateOrganisationNameIsRefused() throws Exception {
        mvc.perform(post("/admin/organisations").with(users.as("admin")).with(csrf())
                .param("nameRu", DemoOrganisations.PROSECUTOR_ALMATY).param("type", "PROSECUTOR_OFFICE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Организация с таким названием уже есть.")));
    }

    @Test
    void anAdministratorCreatesAUserWhoMustChangeTheTemporaryPassword() throws Exception {
        long organisation = users.organisation(DemoOrganisations.SHELTER_ALMATY);
        String username = "new.worker." + System.nanoTime() % 100000;
        MvcResult created = mvc.perform(post("/admin/users").with(users.as("admin")).with(csrf())
                .param("username", username).param("fullName", "Новый Сотрудник")
                .param("organisationId", Long.toString(organisation)).param("roles", "CASE_WORKER")
                .param("regions", "KZ-75"))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        String temporary = (String) created.getFlashMap().get("temporaryPassword");
        assertThat(temporary).hasSize(16);
        assertThat(audit.action("USER_CREATED").detailsContaining(username).count()).isEqualTo(1);
        assertThat(audit.all().detailsContaining(temporary).count()).isZero();

        // a case worker sees personal data: the second factor first, then the new password
        WebSession browser = new WebSession(mvc);
        browser.login(username, temporary).andExpect(redirectedUrl("/login/second-factor"));
        browser.perform(get("/")).andExpect(redirectedUrl("/login/second-factor"));
        SecondFactorTests.enrol(browser).andExpect(redirectedUrl("/login/second-factor/recovery-codes"));
        browser.perform(get("/login/second-factor/recovery-codes")).andExpect(status().isOk());
        browser.perform(get("/")).andExpect(redirectedUrl("/account/password"));
        browser.perform(get("/api/v1/me")).andExpect(status().isForbidden());

        browser.perform(post("/account/password").param("currentPassword", temporary)
                .param("newPassword", "short").param("confirmPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Пароль слишком короткий")));
        browser.perform(post("/account/password").param("currentPassword", temporary)
                .param("newPassword", "steppe wind over the river").param("confirmPassword",
                        "steppe wind over the river"))
                .andExpect(redirectedUrl("/account"));
        browser.perform(get("/")).andExpect(status().isOk());
        assertThat(audit.action("PASSWORD_CHANGED").by(username).count()).isEqualTo(1);
    }

    @Test
    void anInvalidUserFormExplainsEveryErrorInTheSummary() throws Exception {
        mvc.perform(post("/admin/users").with(users.as("admin")).with(csrf()).param("username", "Not Valid")
                .param("fullName", "").param("organisationId", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"error-summary\"")))
                .andExpect(content().string(Matchers.containsString("Укажите ФИО.")))
                .andExpect(content().string(Matchers.containsString("Выберите хотя бы одну роль.")))
                .andExpect(content().string(Matchers.containsString("value=\"Not Valid\"")));
        mvc.perform(post("/admin/users").with(users.as("admin")).with(csrf()).param("username", "kept.name")
                .param("fullName", "Kept Name").param("organisationId", "not-a-number"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Неверное значение.")))
                .andExpect(content().string(Matchers.containsString("value=\"kept.name\"")));
    }

    @Test
    void anAdministratorCannotDisableThemself() throws Exception {
        long id = users.demo("admin").id();
        mvc.perform(post("/admin/users/" + id + "/disable").with(users.as("admin")).with(csrf()))
                .andExpect(flash().attribute("failure", "user.error.disable-self"));
    }

    @Test
    void usersAreManagedOverTheApiToo() throws Exception {
        long organisation = users.organisation(DemoOrganisations.WORKING_GROUP);
        String username = "api.analyst." + System.nanoTime() % 100000;
        String body = """
                {"username": "%s", "profile": {"fullName": "API Analyst", "organisationId": %d,
                 "roles": ["ANALYST"], "nationalScope": true, "regions": []}}
                """.formatted(username, organisation);
        MvcResult created = mvc.perform(post("/api/v1/users").with(users.as("admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.user.username").value(username))
                .andExpect(jsonPath("$.temporaryPassword").isString())
                .andReturn();
        assertThat(created.getResponse().getContentAsString()).doesNotContain("passwordHash").doesNotContain("argon2");
        mvc.perform(post("/api/v1/users").with(users.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(
                        body))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("user.error.username-taken"));
    }
}
