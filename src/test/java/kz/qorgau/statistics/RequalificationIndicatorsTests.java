package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.Charge;
import kz.qorgau.cases.Sentence;
import kz.qorgau.cases.VerdictOutcome;
import kz.qorgau.shared.ExploitationForm;

/**
 * The breakdowns by form count a case by the qualification in force on the date the figure counts it (DESIGN.md §4:
 * a past year's figure does not change when a case moves on): initiated on the registration date, continued on the
 * first day of the year, prosecuted on the day the case was sent to court, convicted on the verdict's date. Cases of a
 * region the demo data and the other tests leave alone (North Kazakhstan), in 2023–2025.
 */
class RequalificationIndicatorsTests extends RegionalIndicatorsTests {

    RequalificationIndicatorsTests() {
        super("KZ-59", 77_000_000_000L);
    }

    @Override
    void recordCases() {
        // A: registered in 2023 as sexual exploitation, requalified in March 2024 as forced labour, sent to court and
        // convicted in 2024
        long a = register("2023-02-01", ExploitationForm.SEXUAL_EXPLOITATION);
        requalify(a, "2024-03-01", ExploitationForm.FORCED_LABOUR);
        suspect(a, person(), false, null, null);
        record(a, court("2024-06-01"));
        record(a, verdict(0, "2024-09-01", VerdictOutcome.CONVICTED, "128", 1, Sentence.imprisonment(60)));
        // B: registered in May 2023 as forced labour, requalified in August 2023 as forced begging, still open
        long b = register("2023-05-01", ExploitationForm.FORCED_LABOUR);
        requalify(b, "2023-08-01", ExploitationForm.FORCED_BEGGING);
    }

    @Test
    void aCaseRequalifiedInALaterYearStaysInItsRegistrationYearUnderTheFormItWasRegisteredWith() {
        assertThat(figures(2023)).containsEntry("investigations.initiated", 2L)
                .containsEntry("investigations.initiated.sexual_exploitation", 1L)
                .as("B counts by its registration's form, A not by its later one")
                .containsEntry("investigations.initiated.forced_labour", 1L)
                .containsEntry("investigations.initiated.other_forms", 0L)
                .containsEntry("investigations.initiated.unspecified", 0L);
    }

    @Test
    void aContinuedCaseCountsByTheQualificationInForceWhenTheYearBegan() {
        assertThat(figures(2024)).containsEntry("investigations.continued", 2L)
                .as("A was still sexual exploitation on 1 January 2024")
                .containsEntry("investigations.continued.sexual_exploitation", 1L)
                .containsEntry("investigations.continued.forced_labour", 0L)
                .as("B was requalified in 2023").containsEntry("investigations.continued.other_forms", 1L);
        assertThat(figures(2025)).containsEntry("investigations.continued", 1L)
                .containsEntry("investigations.continued.other_forms", 1L);
    }

    @Test
    void prosecutionsAndConvictionsCountByTheQualificationInForceOnTheirDate() {
        assertThat(figures(2024)).containsEntry("prosecutions.cases", 1L)
                .containsEntry("prosecutions.cases.forced_labour", 1L)
                .containsEntry("prosecutions.cases.sexual_exploitation", 0L)
                .containsEntry("prosecutions.defendants.forced_labour", 1L)
                .containsEntry("convictions.persons", 1L)
                .containsEntry("convictions.persons.forced_labour", 1L)
                .containsEntry("convictions.persons.sexual_exploitation", 0L);
    }

    private void requalify(long caseId, String date, ExploitationForm form) {
        cases.requalify(caseId, new CaseCommands.Requalification(LocalDate.parse(date),
                List.of(new Charge("128", 1)), Set.of(form), Set.of()));
    }
}
