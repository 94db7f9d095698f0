package kz.qorgau.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;

/** Demo mode seeds victims, screenings, a case link, referrals and services, each by its demo user. */
@QorgauTest
class DemoVictimsTests extends FullTest {

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoVictimsAreEnteredByTheAgenciesThatMeetThem() {
        assertThat(count(
                "select count(*) from victims_victim where registered_by = 'inspector' and status = 'CONFIRMED'"))
                .isPositive();
        assertThat(count("select count(*) from victims_victim where registered_by = 'consul' and person_id is null"))
                .isPositive();
        assertThat(count("select count(*) from victims_non_punishment where recorded_by = 'migration'")).isPositive();
        assertThat(count("select count(*) from victims_victim v join victims_trait t on t.victim_id = v.id "
                + "where v.registered_by = 'hotline' and t.code = 'UNACCOMPANIED_CHILD'")).isPositive();
        assertThat(count("select count(*) from victims_screening where screened_by = 'inspector'")).isPositive();
        assertThat(count("select count(*) from cases_victim_link l join cases_case c on c.id = l.case_id "
                + "where c.erdr_number like '__1750000900001'")).isPositive();
        assertThat(audit.action("VICTIM_IDENTIFIED").by("inspector").count()).isPositive();
    }

    @Test
    void theDemoReferralsAreAnsweredAndServed() {
        assertThat(count("select count(*) from referrals_referral where status = 'ACCEPTED'")).isPositive();
        assertThat(count("select count(*) from referrals_referral where anonymous and status = 'PENDING'"))
                .isPositive();
        assertThat(count("select count(*) from referrals_service_episode where recorded_by = 'caseworker'"))
                .isPositive();
        assertThat(count("select count(*) from referrals_provider where not accepts_children")).isPositive();
    }
}
