package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.victims.SyntheticVictims;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;

/**
 * A case's history through the API and the pages, on the real database: the sentences the Criminal Code allows,
 * retrials, dated requalifications, and reference data valid on the event's date.
 */
@QorgauTest
class CaseHistoryTests {

    static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    CriminalCases cases;
    @Autowired
    CaseDetails details;
    @Autowired
    Accounts accounts;
    @Autowired
    OrganisationRegistry organisations;
    @Autowired
    PersonRegistry persons;
    @Autowired
    MockMvc mvc;
    @Autowired
    VictimRegistry victims;
    @Autowired
    Articles articles;

    QorgauUser demo(String username) {
        return accounts.principal(username).orElseThrow();
    }

    RequestPostProcessor as(String username) {
        return user(demo(username));
    }

    static String erdr(int year) {
        return String.format("%02d1750%09d", year % 100, SERIAL.incrementAndGet() % 1_000_000_000L);
    }

    CaseViews.CaseView inCourt() {
        CaseViews.CaseView view = SignedIn.as(demo("investigator"), () -> cases.register(new CaseCommands.Registration(
                erdr(2023), LocalDate.of(2023, 4, 12), "KZ-75", null, new Qualification(List.of(new Charge("128", 2)),
                        Set.of(ExploitationForm.SEXUAL_EXPLOITATION), Set.of()), null)));
        long suspect = SignedIn.as(demo("investigator"), () -> persons.register(SyntheticPersons.complete())).value();
        SignedIn.as(demo("investigator"), () -> cases.addDefendant(view.id(), new CaseCommands.NewDefendant(suspect,
                PerpetratorRole.RECRUITER_OR_INTERMEDIARY, false, LocalDate.of(2023, 4, 20), null, null, null)));
        long court = organisations.findByName(DemoOrganisations.COURT_ALMATY).orElseThrow().id();
        return SignedIn.as(demo("prosecutor"), () -> cases.record(view.id(), new CaseCommands.Event(
                EventType.SENT_TO_COURT, LocalDate.of(2023, 9, 1), null, court, null, null, null, null, null, null)));
    }

    // --- sentences

    @Test
    void theApiRefusesRealImprisonmentWithASuspendedTermNamingTheRule() throws Exception {
        CaseViews.CaseView view = inCourt();
        mvc.perform(post("/api/v1/cases/" + view.id() + "/events").with(as("court")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"type": "VERDICT", "occurredOn": "2023-11-30", "defendantNo": 0, "outcome": "CONVICTED",
                         "convictionArticle": "128", "convictionPart": 2,
                         "sentence": {"imprisonmentMonths": 48, "suspendedMonths": 24, "juvenile": false,
                                      "confiscation": false}}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.sentence-combination"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Основное наказание одно")));
        assertThat(SignedIn.as(demo("court"), () -> details.get(view.id())).status()).isEqualTo(CaseStatus.IN_COURT);
    }

    @Test
    void theVerdictFormExplainsWhichSentencesGoTogether() throws Exception {
        CaseViews.CaseView view = inCourt();
        mvc.perform(post("/cases/" + view.id() + "/events/VERDICT").with(as("court")).with(csrf())
                .param("occurredOn", "2023-11-30").param("defendantNo", "0").param("outcome", "CONVICTED")
                .param("convictionArticle", "128").param("imprisonmentYears", "4").param("suspendedYears", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Основное наказание одно: реальное лишение свободы, условное осуждение или ограничение свободы")));
        assertThat(SignedIn.as(demo("court"), () -> details.get(view.id())).status()).isEqualTo(CaseStatus.IN_COURT);
    }

    // --- dated requalifications

    CaseViews.CaseView registered() {
        return SignedIn.as(demo("investigator"), () -> cases.register(new CaseCommands.Registration(erdr(2023),
                LocalDate.of(2023, 4, 12), "KZ-75", null, new Qualification(List.of(new Charge("128", 2)),
                        Set.of(ExploitationForm.SEXUAL_EXPLOITATION), Set.of()), null)));
    }

    @Test
    void theApiRequalifiesACaseFromADateAndRefusesOneWithoutADateOrBeforeTheQualificationInForce() throws Exception {
        CaseViews.CaseView view = registered();
        String path = "/api/v1/cases/" + view.id() + "/qualification";
        mvc.perform(put(path).with(as("investigator")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"charges": [{"articleCode": "128", "part": 3}], "forms": ["FORCED_LABOUR"], "flags": []}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.requalification-date-required"))
                .andExpect(jsonPath("$.detail").value("Укажите дату, с которой действует новая квалификация."));
        mvc.perform(put(path).with(as("investigator")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"qualifiedOn": "2023-09-01", "charges": [{"articleCode": "128", "part": 3}],
                         "forms": ["FORCED_LABOUR"], "flags": ["TRANSNATIONAL"]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forms[0]").value("FORCED_LABOUR"))
                .andExpect(jsonPath("$.timeline[1].type").value("REQUALIFIED"))
                .andExpect(jsonPath("$.timeline[1].occurredOn").value("2023-09-01"))
                .andExpect(jsonPath("$.timeline[1].qualification.forms[0]").value("FORCED_LABOUR"))
                .andExpect(jsonPath("$.timeline[0].qualification.forms[0]").value("SEXUAL_EXPLOITATION"));
        mvc.perform(put(path).with(as("investigator")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"qualifiedOn": "2023-08-01", "charges": [{"articleCode": "128", "part": 1}],
                         "forms": [], "flags": []}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.requalification-order"));
        assertThat(SignedIn.as(demo("investigator"), () -> details.get(view.id())).forms())
                .containsExactly(ExploitationForm.FORCED_LABOUR);
    }

    @Test
    void theQualificationFormAsksForTheDateAndTheTimelineShowsTheRequalification() throws Exception {
        CaseViews.CaseView view = registered();
        mvc.perform(get("/cases/" + view.id() + "/qualification").with(as("investigator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Действует с")));
        mvc.perform(post("/cases/" + view.id() + "/qualification").with(as("investigator")).with(csrf())
                .param("articles", "128").param("parts", "3").param("forms", "FORCED_LABOUR"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Укажите дату, с которой действует новая квалификация.")));
        mvc.perform(post("/cases/" + view.id() + "/qualification").with(as("investigator")).with(csrf())
                .param("qualifiedOn", "2023-10-02").param("articles", "128").param("parts", "3")
                .param("forms", "FORCED_LABOUR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + view.id()).with(as("investigator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Переквалификация")))
                .andExpect(content().string(Matchers.containsString("Квалификация: 128(3)")));
    }

    @Test
    void theQualificationFormListsTheArticlesInForceOnTheDateTheNewQualificationTakesEffect() throws Exception {
        // registered in 2023 under Art. 128; Art. 125-1 (forced marriage) is in force from 2025 only
        CaseViews.CaseView view = registered();
        String path = "/cases/" + view.id() + "/qualification";
        mvc.perform(get(path).param("qualifiedOn", "2024-06-01").with(as("investigator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"128\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"125-1\""))));
        // choosing a later date (the page reloads the charges with it) offers what the service then accepts
        mvc.perform(get(path).param("qualifiedOn", "2025-03-01").with(as("investigator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"charges\"")))
                .andExpect(content().string(Matchers.containsString("value=\"125-1\"")));
        // a date on which the article was not in force: refused, and the page offers the articles of that date
        mvc.perform(post(path).with(as("investigator")).with(csrf()).param("qualifiedOn", "2024-06-01")
                .param("articles", "125-1").param("parts", "").param("forms", "FORCED_MARRIAGE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"125-1\""))));
        mvc.perform(post(path).with(as("investigator")).with(csrf()).param("qualifiedOn", "2025-03-01")
                .param("articles", "125-1").param("parts", "").param("forms", "FORCED_MARRIAGE"))
                .andExpect(status().is3xxRedirection());
    }

    // --- reference data valid on the event's date

    String registration(String erdr, String date, String region, String article) {
        return """
                {"erdrNumber": "%s", "registeredOn": "%s", "region": "%s",
                 "qualification": {"charges": [{"articleCode": "%s"}], "forms": [], "flags": []}}
                """.formatted(erdr, date, region, article);
    }

    @Test
    void aCaseCannotBeRegisteredInARegionBeforeTheRegionExisted() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as("investigator")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(registration(erdr(2012), "2012-05-10", "KZ-10", "other")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.region-not-on-date"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("KZ-10")));
    }

    @Test
    void anUnknownRegionCodeIsRefusedEverywhere() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as("investigator")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(registration(erdr(2023), "2023-05-10", "KZ-99", "128")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.unknown-region"));
        CaseViews.CaseView view = SignedIn.as(demo("investigator"), () -> cases.register(new CaseCommands.Registration(
                erdr(2023), LocalDate.of(2023, 4, 12), "KZ-75", null, new Qualification(List.of(new Charge("128", 2)),
                        Set.of(), Set.of()), null)));
        long suspect = SignedIn.as(demo("investigator"), () -> persons.register(SyntheticPersons.complete())).value();
        assertThatThrownBy(() -> SignedIn.as(demo("investigator"), () -> cases.addDefendant(view.id(),
                new CaseCommands.NewDefendant(suspect, PerpetratorRole.EXPLOITER, false, null, LocalDate.of(2023, 5, 1),
                        "KZ-99", null))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("case.error.unknown-region");
        mvc.perform(get("/api/v1/statistics/annual/2022").param("region", "KZ-99").with(as("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("statistics.error.unknown-region"));
        mvc.perform(get("/api/v1/statistics/annual/2022").param("region", "KZ-62").with(as("analyst")))
                .andExpect(status().isOk());
        VictimViews.VictimView victim = SignedIn.as(demo("consul"),
                () -> victims.register(SyntheticVictims.anonymousAbroad(LocalDate.of(2023, 5, 1))));
        VictimCommands.Situation farmWorker = SyntheticVictims.farmWorker("UZ");
        VictimCommands.Situation inNoRegion = new VictimCommands.Situation(farmWorker.sex(),
                farmWorker.ageAtIdentification(), "KZ-99", farmWorker.forms(), farmWorker.sexExploitation(),
                farmWorker.forcedLabourSector(), farmWorker.recruitmentMethods(), farmWorker.recruitmentPlatforms(),
                farmWorker.recruiterRelationship(), farmWorker.recruitmentPlace(), farmWorker.controlMethods(),
                farmWorker.vulnerabilities(), farmWorker.citizenships(), farmWorker.recruitmentCountries(),
                farmWorker.transitCountries(), farmWorker.exploitationCountries(), farmWorker.ageWhenTrafficked(),
                farmWorker.narrative());
        assertThatThrownBy(() -> SignedIn.as(demo("consul"), () -> victims.describe(victim.id(), inNoRegion)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("victim.error.region");
    }

    @Test
    void theArticlesOfThe2014CodeAreRefusedForDatesBefore2015() throws Exception {
        mvc.perform(post("/api/v1/cases").with(as("investigator")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(registration(erdr(2014), "2014-06-10", "KZ-75", "128")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.unknown-article"));
        // (a case accepted here would count in the years the demo data reproduces, so the dictionary answers)
        assertThat(articles.find("128", LocalDate.of(2015, 1, 1))).isPresent();
        assertThat(articles.find("128", LocalDate.of(2014, 12, 31))).isEmpty();
        assertThat(articles.find(Article.OTHER, LocalDate.of(2014, 12, 31))).isPresent();
    }
}
