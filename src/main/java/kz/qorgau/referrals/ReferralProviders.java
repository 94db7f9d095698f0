package kz.qorgau.referrals;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The profiles of the organisations that receive referrals: for now whether one takes unaccompanied children, which
 * the referral rules ask before a child is referred to it.
 */
@Service
public class ReferralProviders {

    private final JdbcClient jdbc;
    private final OrganisationRegistry organisations;
    private final AuditTrail audit;
    private final Clock clock;

    ReferralProviders(JdbcClient jdbc, OrganisationRegistry organisations, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the organisation takes unaccompanied children (not unless its profile says so). */
    @Transactional(readOnly = true)
    public boolean acceptsChildren(long organisationId) {
        return jdbc.sql("select coalesce((select accepts_children from referrals_provider where organisation_id = ?), "
                + "false)").param(organisationId).query(Boolean.class).single();
    }

    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional(readOnly = true)
    public List<ReferralViews.ProviderView> providers() {
        return jdbc.sql("select organisation_id, accepts_children from referrals_provider order by organisation_id")
                .query((rs, n) -> new ReferralViews.ProviderView(rs.getLong(1), rs.getBoolean(2))).list();
    }

    /** Sets a provider's profile (administrators). */
    @Requires(Permission.ADMINISTER_ORGANISATIONS)
    @Transactional
    public ReferralViews.ProviderView setProfile(long organisationId, ReferralCommands.ProviderProfile profile) {
        organisations.get(organisationId);
        jdbc.sql("""
                insert into referrals_provider (organisation_id, accepts_children, updated_at)
                values (:id, :children, :now)
                on conflict (organisation_id) do update set accepts_children = excluded.accepts_children,
                updated_at = excluded.updated_at""")
                .param("id", organisationId).param("children", profile.acceptsChildren())
                .param("now", Timestamp.from(clock.instant())).update();
        audit.record(AuditEvent.of("PROVIDER_PROFILE_CHANGED", "organisation", organisationId)
                .with("acceptsChildren", profile.acceptsChildren()));
        return new ReferralViews.ProviderView(organisationId, profile.acceptsChildren());
    }
}
