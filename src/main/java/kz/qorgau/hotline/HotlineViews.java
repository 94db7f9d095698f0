package kz.qorgau.hotline;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import kz.qorgau.cases.CaseOutcomes;
import kz.qorgau.cases.PoliceNotice;
import kz.qorgau.shared.RegionCode;

/** What the hotline's pages show. */
public final class HotlineViews {

    private HotlineViews() {
    }

    /** A call in the hotline's list: no word of what was said. */
    public record CallRow(long id, String reference, Instant receivedAt, Channel channel, CallType type,
            CallerType callerType, RegionCode region, Integer durationSeconds, Set<Outcome> outcomes,
            boolean awaitingFollowUp) {
    }

    /** The police's answer to a call's notification, as the call's pages show it. */
    public record Notice(long policeUnitId, Instant notifiedAt, Instant dueAt, PoliceNotice.State state,
            CaseOutcomes.CaseOutcome outcome, String refusalReason, Instant answeredAt) {
    }

    /**
     * A call as its hotline sees it: what was said and the contact (sealed, opened for the hotline), its follow-up;
     * the victim record and the referral linked, each with its page only where the user may open it.
     */
    public record CallPage(long id, String reference, Instant receivedAt, Channel channel, String language,
            Integer durationSeconds, CallerType callerType, boolean anonymous, RegionCode region, String country,
            CallType type, Set<Topic> topics, String summary, String contact, Notice notice, String victimReference,
            String victimPage, String referralReference, String referralPage, String noActionReason,
            Set<Outcome> outcomes, boolean mayFollowUp, boolean mayRetype) {
    }

    /** A notified call in the police's list. */
    public record NotificationRow(long callId, String reference, Instant notifiedAt, Instant dueAt,
            PoliceNotice.State state, long policeUnitId, RegionCode region, CallType type) {
    }

    /**
     * A notified call as the police read it: what the hotline sent (what was said, the region and country, the
     * topics); the caller's contact only where the caller gave it for this; {@code mayAnswer} for the unit notified
     * while unanswered.
     */
    public record NotificationPage(long callId, String reference, Instant receivedAt, Channel channel,
            RegionCode region,
            String country, CallType type, Set<Topic> topics, String summary, String contact, Notice notice,
            boolean mayAnswer) {
    }

    /** A year's funding from a source: the amount in force (the latest revision) and its history. */
    public record FundingLine(int year, FundingSource source, long amountKzt, String document,
            List<FundingRevision> revisions) {
    }

    /** A revision of a year's funding from a source. */
    public record FundingRevision(long amountKzt, String document, String reason, String recordedBy,
            Instant recordedAt) {
    }
}
