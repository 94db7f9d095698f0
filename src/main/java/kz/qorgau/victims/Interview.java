package kz.qorgau.victims;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** A victim's testimony in proceedings: where, whether video-recorded, whether a social worker was present. */
@Table("victims_interview")
record Interview(LocalDate interviewedOn, Long caseId, InterviewPlace place, boolean videoRecorded,
        boolean socialWorkerPresent, String recordedBy) {
}
