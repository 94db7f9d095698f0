package kz.qorgau.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.CountryCode;

/** The read models of the cases module, as the views and the API show them. */
public final class CaseViews {

    private CaseViews() {
    }

    /** A row of the case list. */
    public record CaseListItem(long id, String erdrNumber, LocalDate registeredOn, RegionCode region, long unitId,
            Long courtId, CaseStatus status, List<String> articles, Set<ExploitationForm> forms, int defendants) {
    }

    /**
     * A case with everything on its page, and what the user may do on it.
     *
     * @param brokenGlass whether the user reads it only by breaking the glass (read only: no actions)
     */
    public record CaseView(long id, String erdrNumber, LocalDate registeredOn, RegionCode region, long unitId,
            Long courtId, CaseStatus status, List<Charge> charges, Set<ExploitationForm> forms, Set<CaseFlag> flags,
            String narrative, List<DefendantView> defendants, List<TimelineEntry> timeline, List<VictimLink> victims,
            List<LinkedRecord> operations, List<LinkedRecord> cooperation, String createdBy, Actions actions,
            boolean brokenGlass) {
    }

    /**
     * What the user may do on a case now, worked out by the case from its timeline and the user's permissions
     * ({@link CriminalCase#allowedActions}); the commands check again.
     *
     * @param events the events the user may record now
     * @param correctable the timeline entries (by seq) the user may correct or retract
     */
    public record Actions(Set<CaseAction> actions, List<EventType> events, Set<Integer> correctable) {

        /** Nothing: a case read by breaking the glass. */
        public static final Actions NONE = new Actions(Set.of(), List.of(), Set.of());

        public Actions {
            actions = Set.copyOf(actions);
            events = List.copyOf(events);
            correctable = Set.copyOf(correctable);
        }

        public boolean allows(CaseAction action) {
            return actions.contains(action);
        }

        public boolean mayRecord(EventType type) {
            return events.contains(type);
        }

        public boolean mayCorrect(int seq) {
            return correctable.contains(seq);
        }
    }

    /** Another record that refers to the case: its id and a label (an operation's name, a request's kind). */
    public record LinkedRecord(long id, String label) {
    }

    /** A victim record (victims module) linked to a case, and the victim's part in it. */
    public record VictimLink(long caseId, String erdrNumber, long victimId, VictimRole role, LocalDate linkedOn) {
    }

    /** A defendant and the first-instance outcome, if any. */
    public record DefendantView(int number, long personId, PerpetratorRole role, boolean publicOfficial,
            LocalDate addedOn, LocalDate arrestedOn, String arrestRegion, String arrestCountry,
            VerdictOutcome verdict) {
    }

    /**
     * One entry of the timeline as recorded. {@code effective} says whether it counts: a corrected or
     * retracted entry, and the correction markers themselves, are kept for the history but do not.
     * {@code qualification} is the one a registration or a requalification puts in force from its date (else null).
     */
    public record TimelineEntry(int seq, EventType type, LocalDate occurredOn, Instant recordedAt, String recordedBy,
            Integer correctsSeq, Integer correctedBySeq, boolean effective, String reason, Long courtId,
            Integer defendantNo, VerdictOutcome outcome, AppealOutcome appealOutcome, String convictionArticle,
            Integer convictionPart, Sentence sentence, Qualification qualification) {

        public boolean isCorrection() {
            return correctsSeq != null && type != EventType.RETRACTION;
        }
    }

    /** A special operation. */
    public record OperationView(long id, String name, LocalDate startedOn, LocalDate endedOn, Set<RegionCode> regions,
            Set<Long> partners, Set<VenueKind> venues, int personsInterviewed, int potentialVictimsFound,
            Set<Long> cases, String createdBy) {
    }

    /** A request of international cooperation. */
    public record CooperationView(long id, CooperationKind kind, CooperationDirection direction,
            CountryCode country, Long personId, Long caseId, LocalDate requestedOn,
            CooperationStatus status, LocalDate decidedOn, LocalDate executedOn,
            String createdBy) {
    }
}
