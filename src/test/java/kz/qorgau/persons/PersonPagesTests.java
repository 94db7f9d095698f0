package kz.qorgau.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.identity.Accounts;
import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/** The journeys of the person pages and API: duplicate check, masked page, reveal for a reason. */
@QorgauTest
class PersonPagesTests extends FullTest {

    @Autowired
    Accounts accounts;
    @Autowired
    PersonRegistry registry;

    Actors actors;

    @BeforeEach
    void actors() {
        actors = new Actors(accounts);
    }

    RequestPostProcessor as(String username) {
        return user(users.demo(username));
    }

    static MockHttpServletRequestBuilder form(PersonDetails details) {
        return post("/persons/new")
                .param("surname", details.surname())
                .param("givenName", details.givenName())
                .param("patronymic", details.patronymic())
                .param("birthDate", details.birthDate().toString())
                .param("sex", details.sex().name())
                .param("citizenships", "KZ", "UZ")
                .param("iin", details.iin().value())
                .param("passportNumber", details.passports().getFirst().number())
                .param("passportCountry", details.passports().getFirst().country().value())
                .param("phone", details.phone())
                .param("email", details.email())
                .param("address", details.address());
    }

    String body(MvcResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    long persons() {
        return jdbc.sql("select count(*) from persons_person").query(Long.class).single();
    }

    @Test
    void registeringAPersonLeadsToTheirMaskedPage() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        MvcResult registered = mvc.perform(form(details).with(as("caseworker")).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "person.registered"))
                .andReturn();
        String location = registered.getResponse().getRedirectedUrl();
        assertThat(location).matches("/persons/\\d+");

        String page = body(mvc.perform(get(location).with(as("caseworker"))).andExpect(status().isOk()).andReturn());
        assertThat(page).contains("••••••").contains("id=\"reveal\"").contains("Женский")
                .doesNotContain(details.surname()).doesNotContain(details.iin().value())
                .doesNotContain(details.phone()).doesNotContain(details.latinName());
    }

    @Test
    void theDuplicateCheckOffersTheExistingPersonBeforeCreatingAnother() throws Exception {
        PersonDetails existing = SyntheticPersons.complete();
        PersonId id = actors.as("investigator", () -> registry.register(existing));
        String pseudonym = actors.as("investigator", () -> registry.summary(id)).pseudonym();
        long before = persons();

        // the same person typed again by someone else, with the IIN only matching
        PersonDetails again = SyntheticPersons.complete();
        PersonDetails sameIin = new PersonDetails(again.surname(), again.givenName(), null, existing.birthDate(),
                existing.sex(), again.citizenships(), existing.iin(), again.passports(), null, null, null);
        String page = body(mvc.perform(form(sameIin).with(as("migration")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("id=\"duplicates\"").contains(pseudonym).contains("href=\"/persons/" + id.value()
                + "\"")
                .contains("Это тот же человек").contains("value=\"register-anyway\"")
                // the existing person's data is not shown, and what was typed is kept
                .doesNotContain(existing.surname()).contains("value=\"" + again.surname() + "\"");
        assertThat(persons()).isEqualTo(before);

        // "register a new person anyway"
        mvc.perform(form(sameIin).param("decision", "register-anyway").with(as("migration")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(persons()).isEqualTo(before + 1);
    }

    @Test
    void aPersonWithoutMatchesIsRegisteredAtOnce() throws Exception {
        long before = persons();
        mvc.perform(post("/persons/new").param("givenName", SyntheticPersons.name("")).param("sex", "UNKNOWN")
                .with(as("hotline")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(persons()).isEqualTo(before + 1);
    }

    @Test
    void anInvalidFormExplainsItsErrorsByField() throws Exception {
        String page = body(mvc.perform(post("/persons/new").param("surname", "").param("givenName", "")
                .param("iin", "900515400015").param("passportNumber", "N1234567").param("birthDate", "1990-02-30")
                .with(as("investigator")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(page).contains("Неверный ИИН: не сходится контрольная цифра")
                .contains("Укажите страну, выдавшую паспорт.").contains("Неверная дата.")
                .contains("value=\"N1234567\"");
        String missingName = body(mvc.perform(post("/persons/new").param("surname", " ").param("sex", "FEMALE")
                .with(as("investigator")).with(csrf())).andExpect(status().isOk()).andReturn());
        assertThat(missingName).contains("Укажите фамилию или имя.");
    }

    @Test
    void revealingShowsTheDataOnThatResponseOnlyAndIsAudited() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        PersonId id = actors.as("investigator", () -> registry.register(details));
        String path = "/persons/" + id.value();

        String blank = body(mvc.perform(post(path + "/reveal").param("reason", " ").with(as("investigator")).with(
                csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(blank).contains("Укажите причину.").doesNotContain(details.surname());

        String revealed = body(mvc.perform(post(path + "/reveal").param("reason", "Подготовка к допросу")
                .with(as("investigator")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(revealed).contains(details.fullName()).contains(details.latinName()).contains(details.iin().value())
                .contains(details.phone()).contains(details.email())
                .contains(details.birthDate().format(DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                .contains("id=\"revealed-notice\"");
        assertThat(audit.action("PERSON_REVEALED").target(id).count()).isEqualTo(1);

        // the next request shows the page masked again; so does the language switch, which reloads the page
        assertThat(body(mvc.perform(get(path).with(as("investigator"))).andReturn())).doesNotContain(details.surname());
        mvc.perform(get(path + "/reveal").with(as("investigator"))).andExpect(status().is3xxRedirection())
                .andExpect(MockMvcResultMatchers.redirectedUrl(path));

        // someone no policy grants does not know the person exists; once they found them by their IIN, they see the
        // pseudonymous page, are not offered to reveal, and are refused as "not found"
        mvc.perform(get(path).with(as("prosecutor"))).andExpect(status().isNotFound());
        mvc.perform(post("/persons").param("iin", details.iin().value()).with(as("prosecutor")).with(csrf()))
                .andExpect(status().isOk());
        assertThat(body(mvc.perform(get(path).with(as("prosecutor"))).andExpect(status().isOk()).andReturn()))
                .contains("id=\"no-access\"").doesNotContain("id=\"reveal\"");
        mvc.perform(post(path + "/reveal").param("reason", "любопытство").with(as("prosecutor")).with(csrf())
                .accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound());
    }

    @Test
    void theSearchPageShowsPseudonymousMatches() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        PersonId id = actors.as("investigator", () -> registry.register(details));
        String pseudonym = actors.as("investigator", () -> registry.summary(id)).pseudonym();

        String byPassport = body(mvc.perform(post("/persons").param("passportNumber", details.passports().getFirst()
                .number())
                .param("passportCountry", "UZ").with(as("consul")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(byPassport).contains(pseudonym).contains("Паспорт").doesNotContain(details.surname());

        String byName = body(mvc.perform(post("/persons").header("HX-Request", "true")
                .param("surname", details.latinName().split(" ")[0]).param("givenName", details.givenName())
                .param("birthDate", details.birthDate().toString()).with(as("consul")).with(csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(byName).startsWith("<div id=\"results\"").contains(pseudonym).doesNotContain("<html");

        String nothing = body(mvc.perform(post("/persons").param("surname", "Несуществующая").with(as("consul")).with(
                csrf()))
                .andExpect(status().isOk()).andReturn());
        assertThat(nothing).contains("Для поиска по имени укажите дату рождения.");
    }

    @Test
    void theApiRegistersFindsAndRevealsWithProblemDetailsForErrors() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        String json = """
                {"surname": "%s", "givenName": "%s", "iin": "%s", "citizenships": ["kz"],
                 "passports": [{"number": "%s", "country": "UZ"}], "phone": "%s"}
                """.formatted(details.surname(), details.givenName(), details.iin().value(),
                details.passports().getFirst().number(), details.phone());
        MvcResult created = mvc.perform(post("/api/v1/persons").with(as("inspector")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.pseudonym").isString())
                .andExpect(jsonPath("$.sex").value("FEMALE"))
                .andExpect(jsonPath("$.birthYear").value(details.birthDate().getYear()))
                .andExpect(jsonPath("$.citizenships[0]").value("KZ"))
                .andReturn();
        long id = ((Number) JsonPath.read(body(created), "$.id")).longValue();

        mvc.perform(get("/api/v1/persons/matches").param("iin", details.iin().value()).with(as("court"))
                .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].person.id").value(id))
                .andExpect(jsonPath("$[0].matchedBy[0]").value("IIN"))
                .andExpect(jsonPath("$[0].person.surname").doesNotExist());

        mvc.perform(post("/api/v1/persons/" + id + "/reveal").with(as("inspector")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Проверка по обращению\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.details.surname").value(details.surname()))
                .andExpect(jsonPath("$.details.iin").value(details.iin().value()))
                .andExpect(jsonPath("$.details.birthDate").value(details.birthDate().toString()))
                .andExpect(jsonPath("$.latinName")
                        .value(Transliteration.latin(details.surname() + " " + details.givenName())));

        mvc.perform(post("/api/v1/persons/" + id + "/reveal").with(as("court")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Проверка\"}"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("person.error.not-found"));
        mvc.perform(post("/api/v1/persons").with(as("inspector")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"surname\":\"Тестова\",\"iin\":\"900515400015\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("iin.error.check-digit"));
        mvc.perform(get("/api/v1/persons/matches").with(as("court")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("person.error.search-criteria"));
        mvc.perform(get("/api/v1/persons/" + Long.MAX_VALUE).with(as("court")).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound());
    }
}
