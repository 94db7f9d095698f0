package kz.qorgau.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.demo.DemoOrganisations;
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
class CaseHistoryTests extends FullTest {

    @Autowired
    CriminalCases cases;
    @Autowired
    CaseDetails details;
    @Autowired
    PersonRegistry persons;
    @Autowired
    VictimRegistry victims;
    @Autowired
    Articles articles;
    @Autowired
    CaseBuilder builder;

    CaseViews.CaseView inCourt() {
        CaseViews.CaseView view = registered();
        builder.withSuspect(view, users.demo("investigator"), LocalDate.of(2023, 4, 20), null);
        return builder.sentToCourt(view, users.demo("prosecutor"), users.organisation(DemoOrganisations.COURT_ALMATY),
                LocalDate.of(2023, 9, 1));
    }

    // --- sentences

    @Test
    void theApiRefusesRealImprisonmentWithASuspendedTermNamingTheRule() throws Exception {
        CaseViews.CaseView view = inCourt();
        mvc.perform(post("/api/v1/cases/" + view.id() + "/events").with(users.as("court")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"type": "VERDICT", "occurredOn": "2023-11-30", "defendantNo": 0, "outcome": "CONVICTED",
                         "convictionArticle": "128", "convictionPart": 2,
                         "sentence": {"imprisonmentMonths": 48, "suspendedMonths": 24, "juvenile": false,
                                      "confiscation": false}}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.sentence-combination"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Основное наказание одно")));
        assertThat(SignedIn.as(users.demo("court"), () -> details.get(view.id())).status()).isEqualTo(
                CaseStatus.IN_COURT);
    }

    @Test
    void theVerdictFormExplainsWhichSentencesGoTogether() throws Exception {
        CaseViews.CaseView view = inCourt();
        mvc.perform(post("/cases/" + view.id() + "/events/VERDICT").with(users.as("court")).with(csrf())
                .param("occurredOn", "2023-11-30").param("defendantNo", "0").param("outcome", "CONVICTED")
                .param("convictionArticle", "128").param("imprisonmentYears", "4").param("suspendedYears", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Основное наказание одно: реальное лишение свободы, условное осуждение или ограничение свободы")));
        assertThat(SignedIn.as(users.demo("court"), () -> details.get(view.id())).status()).isEqualTo(
                CaseStatus.IN_COURT);
    }

    // --- dated requalifications

    CaseViews.CaseView registered() {
        return builder.registered(users.demo("investigator"), "KZ-75", LocalDate.of(2023, 4, 12), CaseBuilder
                .article128(2, ExploitationForm.SEXUAL_EXPLOITATION), null);
    }

    @Test
    void theApiRequalifiesACaseFromADateAndRefusesOneWithoutADateOrBeforeTheQualificationInForce() throws Exception {
        CaseViews.CaseView view = registered();
        String path = "/api/v1/cases/" + view.id() + "/qualification";
        mvc.perform(put(path).with(users.as("investigator")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"charges": [{"articleCode": "128", "part": 3}], "forms": ["FORCED_LABOUR"], "flags": []}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.requalification-date-required"))
                .andExpect(jsonPath("$.detail").value("Укажите дату, с которой действует новая квалификация."));
        mvc.perform(put(path).with(users.as("investigator")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"qualifiedOn": "2023-09-01", "charges": [{"articleCode": "128", "part": 3}],
                         "forms": ["FORCED_LABOUR"], "flags": ["TRANSNATIONAL"]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.forms[0]").value("FORCED_LABOUR"))
                .andExpect(jsonPath("$.timeline[1].type").value("REQUALIFIED"))
                .andExpect(jsonPath("$.timeline[1].occurredOn").value("2023-09-01"))
                .andExpect(jsonPath("$.timeline[1].qualification.forms[0]").value("FORCED_LABOUR"))
                .andExpect(jsonPath("$.timeline[0].qualification.forms[0]").value("SEXUAL_EXPLOITATION"));
        mvc.perform(put(path).with(users.as("investigator")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"qualifiedOn": "2023-08-01", "charges": [{"articleCode": "128", "part": 1}],
                         "forms": [], "flags": []}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.requalification-order"));
        assertThat(SignedIn.as(users.demo("investigator"), () -> details.get(view.id())).forms())
                .containsExactly(ExploitationForm.FORCED_LABOUR);
    }

    @Test
    void theQualificationFormAsksForTheDateAndTheTimelineShowsTheRequalification() throws Exception {
        CaseViews.CaseView view = registered();
        mvc.perform(get("/cases/" + view.id() + "/qualification").with(users.as("investigator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Действует с")));
        mvc.perform(post("/cases/" + view.id() + "/qualification").with(users.as("investigator")).with(csrf())
                .param("articles", "128").param("parts", "3").param("forms", "FORCED_LABOUR"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Укажите дату, с которой действует новая квалификация.")));
        mvc.perform(post("/cases/" + view.id() + "/qualification").with(users.as("investigator")).with(csrf())
                .param("qualifiedOn", "2023-10-02").param("articles", "128").param("parts", "3")
                .param("forms", "FORCED_LABOUR"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + view.id()).with(users.as("investigator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Переквалификация")))
                .andExpect(content().string(Matchers.containsString("Квалификация: 128(3)")));
    }

    @Test
    void theQualificationFormListsTheArticlesInForceOnTheDateTheNewQualificationTakesEffect() throws Exception {
        // registered in 2023 under Art. 128; Art. 125-1 (forced marriage) is in force from 2025 only
        CaseViews.CaseView view = registered();
        String path = "/cases/" + view.id() + "/qualification";
        mvc.perform(get(path).param("qualifiedOn", "2024-06-01").with(users.as("investigator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"128\"")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"125-1\""))));
        // choosing a later date (the page reloads the charges with it) offers what the service then accepts
        mvc.perform(get(path).param("qualifiedOn", "2025-03-01").with(users.as("investigator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"charges\"")))
                .andExpect(content().string(Matchers.containsString("value=\"125-1\"")));
        // a date on which the article was not in force: refused, and the page offers the articles of that date
        mvc.perform(post(path).with(users.as("investigator")).with(csrf()).param("qualifiedOn", "2024-06-01")
                .param("articles", "125-1").param("parts", "").param("forms", "FORCED_MARRIAGE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("value=\"125-1\""))));
        mvc.perform(post(path).with(users.as("investigator")).with(csrf()).param("qualifiedOn", "2025-03-01")
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
        mvc.perform(post("/api/v1/cases").with(users.as("investigator")).with(csrf()).contentType(
                MediaType.APPLICATION_JSON)
                .content(registration(CaseBuilder.erdr(2012), "2012-05-10", "KZ-10", "other")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.region-not-on-date"))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("KZ-10")));
    }

    @Test
    void anUnknownRegionCodeIsRefusedEverywhere() throws Exception {
        mvc.perform(post("/api/v1/cases").with(users.as("investigator")).with(csrf()).contentType(
                MediaType.APPLICATION_JSON)
                .content(registration(CaseBuilder.erdr(2023), "2023-05-10", "KZ-99", "128")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.unknown-region"));
        CaseViews.CaseView view = builder.registered(users.demo("investigator"), "KZ-75", LocalDate.of(2023, 4, 12),
                CaseBuilder.article128(2), null);
        long suspect = SignedIn.as(users.demo("investigator"), () -> persons.register(SyntheticPersons.complete()))
                .value();
        assertThatThrownBy(() -> SignedIn.as(users.demo("investigator"), () -> cases.addDefendant(view.id(),
                new CaseCommands.NewDefendant(suspect, PerpetratorRole.EXPLOITER, false, null, LocalDate.of(2023, 5, 1),
                        "KZ-99", null))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("case.error.unknown-region");
        mvc.perform(get("/api/v1/statistics/annual/2022").param("region", "KZ-99").with(users.as("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("statistics.error.unknown-region"));
        mvc.perform(get("/api/v1/statistics/annual/2022").param("region", "KZ-62").with(users.as("analyst")))
                .andExpect(status().isOk());
        VictimViews.VictimView victim = SignedIn.as(users.demo("consul"),
                () -> victims.register(SyntheticVictims.anonymousAbroad(LocalDate.of(2023, 5, 1))));
        VictimCommands.Situation farmWorker = SyntheticVictims.farmWorker("UZ");
        VictimCommands.Situation inNoRegion = new VictimCommands.Situation(farmWorker.sex(),
                farmWorker.ageAtIdentification(), "KZ-99", farmWorker.forms(), farmWorker.sexExploitation(),
                farmWorker.forcedLabourSector(), farmWorker.recruitmentMethods(), farmWorker.recruitmentPlatforms(),
                farmWorker.recruiterRelationship(), farmWorker.recruitmentPlace(), farmWorker.controlMethods(),
                farmWorker.vulnerabilities(), farmWorker.citizenships(), farmWorker.recruitmentCountries(),
                farmWorker.transitCountries(), farmWorker.exploitationCountries(), farmWorker.ageWhenTrafficked(),
                farmWorker.narrative());
        assertThatThrownBy(() -> SignedIn.as(users.demo("consul"), () -> victims.describe(victim.id(), inNoRegion)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("victim.error.region");
    }

    @Test
    void theArticlesOfThe2014CodeAreRefusedForDatesBefore2015() throws Exception {
        mvc.perform(post("/api/v1/cases").with(users.as("investigator")).with(csrf()).contentType(
                MediaType.APPLICATION_JSON)
                .content(registration(CaseBuilder.erdr(2014), "2014-06-10", "KZ-75", "128")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("case.error.unknown-article"));
        // (a case accepted here would count in the years the demo data reproduces, so the dictionary answers)
        assertThat(articles.find("128", LocalDate.of(2015, 1, 1))).isPresent();
        assertThat(articles.find("128", LocalDate.of(2014, 12, 31))).isEmpty();
        assertThat(articles.find(Article.OTHER, LocalDate.of(2014, 12, 31))).isPresent();
    }
}
