package kz.qorgau.referrals;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.victims.VictimDetails;

/**
 * The inbox and outbox of an organisation, read by SQL a page at a time, newest first. Every match is counted
 * and reachable page by page: the lists used to load at most 500 referral aggregates and silently drop the rest.
 */
@Service
public class ReferralList {

    private final JdbcClient jdbc;
    private final VictimDetails victims;
    private final DisplayFormat format;

    ReferralList(JdbcClient jdbc, VictimDetails victims, DisplayFormat format) {
        this.jdbc = jdbc;
        this.victims = victims;
        this.format = format;
    }

    /** Referrals to the user's organisation, newest first; overdue ones are marked. */
    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public PageResponse<ReferralViews.ReferralListItem> inbox(ReferralStatus status, Pageable pageable) {
        return page("r.to_organisation_id", status, false, false, pageable);
    }

    /**
     * Referrals to the user's organisation, newest first; with {@code overdue} only those whose answer is late
     * today ({@link Referral#overdue}).
     */
    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public PageResponse<ReferralViews.ReferralListItem> inbox(ReferralStatus status, boolean overdue,
            Pageable pageable) {
        return page("r.to_organisation_id", status, overdue, false, pageable);
    }

    /**
     * Accepted referrals to the user's organisation under which no service has been recorded yet: the services
     * still to record. A referral leaves this list with its first service episode, whether or not the episode has
     * ended, and when it is completed or revoked.
     */
    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public PageResponse<ReferralViews.ReferralListItem> awaitingService(Pageable pageable) {
        return page("r.to_organisation_id", ReferralStatus.ACCEPTED, false, true, pageable);
    }

    /** How many referrals await the answer of the user's organisation (the inbox's pending ones). */
    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public long awaitingAnswer() {
        return page("r.to_organisation_id", ReferralStatus.PENDING, false, false, Pageable.ofSize(1)).totalItems();
    }

    /** Referrals from the user's organisation, newest first. */
    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public PageResponse<ReferralViews.ReferralListItem> outbox(ReferralStatus status, Pageable pageable) {
        return page("r.from_organisation_id", status, false, false, pageable);
    }

    private PageResponse<ReferralViews.ReferralListItem> page(String side, ReferralStatus status, boolean overdue,
            boolean withoutService, Pageable pageable) {
        QorgauUser user = QorgauUser.required();
        if (!user.may(Permission.REFERRALS)) {
            throw new AccessDeniedException("referrals");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("organisation", user.organisationId());
        String where = " where " + side + " = :organisation";
        if (status != null) {
            where += " and r.status = :status";
            params.put("status", status.name());
        }
        LocalDate today = format.today();
        if (overdue) {
            // Referral.overdue as SQL: pending, and the answer was due before today.
            where += " and r.status = 'PENDING' and r.answer_due_on < :today";
            params.put("today", today);
        }
        if (withoutService) {
            where += " and not exists (select 1 from referrals_service_episode e where e.referral_id = r.id)";
        }
        long total = jdbc.sql("select count(*) from referrals_referral r" + where).params(params).query(Long.class)
                .single();
        List<Row> rows = jdbc.sql(SELECT + " from referrals_referral r" + where
                + " order by r.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(ReferralList::row)
                .list();
        Map<Long, String> references = victims.references(rows.stream().map(Row::victimId).distinct().toList());
        return PageResponse.of(rows.stream().map(row -> row.item(references.get(row.victimId()), today)).toList(),
                pageable, total);
    }

    /** The columns of a referral that its list item shows ({@link #row}), from {@code referrals_referral r}. */
    static final String SELECT = """
            select r.id, r.reference, r.victim_id, r.anonymous, r.kind, r.from_organisation_id,
                   r.to_organisation_id, r.status, r.sent_on, r.answer_due_on,
                   array(select s.service from referrals_referral_service s where s.referral_id = r.id) as services""";

    /** A row before the victim's reference is added. */
    record Row(long id, String reference, long victimId, boolean anonymous, ReferralKind kind,
            long fromOrganisationId, long toOrganisationId, Set<ServiceType> services, ReferralStatus status,
            LocalDate sentOn, LocalDate answerDueOn) {

        ReferralViews.ReferralListItem item(String victimReference, LocalDate today) {
            return new ReferralViews.ReferralListItem(id, reference, victimId, victimReference, anonymous, kind,
                    fromOrganisationId, toOrganisationId, services, status, sentOn, answerDueOn,
                    Referral.overdue(status, answerDueOn, today));
        }
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
        Array array = rs.getArray("services");
        if (array != null) {
            for (String service : (String[]) array.getArray()) {
                services.add(ServiceType.valueOf(service));
            }
        }
        return new Row(rs.getLong("id"), rs.getString("reference"), rs.getLong("victim_id"), rs.getBoolean("anonymous"),
                ReferralKind.valueOf(rs.getString("kind")), rs.getLong("from_organisation_id"),
                rs.getLong("to_organisation_id"), services, ReferralStatus.valueOf(rs.getString("status")),
                rs.getObject("sent_on", LocalDate.class), rs.getObject("answer_due_on", LocalDate.class));
    }
}
