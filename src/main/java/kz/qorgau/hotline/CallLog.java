package kz.qorgau.hotline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.cases.CaseOutcomes;
import kz.qorgau.cases.PoliceAnswer;
import kz.qorgau.cases.PoliceNotice;
import kz.qorgau.cases.PoliceNotices;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RandomReference;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.system.References;

/**
 * The hotline's log, for its operators: a call logged in full or, when it is counted apart (a wrong number, silence,
 * spam, abuse), with its type alone; the calls of the user's hotline, those awaiting a follow-up first where asked; a
 * call with what was said; and its follow-up: the police notified (by the rule of every notification to the police),
 * the victim record and the referral it led to (records the operator may open, named by reference), or no action and
 * why. Every step is audited; what was said and the contact never leave the call's pages.
 */
@Service
public class CallLog {

    /** Which calls to list. */
    public enum Filter {
        /** Every call, latest first. */
        ALL,
        /** Requests for help and reports of suspected cases not followed up yet, oldest first. */
        AWAITING,
        /** Calls of the types counted apart. */
        NOISE;

        String sql() {
            return switch (this) {
                case ALL -> "true";
                case AWAITING -> AWAITING_SQL;
                case NOISE -> "c.call_type in ('WRONG_NUMBER', 'SILENT', 'SPAM', 'ABUSIVE')";
            };
        }
    }

    /** A call that awaits its follow-up, in SQL over {@code hotline_call c}. */
    static final String AWAITING_SQL = "c.call_type in ('HELP_REQUEST', 'SUSPECTED_CASE') and c.police_unit_id is null"
            + " and c.victim_reference is null and c.referral_reference is null and c.no_action_reason is null";

    private final Calls calls;
    private final HotlineScope scope;
    private final PoliceNotices police;
    private final CaseOutcomes cases;
    private final References references;
    private final FieldEncryption encryption;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final AuditTrail audit;
    private final Clock clock;

    CallLog(Calls calls, HotlineScope scope, PoliceNotices police, CaseOutcomes cases, References references,
            FieldEncryption encryption, JdbcClient jdbc, JdbcTemplate batch, AuditTrail audit, Clock clock) {
        this.calls = calls;
        this.scope = scope;
        this.police = police;
        this.cases = cases;
        this.references = references;
        this.encryption = encryption;
        this.jdbc = jdbc;
        this.batch = batch;
        this.audit = audit;
        this.clock = clock;
    }

    /** Logs a call of the user's hotline; answers its id. */
    @Requires(Permission.HOTLINE)
    @Transactional
    public long log(HotlineCommands.CallEntry entry) {
        QorgauUser user = QorgauUser.required();
        long hotline = user.organisationId();
        Call call = calls.save(Call.logged(RandomReference.unused('H', calls::existsByReference), hotline, entry, seal(
                entry.summary(), hotline), entry.anonymous() ? null : seal(entry.contact(), hotline), user
                        .getUsername(), clock.instant()));
        audit.record(AuditEvent.of("HOTLINE_CALL_LOGGED", "call", call.id()).with("type", call.type()).with(
                "channel", call.channel()));
        return call.id();
    }

    /**
     * Calls taken earlier (a hotline's records from before Qorgau), logged together with the times they came; a request
     * or a report among them is closed with the note given (what was done then is not in Qorgau). One audit entry for
     * all. Answers how many were logged.
     */
    @Requires(Permission.HOTLINE)
    @Transactional
    public int logEarlier(List<HotlineCommands.CallEntry> entries, String closedWith) {
        QorgauUser user = QorgauUser.required();
        long hotline = user.organisationId();
        Instant now = clock.instant();
        List<Call> logged = new ArrayList<>(entries.size());
        for (HotlineCommands.CallEntry entry : entries) {
            if (entry.receivedAt() == null) {
                throw new IllegalArgumentException("an earlier call states when it came");
            }
            Call call = Call.logged(RandomReference.next('H'), hotline, entry, seal(entry.summary(), hotline), entry
                    .anonymous() ? null : seal(entry.contact(), hotline), user.getUsername(), now);
            if (call.type().followedUp()) {
                call.noAction(closedWith, call.receivedAt());
            }
            logged.add(call);
        }
        // in batches: a hotline's year of records is thousands of rows
        batch.batchUpdate("insert into hotline_call (reference, hotline_id, channel, received_at, language,"
                + " duration_seconds, caller_type, anonymous, region, country, call_type, topics, summary, contact,"
                + " recorded_by, recorded_at, no_action_reason, followed_up_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?)", logged, 1_000, (statement, call) -> {
                    statement.setString(1, call.reference());
                    statement.setLong(2, call.hotlineId());
                    statement.setString(3, call.channel().name());
                    statement.setTimestamp(4, Timestamp.from(call.receivedAt()));
                    statement.setString(5, call.language());
                    statement.setObject(6, call.durationSeconds(), Types.INTEGER);
                    statement.setString(7, call.callerType().name());
                    statement.setBoolean(8, call.anonymous());
                    statement.setString(9, call.region() == null ? null : call.region().value());
                    statement.setString(10, call.country());
                    statement.setString(11, call.type().name());
                    statement.setArray(12, statement.getConnection().createArrayOf("varchar", call.topics().stream()
                            .map(Enum::name).toArray()));
                    statement.setBytes(13, call.summary());
                    statement.setBytes(14, call.contact());
                    statement.setString(15, user.getUsername());
                    statement.setTimestamp(16, Timestamp.from(now));
                    statement.setString(17, call.noActionReason());
                    statement.setTimestamp(18, call.noActionReason() == null ? null : Timestamp.from(call
                            .receivedAt()));
                });
        audit.record(AuditEvent.of("HOTLINE_CALLS_ENTERED", "organisation", hotline).with("calls", logged.size()));
        return logged.size();
    }

    /** Corrects a call's type and topics until it is followed up (a web tip that proves spam). */
    @Requires(Permission.HOTLINE)
    @Transactional
    public void retype(long id, CallType type, Set<Topic> topics) {
        Call call = load(id);
        call.retype(type, topics);
        calls.save(call);
        audit.record(AuditEvent.of("HOTLINE_CALL_RETYPED", "call", id).with("type", type));
    }

    /** Notifies a police unit of the call's region of the request or report, by the rule of every notification. */
    @Requires(Permission.HOTLINE)
    @Transactional
    public void notifyPolice(long id, Long policeUnitId) {
        Call call = load(id);
        PoliceNotice notice = police.send(policeUnitId, call.region(),
                clock.instant(), call.receivedAt());
        call.notified(notice);
        calls.save(call);
        audit.record(AuditEvent.of("HOTLINE_POLICE_NOTIFIED", "call", id).with("unit", notice.policeUnitId()).with(
                "due", notice.dueAt()));
    }

    /** Names the victim record made for the caller or the person reported: one the operator may open. */
    @Requires(Permission.HOTLINE)
    @Transactional
    public void identified(long id, String victimReference) {
        Call call = load(id);
        call.identified(opened(victimReference, "victimReference", "/victims/"), clock.instant());
        calls.save(call);
        audit.record(AuditEvent.of("HOTLINE_VICTIM_LINKED", "call", id));
    }

    /** Names the referral the call led to: one the operator may open. */
    @Requires(Permission.HOTLINE)
    @Transactional
    public void referred(long id, String referralReference) {
        Call call = load(id);
        call.referred(opened(referralReference, "referralReference", "/referrals/"), clock.instant());
        calls.save(call);
        audit.record(AuditEvent.of("HOTLINE_REFERRAL_LINKED", "call", id));
    }

    /** Closes a request or a report without action, with the reason. */
    @Requires(Permission.HOTLINE)
    @Transactional
    public void noAction(long id, String reason) {
        Call call = load(id);
        call.noAction(reason, clock.instant());
        calls.save(call);
        audit.record(AuditEvent.of("HOTLINE_NO_ACTION", "call", id));
    }

    private String opened(String reference, String field, String pages) {
        String typed = References.normalised(reference);
        if (typed.isEmpty()) {
            throw new InvalidFieldException(field, "hotline.error.required");
        }
        return references.open(typed).filter(page -> page.startsWith(pages)).map(page -> typed).orElseThrow(
                () -> new InvalidFieldException(field, "hotline.error.reference"));
    }

    /** The calls of the user's hotline, by the filter. */
    @Requires(Permission.HOTLINE)
    @Transactional(readOnly = true)
    public PageResponse<HotlineViews.CallRow> page(Filter filter, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        String where = scope.callsSql(user) + " and " + filter.sql();
        long total = jdbc.sql("select count(*) from hotline_call c where " + where).query(Long.class).single();
        String order = filter == Filter.AWAITING ? "c.received_at, c.id" : "c.received_at desc, c.id desc";
        List<HotlineViews.CallRow> rows = jdbc.sql("select c.id, c.reference, c.received_at, c.channel, c.call_type,"
                + " c.caller_type, c.region, c.duration_seconds, c.answer, c.police_unit_id, c.victim_reference,"
                + " c.referral_reference, c.no_action_reason, " + AWAITING_SQL
                + " as awaiting from hotline_call c where "
                + where + " order by " + order + " limit :limit offset :offset").param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset()).query(this::row).list();
        return PageResponse.of(rows, pageable, total);
    }

    private HotlineViews.CallRow row(ResultSet rs, int n) throws SQLException {
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        if (rs.getObject("police_unit_id") != null) {
            String answer = rs.getString("answer");
            outcomes.add(answer == null ? Outcome.POLICE_NOTIFIED
                    : PoliceAnswer.valueOf(answer) == PoliceAnswer.REGISTERED ? Outcome.REGISTERED_IN_ERDR
                    : Outcome.POLICE_REFUSED);
        }
        if (rs.getString("victim_reference") != null) {
            outcomes.add(Outcome.VICTIM_IDENTIFIED);
        }
        if (rs.getString("referral_reference") != null) {
            outcomes.add(Outcome.REFERRED);
        }
        if (rs.getString("no_action_reason") != null) {
            outcomes.add(Outcome.NO_ACTION);
        }
        return new HotlineViews.CallRow(rs.getLong("id"), rs.getString("reference"), rs.getTimestamp("received_at")
                .toInstant(), Channel.valueOf(rs.getString("channel")), CallType.valueOf(rs.getString("call_type")),
                CallerType.valueOf(rs.getString("caller_type")), region(rs.getString("region")), (Integer) rs.getObject(
                        "duration_seconds"), outcomes, rs.getBoolean("awaiting"));
    }

    /** The call, for an operator of its hotline; what was said opened, and the reading audited. */
    @Requires(Permission.HOTLINE)
    @Transactional
    public HotlineViews.CallPage call(long id) {
        Call call = load(id);
        audit.record(AuditEvent.of("HOTLINE_CALL_READ", "call", id));
        String victimPage = call.victimReference() == null ? null : references.open(call.victimReference()).orElse(
                null);
        String referralPage = call.referralReference() == null ? null : references.open(call.referralReference())
                .orElse(null);
        Instant now = clock.instant();
        boolean open = call.type().followedUp() && call.noActionReason() == null;
        return new HotlineViews.CallPage(call.id(), call.reference(), call.receivedAt(), call.channel(), call
                .language(), call.durationSeconds(), call.callerType(), call.anonymous(), call.region(), call.country(),
                call.type(), call.topics(), open(call.summary(), call.hotlineId()), open(call.contact(), call
                        .hotlineId()), notice(call, now), call.victimReference(), victimPage, call.referralReference(),
                referralPage, call.noActionReason(), call.outcomes(now), open, !call.followedUp());
    }

    HotlineViews.Notice notice(Call call, Instant now) {
        PoliceNotice notice = call.notice();
        return notice == null ? null
                : new HotlineViews.Notice(notice.policeUnitId(), notice.notifiedAt(), notice.dueAt(), notice.state(now),
                        notice.caseId() == null ? null : cases.of(notice.caseId()).orElse(null), notice
                                .refusalReason(), notice.answeredAt());
    }

    /** How many requests and reports of the user's hotline await their follow-up. */
    @Requires(Permission.HOTLINE)
    @Transactional(readOnly = true)
    public long awaiting() {
        return jdbc.sql("select count(*) from hotline_call c where " + scope.callsSql(QorgauUser.required()) + " and "
                + AWAITING_SQL).query(Long.class).single();
    }

    private Call load(long id) {
        QorgauUser user = QorgauUser.required();
        return calls.findById(id).filter(call -> scope.operates(user, call)).orElseThrow(() -> new NotFoundException(
                "hotline.error.not-found"));
    }

    private byte[] seal(String text, long hotline) {
        return HotlineCommands.blank(text) ? null : encryption.encrypt(text.strip(), context(hotline));
    }

    String open(byte[] sealed, long hotline) {
        return sealed == null ? null : encryption.decrypt(sealed, context(hotline));
    }

    static String context(long hotline) {
        return "hotline.call/" + hotline;
    }

    private static RegionCode region(String code) {
        return code == null ? null : RegionCode.of(code);
    }
}
