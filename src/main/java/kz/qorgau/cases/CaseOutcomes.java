package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Today;

/**
 * How a criminal case stands, for the modules whose records led to it (a labour inspector's notification to the
 * police): its ERDR number, status and the dates of its stages as the effective timeline has them, down to the first
 * verdict. Nothing about its people: no summary, suspect, defendant or victim.
 */
@Service
public class CaseOutcomes {

    /** A case's stages: sent to court and the first verdict in force, null where not reached. */
    public record CaseOutcome(long caseId, String erdrNumber, LocalDate registeredOn, CaseStatus status,
            LocalDate sentToCourtOn, LocalDate verdictOn) {
    }

    private final Cases cases;
    private final CaseDetails details;
    private final Today today;

    CaseOutcomes(Cases cases, CaseDetails details, Today today) {
        this.cases = cases;
        this.details = details;
        this.today = today;
    }

    /** The case's outcome so far; empty when there is no such case. */
    @Transactional(readOnly = true)
    public Optional<CaseOutcome> of(long caseId) {
        return cases.findById(caseId).map(this::outcome);
    }

    /**
     * The case registered under the number that the user's case scope holds (the police answering a notification
     * name the case they registered); empty when there is none, or the user may not see it.
     */
    @Transactional(readOnly = true)
    public Optional<Long> registeredUnder(ErdrNumber number, QorgauUser user) {
        return cases.findByErdrNumber(number.value()).map(CriminalCase::id)
                .filter(id -> details.visibleTo(id, user));
    }

    private CaseOutcome outcome(CriminalCase found) {
        Timeline timeline = found.timeline(today.date());
        return new CaseOutcome(found.id(), found.erdrNumber().value(), timeline.registeredOn, timeline.status,
                first(timeline, EventType.SENT_TO_COURT), first(timeline, EventType.VERDICT));
    }

    private static LocalDate first(Timeline timeline, EventType type) {
        return timeline.effective.stream().map(Timeline.Effective::details).filter(event -> event.type() == type)
                .map(ProceduralEvent.Details::occurredOn).min(Comparator.naturalOrder()).orElse(null);
    }
}
