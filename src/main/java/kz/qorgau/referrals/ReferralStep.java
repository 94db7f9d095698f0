package kz.qorgau.referrals;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/** One dated step of a referral (part of the referral aggregate); the note is sealed. */
@Table("referrals_step")
record ReferralStep(StepKind step, LocalDate occurredOn, Instant recordedAt, String recordedBy, long organisationId,
        DeclineReason reason, byte[] note) {
}
