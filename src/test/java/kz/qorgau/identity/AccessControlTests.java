package kz.qorgau.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import java.net.CookieManager;
import kz.qorgau.TestDatabase;
import kz.qorgau.TestServer;
import org.hamcrest.Matchers;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * Deny by default: every page and API endpoint of the foundation against anonymous users and each
 * kind of role (DESIGN.md §5).
 */
@QorgauTest
class AccessControlTests extends FullTest {

    @Autowired
    TestServer server;
    @Autowired
    BreakGlass breakGlass;

    RequestPostProcessor as(String username) {
        return user(users.demo(username));
    }

    @ParameterizedTest
    @CsvSource({ "/api/v1/me", "/api/v1/users", "/api/v1/users/1", "/api/v1/organisations", "/api/v1/organisations/1",
            "/api/v1/regions", "/api/v1/audit/entries", "/api/v1/nowhere" })
    void theApiAnswersAnonymousCallsWith401ProblemDetails(String path) throws Exception {
        mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"));
    }

    @ParameterizedTest
    @CsvSource({
            "investigator, /api/v1/users, 403", "analyst, /api/v1/users/1, 403", "admin, /api/v1/users, 200",
            "auditor, /api/v1/audit/entries, 200", "admin, /api/v1/audit/entries, 403",
            "caseworker, /api/v1/audit/entries, 403", "caseworker, /api/v1/organisations, 200",
            "caseworker, /api/v1/me, 200", "hotline, /api/v1/regions, 200" })
    void theApiChecksRoles(String username, String path, int expected) throws Exception {
        var result = mvc.perform(get(path).with(as(username)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().is(expected));
        if (expected == 403) {
            result.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403));
        }
    }

    @Test
    void aServiceCalledWithoutASignedInUserRefusesRatherThanActAsNobody() {
        assertThatThrownBy(QorgauUser::required).isInstanceOf(AccessDeniedException.class);
        // a query without @Requires: the refusal is the service's own
        assertThatThrownBy(() -> breakGlass.unreadNotices()).isInstanceOf(AccessDeniedException.class);
        QorgauUser supervisor = users.demo("supervisor");
        assertThat(SignedIn.as(supervisor, QorgauUser::required)).isSameAs(supervisor);
    }

    @Test
    void changesOverTheApiNeedTheAdministratorRole() throws Exception {
        mvc.perform(post("/api/v1/organisations").with(as("investigator")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nameRu\":\"Не должна появиться\",\"type\":\"NGO\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403));
    }

    @Test
    void anUnknownApiPathIsA404ProblemForASignedInUser() throws Exception {
        // through the real server: errors reach the container's error page, which MockMvc does not render
        HttpResponse<String> response = server.get("/api/v1/nowhere", "application/json", signedIn("admin"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":404");
    }

    @Test
    void aForbiddenPageIsShownInTheUsersLanguage() throws Exception {
        HttpResponse<String> response = server.get("/admin/users", "text/html", signedIn("investigator"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("У вас нет прав для этого действия").contains("lang=\"ru\"");
    }

    @Test
    void aMissingPageIsShownInTheUsersLanguage() throws Exception {
        HttpResponse<String> response = server.get("/no/such/page", "text/html", signedIn("investigator"));
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Страница или запись не найдена");
    }

    @Test
    void theOpenApiDescriptionIsAvailableToSignedInUsers() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as("court")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/me']").exists());
        mvc.perform(get("/v3/api-docs").accept(MediaType.APPLICATION_JSON)).andExpect(status().isUnauthorized());
    }

    private CookieManager signedIn(String username) throws Exception {
        return server.login(username, TestDatabase.DEMO_PASSWORD);
    }

    @ParameterizedTest
    @CsvSource({
            "admin, /admin/users, 200", "admin, /admin/organisations, 200", "admin, /admin/users/new, 200",
            "admin, /audit, 403", "auditor, /audit, 200", "auditor, /admin/users, 403",
            "investigator, /admin/organisations, 403", "investigator, /, 200", "analyst, /account, 200",
            "caseworker, /swagger-ui.html, 403" })
    void pagesCheckRoles(String username, String path, int expected) throws Exception {
        mvc.perform(get(path).with(as(username)).accept(MediaType.TEXT_HTML)).andExpect(status().is(expected));
    }

    @Test
    void theNavigationShowsEachRoleOnlyWhatItMayUse() throws Exception {
        mvc.perform(get("/").with(as("investigator")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/admin/users"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/audit\""))));
        mvc.perform(get("/").with(as("admin")))
                .andExpect(content().string(Matchers.containsString("href=\"/admin/users\"")));
        mvc.perform(get("/").with(as("auditor")))
                .andExpect(content().string(Matchers.containsString("href=\"/audit\"")));
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", Matchers.allOf(
                                Matchers.containsString("script-src 'self'"),
                                Matchers.not(Matchers.containsString("unsafe-inline")))))
                .andExpect(MockMvcResultMatchers.header()
                        .string("X-Frame-Options", "DENY"))
                .andExpect(MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"));
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/organisations").with(as("admin")).param("nameRu", "Без токена").param("type", "NGO"))
                .andExpect(status().isForbidden());
    }

    @Test
    void healthIsPublicAndUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }
}
