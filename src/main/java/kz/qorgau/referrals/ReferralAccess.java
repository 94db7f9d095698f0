package kz.qorgau.referrals;

import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.victims.VictimAccessGrant;

/**
 * The organisations a victim is referred to see the victim record while the referral is open (pending,
 * accepted or completed: "persons referred to their organisation"), and the person's data once they have
 * accepted a referral that carries identity. A declined or revoked referral opens nothing.
 */
@Component
class ReferralAccess implements VictimAccessGrant {

    private final JdbcClient jdbc;

    ReferralAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean maySeeRecord(QorgauUser user, long victimId) {
        return jdbc.sql("select exists (select 1 from referrals_referral where victim_id = :victim "
                        + "and to_organisation_id = :organisation and status in ('PENDING', 'ACCEPTED', 'COMPLETED'))")
                .param("victim", victimId).param("organisation", user.organisationId()).query(Boolean.class).single();
    }

    @Override
    public boolean maySeePersonalData(QorgauUser user, long victimId) {
        return jdbc.sql("select exists (select 1 from referrals_referral where victim_id = :victim and not anonymous "
                        + "and to_organisation_id = :organisation and status in ('ACCEPTED', 'COMPLETED'))")
                .param("victim", victimId).param("organisation", user.organisationId()).query(Boolean.class).single();
    }

    @Override
    public Set<Long> recordsVisibleTo(QorgauUser user) {
        return Set.copyOf(jdbc.sql("select distinct victim_id from referrals_referral where to_organisation_id = :organisation "
                        + "and status in ('PENDING', 'ACCEPTED', 'COMPLETED')")
                .param("organisation", user.organisationId()).query(Long.class).list());
    }
}
