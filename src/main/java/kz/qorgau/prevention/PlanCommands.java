package kz.qorgau.prevention;

import java.time.LocalDate;
import java.util.Map;

/** What is recorded of the National Action Plan. */
public final class PlanCommands {

    private PlanCommands() {
    }

    /** A plan of the years from first to last, titled in Russian (and, if given, Kazakh and English). */
    public record Plan(String titleRu, String titleKk, String titleEn, Integer firstYear, Integer lastYear) {

        public Map<String, String> errors() {
            return new Errors().text("titleRu", titleRu, 300).optional("titleKk", titleKk, 300).optional("titleEn",
                    titleEn, 300).required("firstYear", firstYear).when(firstYear != null && (firstYear < 1991
                            || firstYear > 2100), "firstYear", "plan.error.year").required("lastYear", lastYear).when(
                                    lastYear != null && (lastYear < 1991 || lastYear > 2100), "lastYear",
                                    "plan.error.year").when(firstYear != null && lastYear != null
                                            && lastYear < firstYear, "lastYear", "plan.error.last-before-first").map();
        }
    }

    /**
     * An item: its number in the plan, its text in the three languages, its responsible body and co-responsible ones,
     * its deadline, its indicator and target.
     */
    public record Item(String number, String textRu, String textKk, String textEn, String responsible,
            String coResponsible, LocalDate deadline, String indicator, String target) {

        public Map<String, String> errors() {
            return new Errors().text("number", number, 20).text("textRu", textRu, 2000).text("textKk", textKk, 2000)
                    .text("textEn", textEn, 2000).text("responsible", responsible, 300).optional("coResponsible",
                            coResponsible, 1000).day("deadline", deadline).text("indicator", indicator, 1000).text(
                                    "target", target, 300).map();
        }
    }

    /**
     * A progress report on an item for a year (the period): its state, what was done, and the evidence (required when
     * done) or the reason (required when dropped).
     */
    public record Report(Long item, Integer period, PlanStatus state, String progress, String evidence,
            String reason) {

        public Map<String, String> errors(LocalDate today) {
            return new Errors().required("item", item).required("period", period).when(period != null
                    && period > today.getYear(), "period", "plan.error.future-period").required("state", state).when(
                            state != null && !state.reportable(), "state", "plan.error.state").text("progress",
                                    progress, 4000).when(state == PlanStatus.DONE && Errors.strip(evidence) == null,
                                            "evidence", "plan.error.evidence").optional("evidence", evidence, 2000)
                    .when(state == PlanStatus.DROPPED && Errors.strip(reason) == null, "reason", "plan.error.reason")
                    .optional("reason", reason, 1000).map();
        }
    }
}
