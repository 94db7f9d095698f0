package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.qorgau.shared.ExploitationForm;

/** What users ask of the cases module. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /** Registering a case in the system (it has an ERDR number already). */
    public record Registration(String erdrNumber, LocalDate registeredOn, String region, Long unitId,
            Qualification qualification, String narrative) {
    }

    /**
     * A new qualification of a case (charges, forms of exploitation, flags) and the date from which it is in force:
     * the date of the decision that requalified the case, not before the qualification it replaces.
     */
    public record Requalification(LocalDate qualifiedOn, List<Charge> charges,
            Set<ExploitationForm> forms, Set<CaseFlag> flags) {

        public Qualification qualification() {
            return new Qualification(charges, forms, flags);
        }
    }

    /** A procedural event to record (or the corrected data of an earlier one). */
    public record Event(EventType type, LocalDate occurredOn, String reason, Long courtId, Integer defendantNo,
            VerdictOutcome outcome, AppealOutcome appealOutcome, String convictionArticle, Integer convictionPart,
            Sentence sentence) {

        ProceduralEvent.Details details() {
            return new ProceduralEvent.Details(type, occurredOn, reason, courtId, defendantNo, outcome, appealOutcome,
                    convictionArticle, convictionPart, sentence);
        }
    }

    /** A suspect added to a case. */
    public record NewDefendant(long personId, PerpetratorRole role, boolean publicOfficial, LocalDate addedOn,
            LocalDate arrestedOn, String arrestRegion, String arrestCountry) {
    }

    /**
     * Filters and order of the case list; null or blank means "any". {@code registeredBefore} keeps the cases
     * registered before that day (the ageing investigations of the start page).
     */
    public record Search(String erdr, String region, Integer year, CaseStatus status, String article,
            ExploitationForm form, CaseFlag flag, Long unit, String sort, LocalDate registeredBefore) {

        public Search(String erdr, String region, Integer year, CaseStatus status, String article,
                ExploitationForm form, CaseFlag flag, Long unit, String sort) {
            this(erdr, region, year, status, article, form, flag, unit, sort, null);
        }

        public static Search any() {
            return new Search(null, null, null, null, null, null, null, null, null);
        }

        /** The cases of one status. */
        public static Search of(CaseStatus status) {
            return new Search(null, null, null, status, null, null, null, null, null);
        }
    }
}
