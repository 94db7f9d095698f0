package kz.qorgau.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.RegionCode;

/** The read models of the referral mechanism, as the pages and the API show them. */
public final class ReferralViews {

    private ReferralViews() {
    }

    /** A row of an inbox or outbox. */
    public record ReferralListItem(long id, String reference, long victimId, String victimReference, boolean anonymous,
            ReferralKind kind, long fromOrganisationId, long toOrganisationId, Set<ServiceType> services,
            ReferralStatus status, LocalDate sentOn, LocalDate answerDueOn, boolean overdue) {
    }

    /** A referral with its steps and the services delivered under it. */
    public record ReferralView(long id, String reference, long victimId, String victimReference, boolean anonymous,
            ReferralKind kind, long fromOrganisationId, long toOrganisationId, Set<ServiceType> services,
            ReferralStatus status, LocalDate sentOn, LocalDate answerDueOn, boolean overdue, String details,
            List<StepView> steps, List<EpisodeView> episodes, boolean mayAnswer, boolean mayComplete,
            boolean mayRevoke, boolean mayRecordService, boolean mayOpenVictim) {
    }

    public record StepView(StepKind step, LocalDate occurredOn, Instant recordedAt, String recordedBy,
            long organisationId, DeclineReason reason, String note) {
    }

    public record EpisodeView(long id, long victimId, Long referralId, long organisationId, ServiceType service,
            LocalDate startedOn, LocalDate endedOn, long costKzt, FundingSource fundingSource, String recordedBy) {
    }

    /** What the victim page shows of the referral mechanism. */
    public record VictimSection(long victimId, String victimReference, boolean anonymous, boolean mayRefer,
            boolean consentToRefer, List<ReferralListItem> referrals, List<EpisodeView> episodes, long totalCostKzt,
            boolean mayRecordService) {
    }

    /** A notice to an organisation that the other side of a referral took a step. */
    public record NotificationView(long id, long referralId, String referralReference, StepKind step,
            long byOrganisationId, Instant createdAt, boolean read) {
    }

    /**
     * What the menu bar of every page shows of the referrals: how many await the organisation's answer, how many
     * notices are unread, and the latest unread ones with the name of the organisation that took the step.
     */
    public record MenuNotices(long awaitingAnswer, long unread, List<MenuNotice> latest) {
    }

    /** An unread notice in the menu bar. */
    public record MenuNotice(long referralId, String referralReference, StepKind step, String byOrganisation) {
    }

    /** A provider's profile in the referral mechanism. */
    public record ProviderView(long organisationId, boolean acceptsChildren) {
    }

    /**
     * The organisations a referral may go to, of one type and one region (null: national or abroad), for the
     * recipient list grouped by type and region.
     */
    public record ReceiverGroup(OrganisationType type, RegionCode region, List<OrganisationSummary> organisations) {
    }
}
