package kz.qorgau.statistics;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Records written straight into the owning modules' tables, for scenarios of the statistics in a transaction that is
 * rolled back (as {@link StatisticsViewsTests} does): victims with their decisions, countries and forms, referrals
 * and their steps, compensation claims, persons with a birth year. References are unique within the test run.
 */
final class StatisticsRecords {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime() % 100_000_000L);

    private final JdbcClient jdbc;
    final long organisation;
    final long otherOrganisation;
    private final long user;

    StatisticsRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.organisation = jdbc.sql("select min(id) from organisations_organisation").query(Long.class).single();
        this.otherOrganisation = jdbc.sql("select min(id) from organisations_organisation where id <> ?")
                .param(organisation).query(Long.class).single();
        this.user = jdbc.sql("select min(id) from identity_user").query(Long.class).single();
    }

    /** A reference of the form {@code X-ZZ??????}, unlikely to meet one the application made. */
    static String reference(char prefix) {
        long value = SERIAL.incrementAndGet();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.insert(0, ALPHABET.charAt((int) (value % ALPHABET.length())));
            value /= ALPHABET.length();
        }
        return prefix + "-ZZ" + code;
    }

    long person(Integer birthYear, String sex) {
        return jdbc.sql("""
                insert into persons_person (pseudonym, birth_year, sex, registered_by_user_id,
                                            registered_by_organisation_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, now(), now()) returning id""")
                .params(reference('P'), birthYear, sex, user, organisation).query(Long.class).single();
    }

    /**
     * A victim record identified (its first presumed decision) on the day; linked to a person, with the age the
     * person's birth year gives in the year of identification, as registration keeps it.
     */
    long victim(String region, String sex, Integer age, boolean child, Long person, LocalDate identifiedOn) {
        long id = jdbc.sql("""
                insert into victims_victim (reference, person_id, registered_by, registered_by_organisation_id,
                                            owner_organisation_id, region_code, identified_on, status, sex,
                                            age_at_identification, child, created_at, updated_at)
                values (?, ?, 'test', ?, ?, ?, ?, 'PRESUMED', ?, ?, ?, now(), now()) returning id""")
                .params(reference('V'), person, organisation, organisation, region, identifiedOn, sex, age, child)
                .query(Long.class).single();
        // as registration does: what the person's birth year tells of the age, kept on the record
        jdbc.sql("""
                update victims_victim v
                set age_in_year_of_identification = least(150, greatest(0, ? - p.birth_year))
                from persons_person p
                where v.id = ? and p.id = v.person_id""").params(identifiedOn.getYear(), id).update();
        jdbc.sql("""
                insert into victims_status (victim_id, seq, status, decided_on, deciding_organisation_id, deciding_type,
                                            recorded_by, recorded_at)
                values (?, 0, 'PRESUMED', ?, ?, 'POLICE', 'test', now())""")
                .params(id, identifiedOn, organisation).update();
        return id;
    }

    /** Merges the victim record into another of the same situation, as a reviewer's decision does. */
    void merge(long victim, long survivor) {
        jdbc.sql("update victims_victim set merged_into_id = ? where id = ?").params(survivor, victim).update();
    }

    /** Records the victim as stateless (no citizenship), as the situation form does. */
    void stateless(long victim) {
        jdbc.sql("update victims_victim set stateless = true where id = ?").param(victim).update();
    }

    void country(long victim, String role, String country) {
        jdbc.sql("insert into victims_country (victim_id, role, country_code) values (?, ?, ?)")
                .params(victim, role, country).update();
    }

    void form(long victim, String form) {
        jdbc.sql("insert into victims_form (victim_id, form) values (?, ?)").params(victim, form).update();
    }

    void claim(long victim, int seq, LocalDate filedOn) {
        jdbc.sql("""
                insert into victims_compensation (victim_id, seq, route, filed_on, claimed_kzt, recorded_by)
                values (?, ?, 'CIVIL_CLAIM', ?, 100000, 'test')""").params(victim, seq, filedOn).update();
    }

    /** A referral of the victim, sent on the day, to be answered by the due date; its step SENT. */
    long referral(long victim, LocalDate sentOn, LocalDate dueOn) {
        long id = jdbc.sql("""
                insert into referrals_referral (reference, victim_id, anonymous, kind, from_organisation_id,
                                                to_organisation_id, status, sent_on, answer_due_on, created_at,
                                                updated_at)
                values (?, ?, false, 'REFERRAL', ?, ?, 'PENDING', ?, ?, now(), now()) returning id""")
                .params(reference('R'), victim, organisation, otherOrganisation, sentOn, dueOn).query(Long.class)
                .single();
        step(id, 0, "SENT", sentOn);
        return id;
    }

    void step(long referral, int seq, String step, LocalDate on) {
        jdbc.sql("""
                insert into referrals_step (referral_id, seq, step, occurred_on, recorded_at, recorded_by,
                    organisation_id)
                values (?, ?, ?, ?, now(), 'test', ?)""").params(referral, seq, step, on,
                step.equals("SENT") ? organisation : otherOrganisation).update();
        if (!step.equals("SENT")) {
            jdbc.sql("update referrals_referral set status = ? where id = ?").params(step, referral).update();
        }
    }

    /**
     * A removal decided on the day, its person screened (the victim record, the day, the decision) or not, screening
     * found impossible (the reason, the day) or not, executed on a day or not; stopped on the screening's day when it
     * found a possible or presumed victim.
     */
    long removal(String region, LocalDate decidedOn, Long victim, LocalDate screenedOn, String decision,
            String reason, LocalDate noScreeningOn, LocalDate executedOn) {
        boolean stopped = "POSSIBLE".equals(decision) || "PRESUMED".equals(decision);
        String status = stopped ? "STOPPED" : executedOn != null ? "EXECUTED" : "PENDING";
        return jdbc.sql("""
                insert into inspections_removal (reference, organisation_id, region, person_id, citizenship, kind,
                    decided_on, status, victim_id, victim_reference, screened_on, screening_decision,
                    no_screening_reason, no_screening_on, stopped_on, executed_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, 'UZ', 'DEPORTATION', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'test', now()) returning id""")
                .params(reference('D'), organisation, region, person(1990, "MALE"), decidedOn, status, victim,
                        victim == null ? null : reference('V'), screenedOn, decision, reason, noScreeningOn,
                        stopped ? screenedOn : null, executedOn)
                .query(Long.class).single();
    }
}
