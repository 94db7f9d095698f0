package kz.qorgau.hotline;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.cases.PoliceNotice;
import kz.qorgau.cases.PoliceNotices;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;

/**
 * The police's side of the hotline: the calls the hotline notified the user's unit of (a supervisor, those of the
 * calls of their regions), awaiting the answer and overdue first; a notified call as the hotline sent it; and the
 * unit's answer by the rule of every notification to the police: registered in ERDR (the case named) or refused.
 */
@Service
public class CallNotifications {

    /** Which notifications to list. */
    public enum Filter {
        AWAITING, OVERDUE, ANSWERED, ALL;

        String sql() {
            return switch (this) {
                case AWAITING -> "c.answer is null";
                case OVERDUE -> PoliceNotice.overdueSql("c");
                case ANSWERED -> "c.answer is not null";
                case ALL -> "true";
            };
        }
    }

    /** How many notifications await the user's answer, and how many of them are overdue. */
    public record Awaiting(long awaiting, long overdue) {
    }

    private final Calls calls;
    private final HotlineScope scope;
    private final PoliceNotices police;
    private final CallLog log;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    CallNotifications(Calls calls, HotlineScope scope, PoliceNotices police, CallLog log, JdbcClient jdbc,
            AuditTrail audit, Clock clock) {
        this.calls = calls;
        this.scope = scope;
        this.police = police;
        this.log = log;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Requires(Permission.HOTLINE_NOTIFICATIONS)
    @Transactional(readOnly = true)
    public PageResponse<HotlineViews.NotificationRow> page(Filter filter, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        Instant now = clock.instant();
        String where = scope.notificationsSql(user) + " and " + filter.sql();
        long total = jdbc.sql("select count(*) from hotline_call c where " + where).param("now", Timestamp.from(now))
                .query(Long.class).single();
        List<HotlineViews.NotificationRow> rows = jdbc.sql("select c.id, c.reference, c.notified_at, c.due_at, "
                + PoliceNotice.stateSql("c") + " as state, c.police_unit_id, c.region, c.call_type from hotline_call c"
                + " where " + where + " order by c.answer is not null, case when c.answer is null then c.due_at end,"
                + " c.answered_at desc, c.id desc limit :limit offset :offset").param("now", Timestamp.from(now))
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset()).query((rs,
                        n) -> new HotlineViews.NotificationRow(rs.getLong("id"), rs.getString("reference"), rs
                                .getTimestamp("notified_at").toInstant(), rs.getTimestamp("due_at").toInstant(),
                                PoliceNotice.State.valueOf(rs.getString("state")), rs.getLong("police_unit_id"),
                                region(rs.getString("region")), CallType.valueOf(rs.getString("call_type")))).list();
        return PageResponse.of(rows, pageable, total);
    }

    /** The notified call as the police read it; the reading audited. */
    @Requires(Permission.HOTLINE_NOTIFICATIONS)
    @Transactional
    public HotlineViews.NotificationPage notification(long callId) {
        QorgauUser user = QorgauUser.required();
        Call call = load(callId, user);
        audit.record(AuditEvent.of("HOTLINE_NOTIFICATION_READ", "call", callId));
        HotlineViews.Notice notice = log.notice(call, clock.instant());
        return new HotlineViews.NotificationPage(call.id(), call.reference(), call.receivedAt(), call.channel(), call
                .region(), call.country(), call.type(), call.topics(), log.open(call.summary(), call.hotlineId()), log
                        .open(call.contact(), call.hotlineId()), notice, call.notice().answer() == null && PoliceNotices
                                .answers(user, call.notice()));
    }

    /** The unit answers: registered in ERDR under the number given, a case the user may see. */
    @Requires(Permission.HOTLINE_NOTIFICATIONS)
    @Transactional
    public void registered(long callId, String erdrNumber) {
        Call call = load(callId, QorgauUser.required());
        police.registered(call.notice(), erdrNumber, clock.instant());
        calls.save(call);
        audit.record(AuditEvent.of("HOTLINE_NOTIFICATION_REGISTERED", "call", callId).with("case", call.notice()
                .caseId()));
    }

    /** The unit answers: refused, with the reason. */
    @Requires(Permission.HOTLINE_NOTIFICATIONS)
    @Transactional
    public void refused(long callId, String reason) {
        Call call = load(callId, QorgauUser.required());
        police.refused(call.notice(), reason, clock.instant());
        calls.save(call);
        audit.record(AuditEvent.of("HOTLINE_NOTIFICATION_REFUSED", "call", callId));
    }

    @Requires(Permission.HOTLINE_NOTIFICATIONS)
    @Transactional(readOnly = true)
    public Awaiting awaiting() {
        return jdbc.sql("select count(*), count(*) filter (where c.due_at < :now) from hotline_call c where"
                + " c.answer is null and " + scope.notificationsSql(QorgauUser.required())).param("now", Timestamp
                        .from(clock.instant())).query((rs, n) -> new Awaiting(rs.getLong(1), rs.getLong(2))).single();
    }

    private Call load(long callId, QorgauUser user) {
        return calls.findById(callId).filter(call -> scope.answers(user, call)).orElseThrow(
                () -> new NotFoundException("hotline.error.not-found"));
    }

    private static RegionCode region(String code) {
        return code == null ? null : RegionCode.of(code);
    }
}
