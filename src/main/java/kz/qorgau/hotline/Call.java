package kz.qorgau.hotline;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.cases.PoliceAnswer;
import kz.qorgau.cases.PoliceNotice;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;

/**
 * A call or message a hotline received, as logged; what was said and the caller's contact sealed by the caller of
 * these methods. Its follow-up, for a request for help or a report of a suspected case: a notification to the police
 * (once), the victim record and the referral it led to (by reference), or no action and why; a call followed up in
 * none of these ways awaits it. Its type may be corrected until it is followed up (a web tip that proves spam).
 */
@Table("hotline_call")
class Call {

    @Id
    private Long id;
    private String reference;
    private long hotlineId;
    private Channel channel;
    private Instant receivedAt;
    private String language;
    private Integer durationSeconds;
    private CallerType callerType;
    private boolean anonymous;
    private String region;
    private String country;
    private CallType callType;
    private String[] topics;
    private byte[] summary;
    private byte[] contact;
    private String addressHash;
    private String recordedBy;
    private Instant recordedAt;
    @Embedded.Nullable
    private PoliceNotice notice;
    private String victimReference;
    private String referralReference;
    private String noActionReason;
    private Instant followedUpAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Call() {
    }

    /** The call as the operator logged it; {@code summary} and {@code contact} sealed (null: none). */
    static Call logged(String reference, long hotlineId, HotlineCommands.CallEntry entry, byte[] summary,
            byte[] contact, String by, Instant now) {
        InvalidFieldException.refuseFirst(entry.errors(now));
        Call call = new Call();
        call.reference = reference;
        call.hotlineId = hotlineId;
        call.channel = entry.channel();
        call.durationSeconds = entry.durationMinutes() == null ? null : entry.durationMinutes() * 60;
        // a call logged as it ends began its duration ago
        call.receivedAt = entry.receivedAt() != null ? entry.receivedAt()
                : now.minus(Duration.ofSeconds(call.durationSeconds == null ? 0 : call.durationSeconds));
        call.language = entry.language();
        call.callerType = entry.callerType();
        call.anonymous = entry.anonymous();
        call.region = entry.region() == null ? null : entry.region().value();
        call.country = entry.country() == null ? null : entry.country().value();
        call.callType = entry.type();
        call.topics = entry.topics() == null ? new String[0]
                : entry.topics().stream().sorted().map(Enum::name).toArray(String[]::new);
        call.summary = summary;
        call.contact = entry.anonymous() ? null : contact;
        call.recordedBy = by;
        call.recordedAt = now;
        return call;
    }

    /** A tip from the public form: a report of a suspected case by web form, its sender's address as a keyed hash. */
    static Call tip(String reference, long hotlineId, HotlineCommands.Tip tip, byte[] account, byte[] contact,
            String addressHash, Instant now) {
        Call call = new Call();
        call.reference = reference;
        call.hotlineId = hotlineId;
        call.channel = Channel.WEB_FORM;
        call.receivedAt = now;
        call.language = tip.language();
        call.callerType = CallerType.UNKNOWN;
        call.anonymous = contact == null;
        call.region = tip.region() == null ? null : tip.region().value();
        call.country = tip.country() == null ? null : tip.country().value();
        call.callType = CallType.SUSPECTED_CASE;
        call.topics = new String[0];
        call.summary = account;
        call.contact = contact;
        call.addressHash = addressHash;
        call.recordedBy = "public";
        call.recordedAt = now;
        return call;
    }

    /** Corrects the call's type and topics, until it is followed up. */
    void retype(CallType type, Set<Topic> topics) {
        if (type == null) {
            throw new InvalidFieldException("type", "hotline.error.required");
        }
        if (followedUp()) {
            throw new RuleViolationException("hotline.error.followed-up");
        }
        this.callType = type;
        this.topics = topics.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    /** The police were notified (once), of a request for help or a report of a suspected case. */
    void notified(PoliceNotice sent) {
        requireFollowUp();
        if (notice != null) {
            throw new RuleViolationException("hotline.error.already-notified");
        }
        this.notice = sent;
        this.followedUpAt = sent.notifiedAt();
    }

    /** The victim record made for the caller or the person reported. */
    void identified(String victimReference, Instant now) {
        requireFollowUp();
        if (this.victimReference != null) {
            throw new RuleViolationException("hotline.error.already-linked");
        }
        this.victimReference = victimReference;
        this.followedUpAt = now;
    }

    /** The referral it led to. */
    void referred(String referralReference, Instant now) {
        requireFollowUp();
        if (this.referralReference != null) {
            throw new RuleViolationException("hotline.error.already-linked");
        }
        this.referralReference = referralReference;
        this.followedUpAt = now;
    }

    /** No action, with the reason; only for a call not followed up otherwise. */
    void noAction(String reason, Instant now) {
        requireFollowUp();
        if (HotlineCommands.blank(reason)) {
            throw new InvalidFieldException("reason", "hotline.error.reason");
        }
        if (reason.strip().length() > HotlineCommands.REASON_LENGTH) {
            throw new InvalidFieldException("reason", "hotline.error.too-long");
        }
        if (followedUp()) {
            throw new RuleViolationException("hotline.error.followed-up");
        }
        this.noActionReason = reason.strip();
        this.followedUpAt = now;
    }

    private void requireFollowUp() {
        if (!callType.followedUp()) {
            throw new RuleViolationException("hotline.error.no-follow-up");
        }
        if (noActionReason != null) {
            throw new RuleViolationException("hotline.error.closed");
        }
    }

    /** Whether anything was done about it (the police, a victim record, a referral, no action). */
    boolean followedUp() {
        return notice != null || victimReference != null || referralReference != null || noActionReason != null;
    }

    /** What came of it so far. */
    Set<Outcome> outcomes(Instant now) {
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        if (notice != null) {
            outcomes.add(notice.answer() == null ? Outcome.POLICE_NOTIFIED
                    : notice.answer() == PoliceAnswer.REGISTERED ? Outcome.REGISTERED_IN_ERDR : Outcome.POLICE_REFUSED);
        }
        if (victimReference != null) {
            outcomes.add(Outcome.VICTIM_IDENTIFIED);
        }
        if (referralReference != null) {
            outcomes.add(Outcome.REFERRED);
        }
        if (noActionReason != null) {
            outcomes.add(Outcome.NO_ACTION);
        }
        return outcomes;
    }

    Long id() {
        return id;
    }

    String reference() {
        return reference;
    }

    long hotlineId() {
        return hotlineId;
    }

    Channel channel() {
        return channel;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    String language() {
        return language;
    }

    Integer durationSeconds() {
        return durationSeconds;
    }

    CallerType callerType() {
        return callerType;
    }

    boolean anonymous() {
        return anonymous;
    }

    RegionCode region() {
        return region == null ? null : RegionCode.of(region);
    }

    String country() {
        return country;
    }

    CallType type() {
        return callType;
    }

    Set<Topic> topics() {
        Set<Topic> set = EnumSet.noneOf(Topic.class);
        Arrays.stream(topics).map(Topic::valueOf).forEach(set::add);
        return set;
    }

    byte[] summary() {
        return summary;
    }

    byte[] contact() {
        return contact;
    }

    PoliceNotice notice() {
        return notice;
    }

    String victimReference() {
        return victimReference;
    }

    String referralReference() {
        return referralReference;
    }

    String noActionReason() {
        return noActionReason;
    }
}
