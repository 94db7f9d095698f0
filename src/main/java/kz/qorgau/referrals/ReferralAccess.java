package kz.qorgau.referrals;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.victims.VictimAccessGrant;

/**
 * The organisations a victim is referred to assist the victim once they have accepted the referral
 * (accepted or completed): they see the victim record, and the person's data when the referral carries
 * identity (it does only when its sender could see it). A pending referral shows its receiver the referral's
 * own facts and nothing of the record; a declined or revoked one opens nothing.
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
                + "and to_organisation_id = :organisation and status in ('ACCEPTED', 'COMPLETED'))")
                .param("victim", victimId).param("organisation", user.organisationId()).query(Boolean.class).single();
    }

    @Override
    public boolean maySeePersonalData(QorgauUser user, long victimId) {
        return jdbc.sql("select exists (select 1 from referrals_referral where victim_id = :victim and not anonymous "
                + "and to_organisation_id = :organisation and status in ('ACCEPTED', 'COMPLETED'))")
                .param("victim", victimId).param("organisation", user.organisationId()).query(Boolean.class).single();
    }

    @Override
    public String recordsVisibleTo(QorgauUser user, Map<String, Object> params) {
        params.put("grantReceiver", user.organisationId());
        return "select r.victim_id from referrals_referral r where r.to_organisation_id = :grantReceiver "
                + "and r.status in ('ACCEPTED', 'COMPLETED')";
    }
}
