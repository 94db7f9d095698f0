package kz.qorgau.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.DispatcherServlet;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import com.jayway.jsonpath.JsonPath;

/** The victim pages: the screening form and its suggestion, the tabs' small forms, the API's JSON. */
@QorgauTest
class VictimPagesTests extends FullTest {

    @Autowired
    VictimRegistry victims;
    @Autowired
    VictimDetails victimDetails;
    @Autowired
    PersonRegistry persons;

    /** A screening form as a phone would send it: the answers to the indicators that were found present. */
    MockHttpServletRequestBuilder screeningForm(String path) {
        return post(path).with(csrf())
                .param("screenedOn", "2026-03-02").param("context", "LABOUR_INSPECTION").param("exploitation", "LABOUR")
                .param("ilo[RETENTION_OF_IDENTITY_DOCUMENTS]", "PRESENT").param("ilo[DEBT_BONDAGE]", "PRESENT")
                .param("delphi[DR_NATURE_OF_JOB]", "PRESENT").param("delphi[DR_WAGES]", "PRESENT")
                .param("delphi[EX_EXCESSIVE_HOURS]", "PRESENT").param("delphi[EX_HAZARDOUS_WORK]", "PRESENT")
                .param("delphi[CD_DOCUMENTS_CONFISCATED]", "PRESENT").param("delphi[CD_VIOLENCE]", "PRESENT");
    }

    @Test
    void theSuggestionFollowsTheAnswersAsTheFormIsFilledIn() throws Exception {
        mvc.perform(screeningForm("/victims/suggestion").header("HX-Request", "true").with(user(users.demo(
                "inspector"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"suggestion\"")))
                .andExpect(content().string(Matchers.containsString("Признаки торговли людьми есть")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<nav"))));
        mvc.perform(post("/victims/suggestion").with(csrf()).header("HX-Request", "true")
                .param("delphi[DR_NATURE_OF_JOB]", "ABSENT").with(user(users.demo("inspector"))))
                .andExpect(content().string(Matchers.containsString("Не определено")));
    }

    @Test
    void anInspectorRecordsAScreeningOnThePhoneFormAndLandsOnTheNewRecord() throws Exception {
        QorgauUser inspector = users.demo("inspector");
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        mvc.perform(get("/victims/new").param("person", Long.toString(person)).with(user(inspector)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"chosen-person\"")))
                .andExpect(content().string(Matchers.containsString("name=\"delphi[CD_VIOLENCE]\"")));
        String location = mvc.perform(screeningForm("/victims").with(user(inspector))
                .param("personId", Long.toString(person)).param("anonymous", "false")
                .param("sex", "MALE").param("ageAtIdentification", "41").param("citizenships", "TJ")
                .param("region", "KZ-19").param("forms", "FORCED_LABOUR")
                .param("decision", "PRESUMED").param("reason", "Synthetic: indicators found on a farm.")
                .param("processing", "GIVEN").param("referral", "GIVEN").param("lawEnforcement", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/victims/*"))
                .andExpect(flash().attribute("notice", "victim.identified"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        VictimViews.VictimView victim = SignedIn.as(inspector, () -> victimDetails.get(id));
        assertThat(victim.status()).isEqualTo(TraffickingStatus.PRESUMED);
        assertThat(victim.situation().citizenships()).extracting(c -> c.value()).containsExactly("TJ");
        assertThat(victim.screenings().getFirst().iloAnswers()).containsEntry(IloIndicator.DEBT_BONDAGE, Answer.PRESENT)
                .containsEntry(IloIndicator.DECEPTION, Answer.UNKNOWN);
        assertThat(victim.consentGiven(ConsentScope.REFERRAL)).isTrue();
        assertThat(victim.consents()).doesNotContainKey(ConsentScope.LAW_ENFORCEMENT);
        for (String tab : VictimController.TABS) {
            mvc.perform(get("/victims/" + id).param("tab", tab).with(user(inspector))).andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(victim.reference())));
        }
    }

    @Test
    void theVictimPrintShowsEveryTabOfThePageWithItsReferenceAndWhoPrintedIt() throws Exception {
        QorgauUser inspector = users.demo("inspector");
        PersonDetails personDetails = SyntheticPersons.complete();
        long person = SignedIn.as(inspector, () -> persons.register(personDetails)).value();
        VictimViews.VictimView victim = SignedIn.as(inspector, () -> victims.register(new VictimCommands.Registration(
                person, false, SyntheticVictims.farmWorker("UZ"), SyntheticVictims.farmScreening(LocalDate.of(2026,
                        3, 2), TraffickingStatus.PRESUMED), Map.of(ConsentScope.PROCESSING, ConsentDecision.GIVEN))));
        long readsBefore = audit.action("VICTIM_TEXTS_READ").target(victim.id()).by("inspector").count();

        String print = mvc.perform(get("/victims/" + victim.id() + "/print").with(user(inspector)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(print).contains("id=\"print-reference\"").contains(victim.reference())
                .contains("Распечатал(а): Демо Инспектор труда (inspector)")
                .contains("id=\"tab-identification\"").contains("id=\"tab-consent\"")
                .contains("id=\"tab-entitlements\"").contains("id=\"tab-proceedings\"")
                .doesNotContain("id=\"tab-referrals\"")
                .contains("Synthetic narrative of a farm worker.")
                // the page shows the person by pseudonym, never by name: so does the print
                .contains(victim.personPseudonym())
                .doesNotContain(personDetails.surname()).doesNotContain(personDetails.givenName());
        assertThat(audit.action("VICTIM_TEXTS_READ").target(victim.id()).by("inspector").count())
                .isEqualTo(readsBefore + 1);
        mvc.perform(get("/victims/" + victim.id()).with(user(inspector)))
                .andExpect(content().string(Matchers.containsString("/victims/" + victim.id() + "/print")));

        // outside the reader's scope the print does not exist; opened by breaking the glass, the sealed texts stay
        // sealed, as on the page
        QorgauUser investigator = users.demo("investigator");
        mvc.perform(get("/victims/" + victim.id() + "/print").with(user(investigator)))
                .andExpect(status().isNotFound());
        SignedIn.as(investigator, () -> victims.breakGlass(victim.reference(), "Synthetic: a lead in a case"));
        mvc.perform(get("/victims/" + victim.id() + "/print").with(user(investigator)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(victim.reference())))
                .andExpect(content().string(Matchers.containsString("id=\"texts-sealed\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Synthetic narrative"))));
    }

    @Test
    void aRefusedScreeningShowsTheReasonOnTheFormAndSavesNothing() throws Exception {
        long before = jdbc.sql("select count(*) from victims_victim").query(Long.class).single();
        mvc.perform(screeningForm("/victims").with(user(users.demo("consul"))).param("anonymous", "true")
                .param("ageAtIdentification", "15").param("decision", "POSSIBLE").param("reason", "Synthetic."))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Анонимная запись только для взрослых")));
        assertThat(jdbc.sql("select count(*) from victims_victim").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theTabsFormsRecordConsentRightsPermitsAndAnswerRefusalsWithTheirReason() throws Exception {
        QorgauUser inspector = users.demo("inspector");
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        VictimViews.VictimView victim = SignedIn.as(inspector, () -> victims.register(
                SyntheticVictims.identified(person, LocalDate.of(2026, 3, 2), null)));
        String path = "/victims/" + victim.id();
        mvc.perform(post(path + "/rights").with(csrf()).with(user(inspector)).param("right", "COMPENSATION")
                .param("informedOn", "2026-03-02"))
                .andExpect(redirectedUrlPattern(path + "?tab=consent"))
                .andExpect(flash().attribute("notice", "victim.right.recorded"));
        mvc.perform(post(path + "/consents").with(csrf()).with(user(inspector)).param("scope", "LAW_ENFORCEMENT")
                .param("decision", "WITHDRAWN").param("decidedOn", "2026-03-03"))
                .andExpect(flash().attribute("failure", "consent.error.withdraw-not-given"));
        mvc.perform(post(path + "/reflection").with(csrf()).with(user(inspector)))
                .andExpect(flash().attribute("notice", "victim.reflection.started"));
        mvc.perform(post(path + "/permits").with(csrf()).with(user(inspector)).param("kind", "TEMPORARY_RESIDENCE")
                .param("appliedOn", "2026-03-10"))
                .andExpect(flash().attribute("notice", "victim.permit.applied"));
        mvc.perform(post(path + "/permits/decision").with(csrf()).with(user(inspector)).param("seq", "0")
                .param("outcome", "GRANTED").param("decidedOn", "2026-04-01").param("validUntil", "2027-04-01"))
                .andExpect(flash().attribute("notice", "victim.permit.decided"));
        mvc.perform(post(path + "/protection").with(csrf()).with(user(inspector)).param("startsOn", "2026-04-01")
                .param("costKzt", "100"))
                .andExpect(status().isForbidden());
        VictimViews.VictimView after = SignedIn.as(inspector, () -> victimDetails.get(victim.id()));
        assertThat(after.rights()).extracting(VictimViews.RightView::right).containsExactly(VictimRight.COMPENSATION);
        assertThat(after.permits()).singleElement().satisfies(permit -> assertThat(permit.outcome())
                .isEqualTo(PermitOutcome.GRANTED));
        assertThat(after.reflection().endsOn()).isEqualTo(LocalDate.of(2026, 9, 2));
        mvc.perform(get(path).param("tab", "entitlements").with(user(inspector)))
                .andExpect(content().string(Matchers.containsString("02.09.2026")));
    }

    /**
     * The record's page after a refused form, with the flash attributes the refusal left (given as the request's input
     * flash map: the sessions live in the database, where MockMvc's own flash attributes would not reach).
     */
    Document after(MvcResult refused, QorgauUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get(refused.getResponse().getRedirectedUrl()).with(user(user))
                .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, refused.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    /** Each field marked invalid, its message under it and linked by aria-describedby, and listed in the summary. */
    static void markedWithTheirMessages(Document page, Map<String, String> messages) {
        assertThat(page.select("[aria-invalid=true]")).extracting(Element::id)
                .containsExactlyInAnyOrderElementsOf(messages.keySet());
        assertThat(page.select("#error-summary li a")).extracting(link -> link.attr("href"))
                .containsExactlyElementsOf(messages.keySet().stream().map(id -> "#" + id).toList());
        messages.forEach((id, message) -> {
            Element field = page.getElementById(id);
            assertThat(field.hasClass("is-invalid")).as(id).isTrue();
            assertThat(page.getElementById(field.attr("aria-describedby")).text()).as(id).isEqualTo(message);
            assertThat(page.select("#error-summary a[href=#" + id + "]").text()).as(id).endsWith(": " + message);
        });
    }

    @Test
    void aTabFormWithSeveralErrorsShowsThemAllOnTheirFieldsAndKeepsWhatWasTyped() throws Exception {
        QorgauUser inspector = users.demo("inspector");
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        VictimViews.VictimView victim = SignedIn.as(inspector, () -> victims.register(
                SyntheticVictims.identified(person, LocalDate.of(2026, 3, 2), null)));
        String path = "/victims/" + victim.id();

        // a malformed number, a date left out and a choice left unmade: all three at once, none recorded
        MvcResult filing = mvc.perform(post(path + "/compensation").with(csrf()).with(user(inspector))
                .param("route", "").param("filedOn", "").param("claimedKzt", "abc"))
                .andExpect(redirectedUrl(path + "?tab=entitlements")).andReturn();
        Document entitlements = after(filing, inspector);
        Map<String, String> errors = new LinkedHashMap<>();
        errors.put("route", "Выберите, каким путём заявлено требование.");
        errors.put("filedOn", "Укажите дату.");
        errors.put("claimedKzt", "Введите сумму в тенге целым числом, цифрами, без пробелов и букв.");
        markedWithTheirMessages(entitlements, errors);
        assertThat(entitlements.select("#error-summary a[href=#claimedKzt]").text())
                .isEqualTo(
                        "Заявленная сумма, тенге: Введите сумму в тенге целым числом, цифрами, без пробелов и букв.");
        assertThat(entitlements.getElementById("claimedKzt").val()).isEqualTo("abc");
        assertThat(entitlements.getElementById("filedOn").val()).isEmpty();
        assertThat(entitlements.select(".alert-danger[role=alert]")).hasSize(1);
        assertThat(SignedIn.as(inspector, () -> victimDetails.get(victim.id())).compensation()).isEmpty();

        // the status decision keeps the date and the reason typed, and unfolds to show its error
        MvcResult decision = mvc.perform(post(path + "/status").with(csrf()).with(user(inspector))
                .param("status", "").param("decidedOn", "2026-03-05").param("reason", "Synthetic: kept."))
                .andExpect(redirectedUrl(path + "?tab=identification")).andReturn();
        Document identification = after(decision, inspector);
        markedWithTheirMessages(identification, Map.of("status-new", "Выберите статус."));
        assertThat(identification.getElementById("status-date").val()).isEqualTo("2026-03-05");
        assertThat(identification.getElementById("status-reason").text()).isEqualTo("Synthetic: kept.");
        assertThat(identification.getElementById("status-form").parent().hasAttr("open")).isTrue();

        // the command's own refusal lands on its field too, with the choices made kept
        MvcResult future = mvc.perform(post(path + "/non-punishment").with(csrf()).with(user(inspector))
                .param("screenedOn", "2099-01-01").param("context", "BEFORE_DEPORTATION").param("offence",
                        "IMMIGRATION")
                .param("result", "NOT_PUNISHED"))
                .andExpect(redirectedUrl(path + "?tab=proceedings")).andReturn();
        Document proceedings = after(future, inspector);
        markedWithTheirMessages(proceedings, Map.of("np-date", "Дата не может быть в будущем."));
        assertThat(proceedings.select("#np-context option[selected]")).extracting(Element::val)
                .containsExactly("BEFORE_DEPORTATION");
        assertThat(proceedings.select("#np-result option[selected]")).extracting(Element::val)
                .containsExactly("NOT_PUNISHED");
        assertThat(proceedings.getElementById("np-date").val()).isEqualTo("2099-01-01");
    }

    @Test
    void anUnknownCitizenshipIsShownAsUnknownRatherThanAsAForeigner() throws Exception {
        String created = mvc.perform(post("/api/v1/victims").with(csrf()).with(user(users.demo("migration")))
                .contentType(MediaType.APPLICATION_JSON).content(
                        """
                                {"anonymous": true, "situation": {"sex": "FEMALE", "ageAtIdentification": 30, "citizenships": [],
                                 "forms": ["FORCED_LABOUR"]},
                                 "screening": {"screenedOn": "2026-05-04", "context": "PRE_DEPORTATION", "exploitation": "LABOUR",
                                  "decision": "POSSIBLE", "reason": "Synthetic: citizenship unknown."},
                                 "consents": {"PROCESSING": "REFUSED"}}"""))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String page = mvc.perform(get("/victims/" + id).with(user(users.demo("migration")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var citizenship = Jsoup.parse(page).selectFirst("#citizenship-unknown").parent();
        assertThat(citizenship.text()).startsWith("неизвестно (права иностранного пострадавшего").endsWith(
                "в статистике: гражданство неизвестно)");
    }

    @Test
    void aStatelessVictimIsShownAsStatelessNotAsUnknown() throws Exception {
        String created = mvc.perform(post("/api/v1/victims").with(csrf()).with(user(users.demo("migration")))
                .contentType(MediaType.APPLICATION_JSON).content(
                        """
                                {"anonymous": true, "situation": {"sex": "MALE", "ageAtIdentification": 41, "citizenships": [],
                                 "stateless": true, "forms": ["FORCED_LABOUR"]},
                                 "screening": {"screenedOn": "2026-05-04", "context": "PRE_DEPORTATION", "exploitation": "LABOUR",
                                  "decision": "POSSIBLE", "reason": "Synthetic: stateless."},
                                 "consents": {"PROCESSING": "REFUSED"}}"""))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        String page = mvc.perform(get("/victims/" + id).with(user(users.demo("migration")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        var document = Jsoup.parse(page);
        assertThat(document.selectFirst("#citizenship-stateless").text()).isEqualTo("лицо без гражданства");
        assertThat(document.selectFirst("#citizenship-unknown")).isNull();
        mvc.perform(post("/api/v1/victims").with(csrf()).with(user(users.demo("migration")))
                .contentType(MediaType.APPLICATION_JSON).content(
                        """
                                {"anonymous": true, "situation": {"sex": "MALE", "citizenships": ["UZ"], "stateless": true},
                                 "screening": {"screenedOn": "2026-05-04", "context": "PRE_DEPORTATION", "exploitation": "LABOUR",
                                  "decision": "POSSIBLE", "reason": "Synthetic: stateless and a citizen."},
                                 "consents": {"PROCESSING": "REFUSED"}}"""))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void theApiSpeaksJsonWithTheSameRules() throws Exception {
        mvc.perform(post("/api/v1/victims/suggestion").with(csrf()).with(user(users.demo("migration")))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"answers\": {\"DR_NATURE_OF_JOB\": \"PRESENT\", \"DR_WAGES\": \"PRESENT\","
                        + " \"EX_EXCESSIVE_HOURS\": \"PRESENT\", \"EX_HAZARDOUS_WORK\": \"PRESENT\"}, \"child\": true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.trafficking").value("POSITIVE"));
        String body = """
                {"anonymous": true, "situation": {"sex": "MALE", "ageAtIdentification": 38, "citizenships": ["UZ"],
                 "forms": ["FORCED_LABOUR"]},
                 "screening": {"screenedOn": "2026-05-04", "context": "PRE_DEPORTATION", "exploitation": "LABOUR",
                  "decision": "POSSIBLE", "reason": "Synthetic: before removal."},
                 "consents": {"PROCESSING": "REFUSED"}}""";
        String created = mvc.perform(post("/api/v1/victims").with(csrf()).with(user(users.demo("migration")))
                .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.anonymous").value(true))
                .andExpect(jsonPath("$.foreign").value(true))
                .andExpect(jsonPath("$.statusHistory[0].decidingType").value("NON_POLICE_GOVERNMENTAL_ORGANISATION"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        // a screening does not confirm: the refusal names the field and the rule, in the user's language
        mvc.perform(post("/api/v1/victims").with(csrf()).with(user(users.demo("migration")))
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"POSSIBLE\"", "\"CONFIRMED\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("screening.error.decision-not-screening"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("подтверждённой жертвы")))
                .andExpect(jsonPath("$.errors['screening.decision']").value(Matchers.containsString(
                        "возможная жертва")));
        mvc.perform(post("/api/v1/victims").with(csrf()).with(user(users.demo("migration")))
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"decision\": \"POSSIBLE\", ", "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("screening.error.decision-required"))
                .andExpect(jsonPath("$.errors['screening.decision']").exists());
        String further = """
                {"screenedOn": "2026-05-05", "context": "PRE_DEPORTATION", "exploitation": "LABOUR",
                 "decision": "CONFIRMED", "reason": "Synthetic: a second look."}""";
        mvc.perform(post("/api/v1/victims/{id}/screenings", id).with(csrf()).with(user(users.demo("migration")))
                .contentType(MediaType.APPLICATION_JSON).content(further))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("screening.error.decision-not-screening"))
                .andExpect(jsonPath("$.errors.decision").exists());
    }
}
