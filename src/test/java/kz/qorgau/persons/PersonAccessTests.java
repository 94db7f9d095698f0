package kz.qorgau.persons;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.identity.Accounts;

/**
 * Deny by default for every person page and endpoint (DESIGN.md §1, §5): the roles that meet people may
 * use them; analysts, auditors and administrators may not; anonymous callers are sent to log in (pages)
 * or answered 401 (API).
 */
@QorgauTest
class PersonAccessTests extends FullTest {

    @Autowired
    Accounts accounts;
    @Autowired
    PersonRegistry registry;

    long personId;

    @BeforeEach
    void aPerson() throws Exception {
        personId = new Actors(accounts).as("investigator", () -> registry.register(SyntheticPersons.complete()))
                .value();
    }

    RequestPostProcessor as(String username) {
        return user(users.demo(username));
    }

    MockHttpServletRequestBuilder[] pages() {
        return new MockHttpServletRequestBuilder[]{ get("/persons"), get("/persons/new"), get("/persons/" + personId),
                post("/persons").param("iin", "900515400014"), post("/persons/new").param("surname", "Тестова"),
                post("/persons/" + personId + "/reveal").param("reason", "проверка"),
                get("/persons/" + personId + "/reveal") };
    }

    MockHttpServletRequestBuilder[] api() {
        String body = "{\"surname\":\"Тестова\",\"sex\":\"FEMALE\"}";
        return new MockHttpServletRequestBuilder[]{ get("/api/v1/persons/" + personId),
                get("/api/v1/persons/matches").param("iin", "900515400014"),
                post("/api/v1/persons/matches").contentType(MediaType.APPLICATION_JSON).content(
                        "{\"iin\":\"900515400014\"}"),
                post("/api/v1/persons").contentType(MediaType.APPLICATION_JSON).content(body),
                put("/api/v1/persons/" + personId).contentType(MediaType.APPLICATION_JSON).content(body),
                post("/api/v1/persons/" + personId + "/reveal").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"проверка\"}") };
    }

    @ParameterizedTest
    @ValueSource(strings = { "analyst", "auditor", "admin" })
    void rolesWithoutPersonalDataGet403OnEveryPage(String username) throws Exception {
        for (MockHttpServletRequestBuilder page : pages()) {
            mvc.perform(page.with(as(username)).with(csrf()).accept(MediaType.TEXT_HTML)).andExpect(status()
                    .isForbidden());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "analyst", "auditor", "admin" })
    void rolesWithoutPersonalDataGet403ProblemsOnEveryEndpoint(String username) throws Exception {
        for (MockHttpServletRequestBuilder call : api()) {
            mvc.perform(call.with(as(username)).with(csrf()).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403));
        }
    }

    @Test
    void anonymousApiCallsGet401() throws Exception {
        for (MockHttpServletRequestBuilder call : api()) {
            mvc.perform(call.with(csrf()).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.status").value(401));
        }
    }

    @Test
    void anonymousVisitorsAreSentToLogIn() throws Exception {
        mvc.perform(get("/persons").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @CsvSource({ "investigator", "supervisor", "prosecutor", "court", "inspector", "migration", "consul", "caseworker",
            "hotline" })
    void theRolesThatMeetPeopleMaySearchAndSeeTheirMenuEntry(String username) throws Exception {
        long own = new Actors(accounts).as(username, () -> registry.register(SyntheticPersons.complete())).value();
        mvc.perform(get("/persons").with(as(username))).andExpect(status().isOk());
        mvc.perform(get("/persons/new").with(as(username))).andExpect(status().isOk());
        mvc.perform(get("/persons/" + own).with(as(username))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + own).with(as(username)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk()).andExpect(jsonPath("$.pseudonym").isString());
        mvc.perform(get("/").with(as(username))).andExpect(content().string(Matchers.containsString(
                "href=\"/persons\"")));
    }

    /** Ids are sequential: a person no record of the user's names and the user has not found does not exist. */
    @ParameterizedTest
    @CsvSource({ "supervisor", "prosecutor", "court", "inspector", "migration", "consul", "caseworker", "hotline" })
    void aPersonNoRecordOfTheUsersNamesIsNotFound(String username) throws Exception {
        mvc.perform(get("/persons/" + personId).with(as(username))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/persons/" + personId).with(as(username)).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = { "analyst", "auditor", "admin" })
    void theMenuEntryIsHiddenFromRolesWithoutPersonalData(String username) throws Exception {
        mvc.perform(get("/").with(as(username)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/persons\""))));
    }

    @Test
    void formsWithoutACsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/persons/" + personId + "/reveal").with(as("investigator")).param("reason", "проверка"))
                .andExpect(status().isForbidden());
    }
}
