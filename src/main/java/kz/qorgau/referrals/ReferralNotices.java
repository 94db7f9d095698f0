package kz.qorgau.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** The notices to the organisation on the other side of a referral's step, and their reading. */
@Service
public class ReferralNotices {

    private final JdbcClient jdbc;
    private final Clock clock;

    ReferralNotices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The notifications of the user's organisation, unread first, newest first (the latest 50). */
    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public List<ReferralViews.NotificationView> notifications() {
        QorgauUser user = QorgauUser.required();
        return jdbc.sql("""
                select n.id, n.referral_id, r.reference, n.step, n.by_organisation_id, n.created_at,
                       n.read_at is not null as read
                from referrals_notification n join referrals_referral r on r.id = n.referral_id
                where n.organisation_id = :organisation
                order by n.read_at is not null, n.created_at desc, n.id desc limit 50""")
                .param("organisation", user.organisationId())
                .query((rs, n) -> notification(rs, rs.getBoolean("read")))
                .list();
    }

    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public long unreadNotifications() {
        QorgauUser user = QorgauUser.required();
        return jdbc.sql("select count(*) from referrals_notification where organisation_id = ? and read_at is null")
                .param(user.organisationId()).query(Long.class).single();
    }

    /**
     * The organisation's unread notices for the menu bar of every page: how many, and the newest {@code latest} of
     * them, in one statement.
     */
    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public Unread unread(int latest) {
        QorgauUser user = QorgauUser.required();
        long[] count = { 0 };
        List<ReferralViews.NotificationView> newest = jdbc.sql("""
                select n.id, n.referral_id, r.reference, n.step, n.by_organisation_id, n.created_at,
                       count(*) over () as unread
                from referrals_notification n join referrals_referral r on r.id = n.referral_id
                where n.organisation_id = :organisation and n.read_at is null
                order by n.created_at desc, n.id desc limit :latest""")
                .param("organisation", user.organisationId()).param("latest", latest)
                .query((rs, n) -> {
                    count[0] = rs.getLong("unread");
                    return notification(rs, false);
                })
                .list();
        return new Unread(count[0], newest);
    }

    /** A notice from a row with its id, referral_id, reference, step, by_organisation_id and created_at. */
    private static ReferralViews.NotificationView notification(ResultSet rs, boolean read) throws SQLException {
        return new ReferralViews.NotificationView(rs.getLong("id"), rs.getLong("referral_id"), rs.getString(
                "reference"), StepKind.valueOf(rs.getString("step")), rs.getLong("by_organisation_id"), rs
                        .getTimestamp("created_at").toInstant(), read);
    }

    /** How many notices are unread, and the newest of them. */
    public record Unread(long count, List<ReferralViews.NotificationView> newest) {
    }

    /** Marks the organisation's notifications read. */
    @Requires(Permission.REFERRALS)
    @Transactional
    public void markNotificationsRead() {
        QorgauUser user = QorgauUser.required();
        jdbc.sql("update referrals_notification set read_at = :now "
                + "where organisation_id = :organisation and read_at is null")
                .param("now", Timestamp.from(clock.instant())).param("organisation", user.organisationId()).update();
    }

    /** Tells the other side of the referral that the user's organisation took a step, in the step's transaction. */
    void notifyOtherSide(Referral referral, StepKind step, QorgauUser user) {
        jdbc.sql("insert into referrals_notification (organisation_id, referral_id, step, by_organisation_id, "
                + "created_at) values (:organisation, :referral, :step, :by, :now)")
                .param("organisation", referral.otherSide(user.organisationId())).param("referral", referral.id())
                .param("step", step.name()).param("by", user.organisationId())
                .param("now", Timestamp.from(clock.instant())).update();
    }
}
