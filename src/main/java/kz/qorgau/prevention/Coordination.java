package kz.qorgau.prevention;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Today;

/**
 * The coordination bodies' records: a body created, organisations joining and leaving it on dated days (one membership
 * of an organisation at a time, never before the body existed), its meetings and the follow-up tasks of their
 * decisions, closed as done or dropped (with a reason) on a day not before the meeting. Every change is audited
 * against the body. Read them with {@link CoordinationBodies}.
 */
@Service
public class Coordination {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final Today today;

    Coordination(JdbcClient jdbc, AuditTrail audit, Clock clock, Today today) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.today = today;
    }

    /** Creates a body; answers its id. */
    @Requires(Permission.PREVENTION)
    @Transactional
    public long create(CoordinationCommands.NewBody body) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(body.errors(today.date()));
        long id = jdbc.sql("insert into prevention_body (kind, name_ru, name_kk, name_en, lead, region, created_on,"
                + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id").params(body.kind()
                        .name(), body.nameRu().strip(), Errors.strip(body.nameKk()), Errors.strip(body.nameEn()), body
                                .lead().strip(), body.region() == null ? null : body.region().value(), Date.valueOf(
                                        body.createdOn()), user.getUsername(), now()).query(Long.class).single();
        audit.record(AuditEvent.of("COORDINATION_BODY_CREATED", "coordination", id).with("kind", body.kind()).with(
                "createdOn", body.createdOn()));
        return id;
    }

    /** An organisation joins the body; refused while it is a member, or before the body was created. */
    @Requires(Permission.PREVENTION)
    @Transactional
    public long join(long bodyId, CoordinationCommands.Join join) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(join.errors(today.date()));
        LocalDate created = created(bodyId);
        if (join.joinedOn().isBefore(created)) {
            throw new InvalidFieldException("joinedOn", "coordination.error.before-body");
        }
        String organisation = join.organisation().strip();
        // a membership that has not ended, or that ended on or after the new join: the organisation is a member then
        boolean member = jdbc.sql("select count(*) > 0 from prevention_body_member where body_id = ? and lower("
                + "organisation) = lower(?) and (left_on is null or left_on > ?)").params(bodyId, organisation, Date
                        .valueOf(join.joinedOn())).query(Boolean.class).single();
        if (member) {
            throw new InvalidFieldException("organisation", "coordination.error.already-member");
        }
        long id = jdbc.sql("insert into prevention_body_member (body_id, organisation, joined_on, recorded_by,"
                + " recorded_at) values (?, ?, ?, ?, ?) returning id").params(bodyId, organisation, Date.valueOf(join
                        .joinedOn()), user.getUsername(), now()).query(Long.class).single();
        audit.record(AuditEvent.of("COORDINATION_MEMBER_JOINED", "coordination", bodyId).with("membership", id).with(
                "joinedOn", join.joinedOn()));
        return id;
    }

    /** A member leaves the body on a day not before it joined. */
    @Requires(Permission.PREVENTION)
    @Transactional
    public void leave(long bodyId, CoordinationCommands.Leave leave) {
        QorgauUser.required();
        InvalidFieldException.refuseFirst(leave.errors(today.date()));
        record Membership(LocalDate joinedOn, LocalDate leftOn) {
        }
        Membership membership = jdbc.sql("select joined_on, left_on from prevention_body_member where id = ? and"
                + " body_id = ? for update").params(leave.membership(), bodyId).query((rs, n) -> new Membership(rs
                        .getObject("joined_on", LocalDate.class), rs.getObject("left_on", LocalDate.class))).optional()
                .orElseThrow(() -> new InvalidFieldException("membership", "coordination.error.no-member"));
        if (membership.leftOn() != null) {
            throw new InvalidFieldException("membership", "coordination.error.left");
        }
        if (leave.leftOn().isBefore(membership.joinedOn())) {
            throw new InvalidFieldException("leftOn", "coordination.error.left-before-join");
        }
        jdbc.sql("update prevention_body_member set left_on = ? where id = ?").params(Date.valueOf(leave.leftOn()),
                leave.membership()).update();
        audit.record(AuditEvent.of("COORDINATION_MEMBER_LEFT", "coordination", bodyId).with("membership", leave
                .membership()).with("leftOn", leave.leftOn()));
    }

    /** Records a meeting of the body, held on a day since the body was created; answers its id. */
    @Requires(Permission.PREVENTION)
    @Transactional
    public long meet(long bodyId, CoordinationCommands.Meeting meeting) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(meeting.errors(today.date()));
        if (meeting.heldOn().isBefore(created(bodyId))) {
            throw new InvalidFieldException("heldOn", "coordination.error.before-body");
        }
        long id = jdbc.sql(
                "insert into prevention_meeting (body_id, held_on, attendees, agenda, decisions, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?) returning id").params(bodyId, Date.valueOf(meeting
                                .heldOn()), meeting.attendees().strip(), meeting.agenda().strip(), meeting.decisions()
                                        .strip(),
                                user.getUsername(), now()).query(Long.class).single();
        audit.record(AuditEvent.of("COORDINATION_MEETING_RECORDED", "coordination", bodyId).with("meeting", id).with(
                "heldOn", meeting.heldOn()));
        return id;
    }

    /** Gives a meeting's decision a follow-up task, due no earlier than the meeting; answers its id. */
    @Requires(Permission.PREVENTION)
    @Transactional
    public long assign(long bodyId, CoordinationCommands.Task task) {
        QorgauUser user = QorgauUser.required();
        InvalidFieldException.refuseFirst(task.errors());
        LocalDate heldOn = jdbc.sql("select held_on from prevention_meeting where id = ? and body_id = ?").params(task
                .meeting(), bodyId).query(LocalDate.class).optional().orElseThrow(() -> new InvalidFieldException(
                        "meeting", "coordination.error.no-meeting"));
        if (task.dueOn().isBefore(heldOn)) {
            throw new InvalidFieldException("dueOn", "coordination.error.due-before-meeting");
        }
        long id = jdbc.sql("insert into prevention_task (meeting_id, task, owner, due_on, recorded_by, recorded_at)"
                + " values (?, ?, ?, ?, ?, ?) returning id").params(task.meeting(), task.task().strip(), task.owner()
                        .strip(), Date.valueOf(task.dueOn()), user.getUsername(), now()).query(Long.class).single();
        audit.record(AuditEvent.of("COORDINATION_TASK_ASSIGNED", "coordination", bodyId).with("task", id).with(
                "dueOn", task.dueOn()));
        return id;
    }

    /** Closes an open task as done or dropped (with its reason), on a day since its meeting. */
    @Requires(Permission.PREVENTION)
    @Transactional
    public void close(long bodyId, CoordinationCommands.Closing closing) {
        QorgauUser.required();
        InvalidFieldException.refuseFirst(closing.errors(today.date()));
        record Open(String closedAs, LocalDate heldOn) {
        }
        Open task = jdbc.sql("select t.closed_as, m.held_on from prevention_task t join prevention_meeting m on"
                + " m.id = t.meeting_id where t.id = ? and m.body_id = ? for update of t").params(closing.task(),
                        bodyId).query((rs, n) -> new Open(rs.getString("closed_as"), rs.getObject("held_on",
                                LocalDate.class))).optional().orElseThrow(() -> new InvalidFieldException("closeTask",
                                        "coordination.error.no-task"));
        if (task.closedAs() != null) {
            throw new RuleViolationException("coordination.error.closed");
        }
        if (closing.closedOn().isBefore(task.heldOn())) {
            throw new InvalidFieldException("closedOn", "coordination.error.closed-before-meeting");
        }
        jdbc.sql("update prevention_task set closed_as = ?, closed_on = ?, close_note = ? where id = ?").params(closing
                .closedAs().name(), Date.valueOf(closing.closedOn()), Errors.strip(closing.note()), closing.task())
                .update();
        audit.record(AuditEvent.of("COORDINATION_TASK_CLOSED", "coordination", bodyId).with("task", closing.task())
                .with("closedAs", closing.closedAs()).with("closedOn", closing.closedOn()));
    }

    private LocalDate created(long bodyId) {
        return jdbc.sql("select created_on from prevention_body where id = ?").param(bodyId).query(LocalDate.class)
                .optional().orElseThrow(() -> new NotFoundException("coordination.error.not-found"));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
