package kz.qorgau.referrals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/**
 * A referral of a victim from one organisation to another for named services, or a transfer of the case.
 * It guards its life: the receiver accepts or declines a pending referral and completes an accepted one;
 * the sender may revoke it while pending. Each step is kept, dated and attributed; the status is that of
 * the last step. A referral of an anonymous record carries no identity.
 */
@Table("referrals_referral")
class Referral {

    @Id
    private Long id;
    private String reference;
    private long victimId;
    private boolean anonymous;
    private ReferralKind kind;
    private long fromOrganisationId;
    private long toOrganisationId;
    private ReferralStatus status;
    private LocalDate sentOn;
    private LocalDate answerDueOn;
    private byte[] details;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "referral_id")
    private Set<ReferralService> services = new LinkedHashSet<>();
    @MappedCollection(idColumn = "referral_id", keyColumn = "seq")
    private List<ReferralStep> steps = new ArrayList<>();

    @PersistenceCreator
    Referral() {
    }

    /** Who acts on a referral: the user and their organisation. */
    record Actor(String username, long organisationId) {
    }

    /** Sends a referral; the caller has passed the consent and children gates ({@link ReferralRules}). */
    static Referral send(String reference, long victimId, boolean anonymous, ReferralKind kind, long to,
            Set<ServiceType> services, LocalDate answerDueOn, byte[] details, Actor actor, LocalDate today,
            Instant now) {
        // a report of the crime asks the police to act, not for a service
        if (kind != ReferralKind.REPORT && (services == null || services.isEmpty())) {
            throw new RuleViolationException("referral.error.services-required");
        }
        if (answerDueOn == null || answerDueOn.isBefore(today)) {
            throw new RuleViolationException("referral.error.due-date");
        }
        Referral referral = new Referral();
        referral.reference = reference;
        referral.victimId = victimId;
        referral.anonymous = anonymous;
        referral.kind = kind == null ? ReferralKind.REFERRAL : kind;
        referral.fromOrganisationId = actor.organisationId();
        referral.toOrganisationId = to;
        referral.sentOn = today;
        referral.answerDueOn = answerDueOn;
        referral.details = details;
        referral.createdAt = now;
        if (services != null) {
            services.forEach(service -> referral.services.add(new ReferralService(service)));
        }
        referral.step(StepKind.SENT, null, null, actor, today, now);
        return referral;
    }

    void accept(Actor actor, LocalDate today, Instant now) {
        requireReceiver(actor);
        requireStatus(ReferralStatus.PENDING, "referral.error.not-pending");
        step(StepKind.ACCEPTED, null, null, actor, today, now);
    }

    void decline(DeclineReason reason, byte[] note, Actor actor, LocalDate today, Instant now) {
        requireReceiver(actor);
        requireStatus(ReferralStatus.PENDING, "referral.error.not-pending");
        if (reason == null) {
            throw new RuleViolationException("referral.error.reason-required");
        }
        step(StepKind.DECLINED, reason, note, actor, today, now);
    }

    void complete(byte[] note, Actor actor, LocalDate today, Instant now) {
        requireReceiver(actor);
        requireStatus(ReferralStatus.ACCEPTED, "referral.error.not-accepted");
        step(StepKind.COMPLETED, null, note, actor, today, now);
    }

    void revoke(byte[] note, Actor actor, LocalDate today, Instant now) {
        if (actor.organisationId() != fromOrganisationId) {
            throw new RuleViolationException("referral.error.sender-only");
        }
        requireStatus(ReferralStatus.PENDING, "referral.error.revoke-not-pending");
        step(StepKind.REVOKED, null, note, actor, today, now);
    }

    /** Pending past the day by which the receiver was to answer. */
    boolean overdue(LocalDate today) {
        return overdue(status, answerDueOn, today);
    }

    /** The same rule for a referral read as a row of a list. */
    static boolean overdue(ReferralStatus status, LocalDate answerDueOn, LocalDate today) {
        return status == ReferralStatus.PENDING && answerDueOn.isBefore(today);
    }

    /** What an organisation may do with a referral: the steps {@link #accept} and the others would take from it. */
    record Actions(boolean mayAnswer, boolean mayComplete, boolean mayRevoke, boolean mayRecordService) {
    }

    /**
     * What {@code organisation} may do with a referral from {@code from} to {@code to} in {@code status}: the
     * receiver answers a pending one and completes an accepted one; the sender revokes a pending one; the receiver
     * records the services it delivers once it has accepted.
     */
    static Actions actions(ReferralStatus status, long from, long to, long organisation) {
        boolean receiver = to == organisation;
        return new Actions(receiver && status == ReferralStatus.PENDING, receiver && status == ReferralStatus.ACCEPTED,
                from == organisation && status == ReferralStatus.PENDING,
                receiver && (status == ReferralStatus.ACCEPTED || status == ReferralStatus.COMPLETED));
    }

    /** The organisation on the other side of a step taken by this one. */
    long otherSide(long organisationId) {
        return organisationId == fromOrganisationId ? toOrganisationId : fromOrganisationId;
    }

    private void requireReceiver(Actor actor) {
        if (actor.organisationId() != toOrganisationId) {
            throw new RuleViolationException("referral.error.receiver-only");
        }
    }

    private void requireStatus(ReferralStatus expected, String messageKey) {
        if (status != expected) {
            throw new RuleViolationException(messageKey);
        }
    }

    private void step(StepKind kind, DeclineReason reason, byte[] note, Actor actor, LocalDate today, Instant now) {
        steps.add(new ReferralStep(kind, today, now, actor.username(), actor.organisationId(), reason, note));
        status = kind.result();
        updatedAt = now;
    }

    // --- reading

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    long victimId() {
        return victimId;
    }

    boolean anonymous() {
        return anonymous;
    }

    ReferralKind kind() {
        return kind;
    }

    long fromOrganisationId() {
        return fromOrganisationId;
    }

    long toOrganisationId() {
        return toOrganisationId;
    }

    ReferralStatus status() {
        return status;
    }

    LocalDate sentOn() {
        return sentOn;
    }

    LocalDate answerDueOn() {
        return answerDueOn;
    }

    byte[] details() {
        return details;
    }

    Set<ServiceType> services() {
        return services.stream().map(ReferralService::service)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ServiceType.class)));
    }

    List<ReferralStep> steps() {
        return List.copyOf(steps);
    }
}
