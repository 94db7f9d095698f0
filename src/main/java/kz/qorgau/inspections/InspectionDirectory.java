package kz.qorgau.inspections;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.cases.CaseOutcomes;
import kz.qorgau.cases.PoliceNotice;
import kz.qorgau.cases.PoliceNotices;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.SqlLike;
import kz.qorgau.victims.TraffickingStatus;

/**
 * The inspections and notifications as their readers see them: an inspectorate its inspections, a police unit the
 * notifications addressed to it (a supervisor those of the inspections in their regions). Lists are SQL with the
 * reach as one predicate ({@link InspectionScope}); a record out of reach does not exist.
 */
@Service
@Transactional(readOnly = true)
public class InspectionDirectory {

    /** Which notifications to list. */
    public enum NotificationFilter {
        /** Not answered yet, overdue first. */
        AWAITING,
        /** Not answered and past the deadline. */
        OVERDUE,
        ANSWERED,
        ALL;

        String sql() {
            return switch (this) {
                case AWAITING -> "n.answer is null";
                case OVERDUE -> PoliceNotice.overdueSql("n");
                case ANSWERED -> "n.answer is not null";
                case ALL -> "true";
            };
        }
    }

    private static final String STATE = "case when n.id is null then 'NONE' else " + PoliceNotice.stateSql("n")
            + " end";

    private final JdbcClient jdbc;
    private final Inspections inspections;
    private final PoliceNotifications notifications;
    private final InspectionScope scope;
    private final CaseOutcomes cases;
    private final Clock clock;

    InspectionDirectory(JdbcClient jdbc, Inspections inspections, PoliceNotifications notifications,
            InspectionScope scope, CaseOutcomes cases, Clock clock) {
        this.jdbc = jdbc;
        this.inspections = inspections;
        this.notifications = notifications;
        this.scope = scope;
        this.cases = cases;
        this.clock = clock;
    }

    /** The inspectorate's inspections, latest first, by a reference, BIN or part of the employer's name. */
    @Requires(Permission.INSPECTIONS)
    public PageResponse<InspectionViews.InspectionListItem> list(InspectionCommands.Search search,
            Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        String text = InspectionCommands.blank(search.text()) ? null : search.text().strip();
        String where = scope.inspectionsSql(user)
                + " and (cast(:text as text) is null or i.employer_name ilike :pattern or i.reference = upper(:text)"
                + " or i.employer_bin = regexp_replace(:text, '[\\s-]', '', 'g'))"
                + " and (cast(:year as integer) is null or extract(year from i.started_on) = :year)"
                + " and (cast(:region as text) is null or i.region = :region)"
                + " and (not :indicatorsOnly or cardinality(i.ilo_indicators) > 0)";
        Instant now = clock.instant();
        long total = jdbc.sql("select count(*) from inspections_inspection i where " + where).param("text", text)
                .param("pattern", text == null ? null : SqlLike.containing(text)).param("year", search.year())
                .param("region", search.region() == null ? null : search.region().value())
                .param("indicatorsOnly", search.indicatorsOnly()).query(Long.class).single();
        List<InspectionViews.InspectionListItem> items = jdbc.sql("select i.id, i.reference, i.started_on,"
                + " i.employer_name, i.employer_bin, i.site, i.region, i.remote, i.announced, i.workers,"
                + " i.workers_foreign, cardinality(i.ilo_indicators) as indicators, " + STATE + " as state"
                + " from inspections_inspection i left join inspections_notification n on n.inspection_id = i.id"
                + " where " + where + " order by i.started_on desc, i.id desc limit :limit offset :offset")
                .param("text", text).param("pattern", text == null ? null : SqlLike.containing(text))
                .param("year", search.year()).param("region", search.region() == null ? null : search.region()
                        .value())
                .param("indicatorsOnly", search.indicatorsOnly()).param("now", Timestamp.from(now))
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new InspectionViews.InspectionListItem(rs.getLong("id"), rs.getString("reference"),
                        rs.getObject("started_on", LocalDate.class), rs.getString("employer_name"), rs
                                .getString("employer_bin"), InspectionSite.valueOf(rs.getString("site")),
                        new RegionCode(rs.getString("region")), rs.getBoolean("remote"), rs.getBoolean("announced"), rs
                                .getInt("workers"), rs.getInt("workers_foreign"), rs.getInt("indicators"),
                        InspectionViews.NotificationState.valueOf(rs.getString("state"))))
                .list();
        return PageResponse.of(items, pageable, total);
    }

    /** The inspection, to its inspectorate, with its notification and the case it became. */
    @Requires(Permission.INSPECTIONS)
    public InspectionViews.InspectionView get(long id) {
        QorgauUser user = QorgauUser.required();
        Inspection inspection = inspections.findById(id).filter(found -> scope.inspects(user, found))
                .orElseThrow(() -> new NotFoundException("inspection.error.not-found"));
        Optional<PoliceNotification> notification = notifications.findByInspectionId(id);
        return view(inspection, notification.map(found -> view(found, inspection, false)).orElse(null),
                notification.isEmpty() && inspection.indicatorsFound(), screenings(id));
    }

    /** The workers screened at the inspection, in the order screened. */
    private List<InspectionViews.ScreenedWorker> screenings(long inspectionId) {
        return jdbc.sql("select victim_id, victim_reference, screened_on, decision from inspections_screening"
                + " where inspection_id = ? order by screened_on, recorded_at").param(inspectionId)
                .query((rs, n) -> new InspectionViews.ScreenedWorker(rs.getLong("victim_id"), rs.getString(
                        "victim_reference"), rs.getObject("screened_on", LocalDate.class), TraffickingStatus.valueOf(rs
                                .getString("decision")))).list();
    }

    /** The notifications the user reaches, by the filter: the oldest deadline first while awaiting an answer. */
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    public PageResponse<InspectionViews.NotificationListItem> notifications(NotificationFilter filter,
            Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        String where = scope.notificationsSql(user) + " and " + filter.sql();
        Instant now = clock.instant();
        long total = jdbc.sql("select count(*) from inspections_notification n join inspections_inspection i"
                + " on i.id = n.inspection_id where " + where).param("now", Timestamp.from(now)).query(Long.class)
                .single();
        List<InspectionViews.NotificationListItem> items = jdbc.sql("select n.id, n.inspection_id, i.reference,"
                + " i.employer_name, i.site, i.region, i.started_on, cardinality(i.ilo_indicators) as indicators,"
                + " n.police_unit_id, n.notified_at, n.due_at, " + STATE + " as state, c.erdr_number"
                + " from inspections_notification n join inspections_inspection i on i.id = n.inspection_id"
                + " left join cases_case c on c.id = n.case_id where " + where
                + " order by n.answer is not null, case when n.answer is null then n.due_at end,"
                + " n.answered_at desc, n.id desc limit :limit offset :offset").param("now", Timestamp.from(now))
                .param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> new InspectionViews.NotificationListItem(rs.getLong("id"), rs.getLong(
                        "inspection_id"), rs.getString("reference"), rs.getString("employer_name"), InspectionSite
                                .valueOf(rs.getString("site")), new RegionCode(rs.getString("region")), rs
                                        .getObject("started_on", LocalDate.class), rs.getInt(
                                                "indicators"), rs.getLong("police_unit_id"), instant(rs,
                                                        "notified_at"), instant(rs, "due_at"),
                        InspectionViews.NotificationState.valueOf(rs.getString("state")), rs.getString(
                                "erdr_number")))
                .list();
        return PageResponse.of(items, pageable, total);
    }

    /** The notification with the inspection it is about, to the unit it is addressed to or a supervisor over it. */
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    public InspectionViews.NotificationPage notification(long id) {
        QorgauUser user = QorgauUser.required();
        PoliceNotification notification = notifications.findById(id).orElseThrow(() -> new NotFoundException(
                "inspection.error.notification-not-found"));
        Inspection inspection = inspections.findById(notification.inspectionId()).orElseThrow();
        if (!scope.answers(user, notification, inspection)) {
            throw new NotFoundException("inspection.error.notification-not-found");
        }
        InspectionViews.NotificationView view = view(notification, inspection, notification.notice().answer() == null
                && PoliceNotices.answers(user, notification.notice()));
        return new InspectionViews.NotificationPage(view, view(inspection, view, false, List.of()));
    }

    /** How many notifications await the user's answer, and how many of them are overdue. */
    public record Awaiting(long awaiting, long overdue) {
    }

    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    public Awaiting awaiting() {
        QorgauUser user = QorgauUser.required();
        return jdbc.sql("select count(*), count(*) filter (where n.due_at < :now) from inspections_notification n"
                + " join inspections_inspection i on i.id = n.inspection_id where n.answer is null and "
                + scope.notificationsSql(user)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Awaiting(rs.getLong(1), rs.getLong(2))).single();
    }

    private InspectionViews.NotificationView view(PoliceNotification notification, Inspection inspection,
            boolean mayAnswer) {
        PoliceNotice notice = notification.notice();
        return new InspectionViews.NotificationView(notification.id(), inspection.id(), inspection.reference(), notice
                .policeUnitId(), notice.notifiedAt(), notice.dueAt(), InspectionViews.NotificationState.valueOf(notice
                        .state(clock.instant()).name()), notice.caseId() == null ? null : cases.of(notice.caseId())
                                .orElse(null), notice.refusalReason(), notice.answeredAt(), mayAnswer);
    }

    private static InspectionViews.InspectionView view(Inspection inspection,
            InspectionViews.NotificationView notification, boolean mayNotify,
            List<InspectionViews.ScreenedWorker> screenings) {
        return new InspectionViews.InspectionView(inspection.id(), inspection.reference(), inspection
                .organisationId(), inspection.inspectors(), inspection.startedOn(), inspection.endedOn(), inspection
                        .employerBin(), inspection.employerName(), inspection.site(), inspection.isicSection(),
                inspection.region(), inspection.district(), inspection.settlement(), inspection.remote(), inspection
                        .announced(), inspection.trigger(), inspection.moratorium(), inspection
                                .moratoriumExemption(), inspection.participants(), inspection.workers(), inspection
                                        .workersWomen(), inspection.workersMen(), inspection.workersChildren(),
                inspection.workersForeign(), inspection.foreignWorkers().stream().map(
                        line -> new InspectionViews.ForeignWorkersView(line.citizenship(),
                                InspectionCommands.NOT_ESTABLISHED.equals(line
                                        .citizenship()) ? null : CountryCode.of(line.citizenship()), line.workers()))
                        .toList(), inspection.contractors()
                                .stream().map(line -> new InspectionViews.ContractorView(line.role(), line.name(),
                                        line.bin(), line.informal())).toList(), inspection.violations(), inspection
                                                .indicators(), inspection.recordedBy(), inspection.recordedAt(),
                notification, mayNotify, screenings);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
