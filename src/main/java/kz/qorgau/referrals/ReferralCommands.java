package kz.qorgau.referrals;

import java.time.LocalDate;
import java.util.Set;

/** What users ask of the referral mechanism. */
public final class ReferralCommands {

    private ReferralCommands() {
    }

    /** A new referral (or transfer); without a date the answer is due after the configured number of days. */
    public record NewReferral(long victimId, long toOrganisationId, Set<ServiceType> services, ReferralKind kind,
            LocalDate answerDueOn, String details) {

        @Override
        public String toString() {
            return "NewReferral[victim " + victimId + " to " + toOrganisationId + "]";
        }
    }

    /** Declining, with the reason and an optional note. */
    public record Decline(DeclineReason reason, String note) {
    }

    /** A note to a step (completion, revocation). */
    public record Note(String note) {
    }

    /** A service delivered by the user's organisation. */
    public record NewEpisode(long victimId, Long referralId, ServiceType service, LocalDate startedOn,
            LocalDate endedOn, Long costKzt, FundingSource fundingSource) {
    }

    /** A provider's profile. */
    public record ProviderProfile(Boolean acceptsChildren) {

        public ProviderProfile {
            acceptsChildren = Boolean.TRUE.equals(acceptsChildren);
        }
    }
}
