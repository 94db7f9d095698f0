package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.EventType;
import kz.qorgau.cases.Sentence;
import kz.qorgau.cases.SuspensionReason;
import kz.qorgau.cases.TerminationReason;
import kz.qorgau.cases.VerdictOutcome;
import kz.qorgau.shared.ExploitationForm;
import java.util.Locale;
import org.hamcrest.Matchers;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

/**
 * The counting rules of DESIGN.md §4 on a small, known set of cases in a region that the demo data leaves
 * alone (Kostanay region), in 2023–2025: after the years whose national figures the demo data reproduces
 * exactly (kz.qorgau.demo.DemoCasesTests), which these cases, open or not, must not change.
 */
class ProsecutionIndicatorsTests extends RegionalIndicatorsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageSource messages;
    @Autowired
    IndicatorLabels labels;

    ProsecutionIndicatorsTests() {
        super("KZ-39", 55_000_000_000L);
    }

    @Override
    void recordCases() {
        // A: 2023, sexual exploitation, still under investigation when 2024 starts: continued
        register("2023-05-01", ExploitationForm.SEXUAL_EXPLOITATION);
        // B: 2023, forced labour, terminated in 2023: not continued
        long b = register("2023-06-01", ExploitationForm.FORCED_LABOUR);
        record(b, investigation(EventType.TERMINATED, "2023-09-01", TerminationReason.NO_CORPUS_DELICTI));
        // C: 2024, sexual exploitation, an official arrested; to court; a conviction first recorded with
        // a wrong date in 2025, then corrected to 2024
        long c = register("2024-02-01", ExploitationForm.SEXUAL_EXPLOITATION);
        defendant(c, true, LocalDate.parse("2024-02-10"));
        record(c, court("2024-06-01"));
        CaseViews.CaseView withWrongVerdict = record(c, verdict(0, "2025-01-15", VerdictOutcome.CONVICTED, "128",
                Sentence.imprisonment(60)));
        int wrong = withWrongVerdict.timeline().getLast().seq();
        cases.correct(c, wrong, verdict(0, "2024-10-01", VerdictOutcome.CONVICTED, "128",
                Sentence.imprisonment(60)));
        // D: 2024, no form (unspecified), two defendants: one convicted (suspended sentence), one acquitted
        long d = register("2024-03-01", null);
        defendant(d, false, null);
        defendant(d, false, null);
        record(d, court("2024-07-01"));
        record(d, verdict(0, "2024-11-01", VerdictOutcome.CONVICTED, "308",
                new Sentence(null, 24, 12, null, null, false, false)));
        record(d, verdict(1, "2024-11-01", VerdictOutcome.ACQUITTED, null, null));
        // F: 2024, a juvenile sentenced to three months: counted as juvenile, not in the adults' imprisonment
        long f = register("2024-05-01", ExploitationForm.SEXUAL_EXPLOITATION);
        defendant(f, false, null);
        record(f, court("2024-08-01"));
        record(f, verdict(0, "2024-12-01", VerdictOutcome.CONVICTED, "134",
                new Sentence(3, null, null, null, null, true, false)));
        // E: 2024, forced labour, suspended
        long e = register("2024-04-01", ExploitationForm.FORCED_LABOUR);
        record(e, investigation(EventType.SUSPENDED, "2024-05-01", SuspensionReason.SUSPECT_NOT_IDENTIFIED));
    }

    @Test
    void investigationsAreCountedByRegistrationDateAndForm() {
        Map<String, Number> figures = figures(2024);
        assertThat(figures).containsEntry("investigations.initiated", 4L)
                .containsEntry("investigations.initiated.sexual_exploitation", 2L)
                .containsEntry("investigations.initiated.forced_labour", 1L)
                .containsEntry("investigations.initiated.other_forms", 0L)
                .containsEntry("investigations.initiated.unspecified", 1L);
    }

    @Test
    void anInvestigationOpenWhenTheYearStartsIsContinued() {
        Map<String, Number> figures = figures(2024);
        assertThat(figures).containsEntry("investigations.continued", 1L)
                .containsEntry("investigations.continued.sexual_exploitation", 1L)
                .containsEntry("investigations.continued.forced_labour", 0L);
        // in 2025: A and E (suspended, not closed); nothing else of 2023–2024 is still open
        assertThat(figures(2025)).containsEntry("investigations.continued", 2L);
    }

    @Test
    void prosecutionsCountCasesSentToCourtAndTheirDefendants() {
        Map<String, Number> figures = figures(2024);
        assertThat(figures).containsEntry("prosecutions.cases", 3L)
                .containsEntry("prosecutions.cases.sexual_exploitation", 2L)
                .containsEntry("prosecutions.cases.unspecified", 1L)
                .containsEntry("prosecutions.defendants", 4L);
    }

    @Test
    void convictionsCountDefendantsByTheEffectiveVerdictDate() {
        Map<String, Number> figures = figures(2024);
        assertThat(figures).containsEntry("convictions.persons", 3L)
                .containsEntry("convictions.persons.sexual_exploitation", 2L)
                .containsEntry("convictions.persons.unspecified", 1L)
                .containsEntry("convictions.persons.article.128", 1L)
                .containsEntry("convictions.persons.article.308", 1L)
                .containsEntry("convictions.persons.article.134", 1L);
        // the wrongly dated entry of 2025 was corrected: 2025 has no conviction
        assertThat(figures(2025)).containsEntry("convictions.persons", 0L);
    }

    @Test
    void sentencesAndOfficials() {
        Map<String, Number> figures = figures(2024);
        assertThat(figures).containsEntry("sentences.imprisonment.persons", 1L)
                .containsEntry("sentences.imprisonment.min_months", 60)
                .containsEntry("sentences.imprisonment.max_months", 60)
                .containsEntry("sentences.suspended.persons", 1L)
                .containsEntry("sentences.juvenile.persons", 1L)
                .containsEntry("officials.investigated", 1L)
                .containsEntry("officials.prosecuted", 1L)
                .containsEntry("officials.convicted", 1L)
                .containsEntry("arrests", 1L);
        assertThat(figures(2023)).containsEntry("sentences.imprisonment.min_months", null);
    }

    @Test
    void theApiPublishesAFlatMapToAnalystsAndSupervisorsOnly() throws Exception {
        mvc.perform(get("/api/v1/statistics/annual/2024").param("region", region)
                .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2024))
                .andExpect(jsonPath("$.region").value(region))
                // small counts of a region: hidden from an analyst (see SmallCountsTests), exact for a supervisor
                .andExpect(jsonPath("$.indicators['investigations.initiated']").value(Matchers.nullValue()))
                .andExpect(jsonPath("$.suppressed['investigations.initiated']").value("<5"))
                // hidden either way: as <5, or as x where the whole table's protection needs it to be
                .andExpect(jsonPath("$.suppressed['convictions.persons.article.308']").value(Matchers.oneOf("<5",
                        "x")));
        mvc.perform(get("/api/v1/statistics/annual/2024").param("region", region)
                .with(users.as("supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators['investigations.initiated']").value(4))
                .andExpect(jsonPath("$.indicators['convictions.persons.article.308']").value(1));
        mvc.perform(get("/api/v1/statistics/annual/2024").with(users.as("supervisor")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/statistics/annual/2024").with(users.as("investigator")))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyIndicatorHasANameAndACountingRuleInEveryLanguage() {
        for (String language : List.of("ru", "kk", "en")) {
            Locale locale = Locale.forLanguageTag(language);
            for (Indicator indicator : statistics.catalogue()) {
                assertThat(messages.getMessage("indicator." + indicator.base() + ".name", null, locale))
                        .as(indicator.code() + " in " + language).isNotBlank();
                assertThat(messages.getMessage("indicator." + indicator.base() + ".definition", null, locale))
                        .as(indicator.code() + " in " + language).isNotBlank();
                assertThat(labels.name(indicator, locale)).doesNotContain("indicator.");
            }
        }
    }

    @Test
    void theStatisticsPageShowsTheYearBesideThePreviousOne() throws Exception {
        mvc.perform(get("/statistics").param("year", "2019").param("region", region)
                .with(users.as("analyst")))
                .andExpect(status().isOk())
                .andExpect(MockMvcResultMatchers.content().string(
                        Matchers.containsString("Начато расследований — форма не указана")))
                .andExpect(MockMvcResultMatchers.content().string(
                        Matchers.containsString("data-code=\"convictions.persons.article.308\"")))
                .andExpect(MockMvcResultMatchers.content().string(
                        Matchers.containsString("полиция начала расследование")));
        mvc.perform(get("/statistics").with(users.as("caseworker")))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyDeclaredIndicatorHasAValue() {
        assertThat(figures(2024).keySet()).containsAll(statistics.catalogue().stream().map(Indicator::code).toList());
    }

    private void defendant(long caseId, boolean official, LocalDate arrested) {
        suspect(caseId, person(), official, null, arrested);
    }

    private static CaseCommands.Event verdict(int defendant, String date, VerdictOutcome outcome, String article,
            Sentence sentence) {
        return verdict(defendant, date, outcome, article, article == null ? null : 1, sentence);
    }
}
