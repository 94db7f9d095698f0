package kz.qorgau.victims;

import java.time.LocalDate;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/**
 * A victim's testimony in proceedings: where, whether video-recorded, whether a social worker was present.
 * Append-only, an aggregate of its own referenced by the victim's id.
 */
@Table("victims_interview")
class Interview extends VictimEntry {

    private LocalDate interviewedOn;
    private Long caseId;
    private InterviewPlace place;
    private boolean videoRecorded;
    private boolean socialWorkerPresent;

    @PersistenceCreator
    Interview() {
    }

    /** The {@code seq}-th testimony of the victim (from 0). */
    static Interview record(long victimId, int seq, LocalDate interviewedOn, Long caseId, InterviewPlace place,
            boolean videoRecorded, boolean socialWorkerPresent, String recordedBy, LocalDate today) {
        if (place == null) {
            throw new RuleViolationException("victim.error.incomplete");
        }
        Victim.checkDate(interviewedOn, today);
        Interview interview = new Interview();
        interview.enter(victimId, seq, recordedBy);
        interview.interviewedOn = interviewedOn;
        interview.caseId = caseId;
        interview.place = place;
        interview.videoRecorded = videoRecorded;
        interview.socialWorkerPresent = socialWorkerPresent;
        return interview;
    }

    LocalDate interviewedOn() {
        return interviewedOn;
    }

    Long caseId() {
        return caseId;
    }

    InterviewPlace place() {
        return place;
    }

    boolean videoRecorded() {
        return videoRecorded;
    }

    boolean socialWorkerPresent() {
        return socialWorkerPresent;
    }
}
