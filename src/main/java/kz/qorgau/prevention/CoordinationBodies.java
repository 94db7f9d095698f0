package kz.qorgau.prevention;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;

/**
 * The coordination bodies as read: the list with their members and tasks today, a body's page (its memberships over
 * time, its meetings with their tasks, each task's status as of today), and a year's bodies for the annual report.
 */
@Service
public class CoordinationBodies {

    /** A body in the list: members today, meetings held, its open tasks and how many of them are late. */
    public record Body(long id, BodyKind kind, String name, String lead, RegionCode region, LocalDate createdOn,
            int members, int meetings, int openTasks, int lateTasks) {
    }

    /** A membership: the organisation, the day it joined and the day it left (null while a member). */
    public record Member(long id, String organisation, LocalDate joinedOn, LocalDate leftOn) {

        public boolean current() {
            return leftOn == null;
        }
    }

    /** A follow-up task with its status as of today. */
    public record Task(long id, long meetingId, String task, String owner, LocalDate dueOn, TaskStatus status,
            LocalDate closedOn, String note) {
    }

    /** A meeting with its decisions' tasks. */
    public record Meeting(long id, LocalDate heldOn, String attendees, String agenda, String decisions,
            List<Task> tasks) {
    }

    /** A body's page. */
    public record Page(Body body, List<Member> members, List<Meeting> meetings) {

        public List<Member> currentMembers() {
            return members.stream().filter(Member::current).toList();
        }

        public List<Task> openTasks() {
            return meetings.stream().flatMap(meeting -> meeting.tasks().stream()).filter(task -> !task.status()
                    .closing()).toList();
        }
    }

    /**
     * A body in a year, for the report: its name in the reader's language, its kind and lead, the organisations that
     * were its members at some time in the year (alphabetically) and the meetings it held in the year.
     */
    public record OfYear(long id, BodyKind kind, String name, String lead, LocalDate createdOn, List<String> members,
            int meetings) {
    }

    private final JdbcClient jdbc;
    private final Today today;

    CoordinationBodies(JdbcClient jdbc, Today today) {
        this.jdbc = jdbc;
        this.today = today;
    }

    /** Every body: the national ones first, then by name. */
    @Requires(Permission.PREVENTION)
    @Transactional(readOnly = true)
    public List<Body> all(Locale locale) {
        return jdbc.sql(BODIES + " order by b.kind, b.name_ru").param(Date.valueOf(today.date())).query((rs,
                n) -> body(rs, locale)).list();
    }

    /** A body's page; not found when there is no such body. */
    @Requires(Permission.PREVENTION)
    @Transactional(readOnly = true)
    public Page page(long id, Locale locale) {
        LocalDate day = today.date();
        Body body = jdbc.sql(BODIES + " where b.id = ?").params(Date.valueOf(day), id).query((rs, n) -> body(rs,
                locale)).optional().orElseThrow(() -> new NotFoundException("coordination.error.not-found"));
        List<Member> members = jdbc.sql("select id, organisation, joined_on, left_on from prevention_body_member where"
                + " body_id = ? order by left_on nulls first, joined_on, organisation").param(id).query((rs,
                        n) -> new Member(rs.getLong("id"), rs.getString("organisation"), rs.getObject("joined_on",
                                LocalDate.class), rs.getObject("left_on", LocalDate.class))).list();
        Map<Long, List<Task>> tasks = new LinkedHashMap<>();
        jdbc.sql("select t.id, t.meeting_id, t.task, t.owner, t.due_on, t.closed_as, t.closed_on, t.close_note from"
                + " prevention_task t join prevention_meeting m on m.id = t.meeting_id where m.body_id = ? order by"
                + " t.due_on, t.id").param(id).query((rs, n) -> new Task(rs.getLong("id"), rs.getLong("meeting_id"),
                        rs.getString("task"), rs.getString("owner"), rs.getObject("due_on", LocalDate.class),
                        TaskStatus.of(rs.getString("closed_as"), rs.getObject("due_on", LocalDate.class), day), rs
                                .getObject("closed_on", LocalDate.class), rs.getString("close_note"))).list().forEach(
                                        task -> tasks.computeIfAbsent(task.meetingId(), k -> new ArrayList<>()).add(
                                                task));
        List<Meeting> meetings = jdbc.sql("select id, held_on, attendees, agenda, decisions from prevention_meeting"
                + " where body_id = ? order by held_on desc, id desc").param(id).query((rs, n) -> new Meeting(rs
                        .getLong("id"), rs.getObject("held_on", LocalDate.class), rs.getString("attendees"), rs
                                .getString("agenda"), rs.getString("decisions"), tasks.getOrDefault(rs.getLong("id"),
                                        List.of()))).list();
        return new Page(body, members, meetings);
    }

    /**
     * The bodies that existed in the year (created by its end), with the organisations that were members at some time
     * in it and the meetings held in it; names in the reader's language (Russian where none was given).
     */
    @Requires(Permission.PREVENTION)
    @Transactional(readOnly = true)
    public List<OfYear> ofYear(int year, Locale locale) {
        Date first = Date.valueOf(LocalDate.of(year, 1, 1));
        Date last = Date.valueOf(LocalDate.of(year, 12, 31));
        return jdbc.sql("select b.id, b.kind, b.name_ru, b.name_kk, b.name_en, b.lead, b.created_on, (select count(*)"
                + " from prevention_meeting m where m.body_id = b.id and m.held_on between ? and ?) as meetings,"
                + " array(select distinct o.organisation from prevention_body_member o where o.body_id = b.id and"
                + " o.joined_on <= ? and (o.left_on is null or o.left_on >= ?) order by o.organisation) as members"
                + " from prevention_body b where b.created_on <= ? order by b.kind, b.name_ru").params(first, last,
                        last, first, last).query((rs, n) -> new OfYear(rs.getLong("id"), BodyKind.valueOf(rs
                                .getString("kind")), name(rs, locale), rs.getString("lead"), rs.getObject("created_on",
                                        LocalDate.class), List.of((String[]) rs.getArray("members").getArray()), rs
                                                .getInt("meetings"))).list();
    }

    private static final String BODIES = "select b.id, b.kind, b.name_ru, b.name_kk, b.name_en, b.lead, b.region,"
            + " b.created_on, (select count(*) from prevention_body_member o where o.body_id = b.id and o.left_on is"
            + " null) as members, (select count(*) from prevention_meeting m where m.body_id = b.id) as meetings,"
            + " (select count(*) from prevention_task t join prevention_meeting m on m.id = t.meeting_id where"
            + " m.body_id = b.id and t.closed_as is null) as open_tasks, (select count(*) from prevention_task t join"
            + " prevention_meeting m on m.id = t.meeting_id where m.body_id = b.id and t.closed_as is null and"
            + " t.due_on < ?) as late_tasks from prevention_body b";

    private static Body body(ResultSet rs, Locale locale) throws SQLException {
        String region = rs.getString("region");
        return new Body(rs.getLong("id"), BodyKind.valueOf(rs.getString("kind")), name(rs, locale), rs.getString(
                "lead"), region == null ? null : RegionCode.of(region), rs.getObject("created_on", LocalDate.class), rs
                        .getInt("members"), rs.getInt("meetings"), rs.getInt("open_tasks"), rs.getInt("late_tasks"));
    }

    /** The name in the reader's language, Russian where it was not given in that language. */
    static String name(ResultSet rs, Locale locale) throws SQLException {
        return Translated.in(locale, rs.getString("name_ru"), rs.getString("name_kk"), rs.getString("name_en"));
    }
}
