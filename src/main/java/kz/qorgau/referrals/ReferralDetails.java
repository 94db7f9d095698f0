package kz.qorgau.referrals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.victims.VictimDetails;
import kz.qorgau.victims.VictimViews;

/**
 * A referral as its sender or receiver sees it, and the referral section of a victim's page, read by SQL. Who sees
 * what is the condition of each query: a referral is there for the organisations that sent or received it; a
 * victim's referrals and services are all there for the organisation that owns the case, otherwise those that the
 * user's organisation sent, received or delivered.
 */
@Service
public class ReferralDetails {

    private final JdbcClient jdbc;
    private final VictimDetails victims;
    private final FieldEncryption encryption;
    private final DisplayFormat format;

    ReferralDetails(JdbcClient jdbc, VictimDetails victims, FieldEncryption encryption, DisplayFormat format) {
        this.jdbc = jdbc;
        this.victims = victims;
        this.encryption = encryption;
        this.format = format;
    }

    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public ReferralViews.ReferralView get(long id) {
        QorgauUser user = QorgauUser.required();
        if (!user.may(Permission.REFERRALS)) {
            throw new AccessDeniedException("referrals");
        }
        long organisation = user.organisationId();
        Detail detail = jdbc.sql(ReferralList.SELECT + ", r.details from referrals_referral r "
                + "where r.id = :id and (r.from_organisation_id = :organisation or r.to_organisation_id = :organisation)")
                .param("id", id).param("organisation", organisation)
                .query((rs, n) -> new Detail(ReferralList.row(rs, n), rs.getBytes("details"))).optional()
                .orElseThrow(() -> new NotFoundException("referral.error.not-found"));
        ReferralList.Row row = detail.row();
        List<ReferralViews.StepView> steps = jdbc.sql("""
                select seq, step, occurred_on, recorded_at, recorded_by, organisation_id, reason, note
                from referrals_step where referral_id = ? order by seq""").param(id)
                .query((rs, n) -> new ReferralViews.StepView(StepKind.valueOf(rs.getString("step")),
                        rs.getObject("occurred_on", LocalDate.class), rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"), rs.getLong("organisation_id"),
                        rs.getString("reason") == null ? null : DeclineReason.valueOf(rs.getString("reason")),
                        encryption.decrypt(rs.getBytes("note"),
                                ReferralMechanism.stepContext(row.reference(), rs.getInt("seq")))))
                .list();
        List<ReferralViews.EpisodeView> episodes = jdbc.sql(EPISODES + " where referral_id = ? "
                + "order by started_on desc, id desc").param(id).query(ReferralDetails::episode).list();
        Referral.Actions actions = Referral.actions(row.status(), row.fromOrganisationId(), row.toOrganisationId(),
                organisation);
        return new ReferralViews.ReferralView(row.id(), row.reference(), row.victimId(),
                victims.references(List.of(row.victimId())).get(row.victimId()), row.anonymous(), row.kind(),
                row.fromOrganisationId(), row.toOrganisationId(), row.services(), row.status(), row.sentOn(),
                row.answerDueOn(), Referral.overdue(row.status(), row.answerDueOn(), format.today()),
                encryption.decrypt(detail.details(), ReferralMechanism.detailsContext(row.reference())), steps,
                episodes, actions.mayAnswer(), actions.mayComplete(), actions.mayRevoke(), actions.mayRecordService(),
                victims.visibleTo(row.victimId(), user));
    }

    /** What the victim page shows of the referral mechanism, for a victim the user sees. */
    @Requires(Permission.REFERRALS)
    @Transactional(readOnly = true)
    public ReferralViews.VictimSection forVictim(long victimId) {
        QorgauUser user = QorgauUser.required();
        VictimViews.ReferralFacts victim = victims.referralFacts(victimId);
        long organisation = user.organisationId();
        boolean owner = victim.ownerOrganisationId() == organisation;
        LocalDate today = format.today();
        List<ReferralViews.ReferralListItem> referrals = jdbc.sql(ReferralList.SELECT + " from referrals_referral r "
                + "where r.victim_id = :victim and (:owner or r.from_organisation_id = :organisation "
                + "or r.to_organisation_id = :organisation) order by r.id desc")
                .param("victim", victimId).param("owner", owner).param("organisation", organisation)
                .query(ReferralList::row).list().stream().map(row -> row.item(victim.reference(), today)).toList();
        List<ReferralViews.EpisodeView> episodes = jdbc.sql(EPISODES + " where victim_id = :victim "
                + "and (:owner or organisation_id = :organisation) order by started_on desc, id desc")
                .param("victim", victimId).param("owner", owner).param("organisation", organisation)
                .query(ReferralDetails::episode).list();
        return new ReferralViews.VictimSection(victimId, victim.reference(), victim.anonymous(), victim.mayBeReferred(),
                victim.consentToRefer(), referrals, episodes,
                episodes.stream().mapToLong(ReferralViews.EpisodeView::costKzt).sum(), assists(victim, user));
    }

    /**
     * Whether the user's organisation assists the victim, and so may record the services it delivers: it owns the
     * case or accepted a referral of the victim.
     */
    boolean assists(VictimViews.ReferralFacts victim, QorgauUser user) {
        return victim.ownerOrganisationId() == user.organisationId() || jdbc.sql("""
                select exists (select 1 from referrals_referral where victim_id = :victim
                               and to_organisation_id = :organisation and status in ('ACCEPTED', 'COMPLETED'))""")
                .param("victim", victim.victimId()).param("organisation", user.organisationId())
                .query(Boolean.class).single();
    }

    private static final String EPISODES = """
            select id, victim_id, referral_id, organisation_id, service, started_on, ended_on, cost_kzt, funding_source,
                   recorded_by
            from referrals_service_episode""";

    private static ReferralViews.EpisodeView episode(ResultSet rs, int n) throws SQLException {
        return new ReferralViews.EpisodeView(rs.getLong("id"), rs.getLong("victim_id"),
                rs.getObject("referral_id", Long.class), rs.getLong("organisation_id"),
                ServiceType.valueOf(rs.getString("service")), rs.getObject("started_on", LocalDate.class),
                rs.getObject("ended_on", LocalDate.class), rs.getLong("cost_kzt"),
                FundingSource.valueOf(rs.getString("funding_source")), rs.getString("recorded_by"));
    }

    private record Detail(ReferralList.Row row, byte[] details) {
    }
}
