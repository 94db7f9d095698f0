package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.QorgauTest;
import kz.qorgau.shared.ExploitationForm;

/**
 * The statistics_* views are the contract between the statistics module and the modules whose records it counts
 * (package-info lists them): the module's code reads nothing else. For each view its columns, and the rows it gives
 * for a small scenario written straight into the owning modules' tables, in a transaction that is rolled back. A
 * module that changes a table behind a view sees here what the statistics expect of it. The scenario's dates (2001)
 * are long before any demo record.
 */
@QorgauTest
class StatisticsViewsTests {

    /** Every statistics_* relation, with its columns in order. */
    static final Map<String, List<String>> CONTRACT = contract(
            "statistics_form_group: form, form_group",
            // the statistics module's own tables: published editions (not views of another module's records)
            "statistics_edition: id, year, number, published_at, published_by, catalogue_version, note, snapshot, "
                    + "digest",
            "statistics_edition_file: edition_id, name, media_type, content, digest",
            "statistics_edition_records: edition_id, code, kind, ids",
            "statistics_case: id, region_code, registered_on, sexual_exploitation, forced_labour, other_forms, unspecified",
            "statistics_case_event: case_id, seq, type, occurred_on, reason, defendant_no, outcome, conviction_article, "
                    + "imprisonment_months, suspended_months, restriction_months, fine_kzt, juvenile, appeal_outcome",
            "statistics_case_article: case_id, seq, article_code",
            "statistics_case_qualification: case_id, seq, valid_from, valid_to, sexual_exploitation, forced_labour, "
                    + "other_forms, unspecified",
            "statistics_case_qualification_entry: case_id, seq, valid_from, forms, charges",
            "statistics_shelter: id, region_code, kind, settlement, opened_on, closed_on",
            "statistics_shelter_capacity: shelter_id, bed_group, beds, valid_from, valid_to, opened_on, closed_on, "
                    + "region_code",
            "statistics_shelter_stay: id, shelter_id, victim_id, bed_group, over_capacity, started_on, ended_on, "
                    + "period_extended_on, period_ends_on, region_code, citizen, citizenship_recorded, stateless, "
                    + "age_group",
            "statistics_shelter_allocation: shelter_id, year, source, amount_kzt, kzt_per_usd, state, region_code",
            "statistics_inspection: id, region_code, started_on, site, remote, announced, trigger, workers, "
                    + "workers_foreign, indicators_found, isic_section",
            "statistics_inspection_notification: id, inspection_id, region_code, notified_on, due_at, answer, "
                    + "answered_at, answered_on, case_id",
            "statistics_inspection_screening: inspection_id, region_code, victim_id, screened_on, decision",
            "statistics_agency: id, region_code, issued_on, expires_on",
            "statistics_agency_complaint: id, agency_id, region_code, received_on, source, outcome, outcome_on",
            "statistics_agency_intermediary_report: id, intermediary_id, kind, region_code, reported_on, source",
            "statistics_hotline_call: id, hotline_id, region_code, received_on, channel, call_type, caller_type, "
                    + "notified_on, due_at, answer, answered_at, answered_on, victim_reference, referral_reference",
            "statistics_hotline_funding: hotline_id, region_code, year_start, source, amount_kzt",
            "statistics_figure: element, year_start, region_code, sex, age, value, approved_on",
            "statistics_training_participant: training_id, region_code, ends_on, audience, sex, participants",
            "statistics_training: id, region_code, ends_on, audience, participants",
            "statistics_campaign: id, region_code, starts_on, ends_on, audiences, budget_kzt",
            "statistics_coordination_meeting: id, body_kind, region_code, held_on",
            "statistics_plan_item: id, region_code, plan_from, plan_to, deadline, done_from, dropped_from",
            "statistics_agency_decision: agency_id, seq, region_code, kind, decided_on, expires_on",
            "statistics_agency_sanction: id, agency_id, region_code, kind, decided_on, fine_kzt",
            "statistics_removal: id, region_code, citizenship, kind, decided_on, screened_on, screening_decision, "
                    + "no_screening_reason, no_screening_on, stopped_on, executed_on",
            "statistics_defendant: case_id, defendant_no, public_official, arrested_on, arrest_region, sex, birth_year, "
                    + "added_on, person_id, citizen, citizenship_recorded, citizenship_country, stateless",
            "statistics_operation: id, started_on, region_code",
            "statistics_cooperation: id, kind, direction, status, executed_on, region_code",
            "statistics_victim: id, region_code, identified_on, sex, child, citizen, sexual_exploitation, forced_labour, "
                    + "other_forms, unspecified, age_group, citizenship_recorded, age_band, citizenships, "
                    + "exploitation_countries, border, identified_by, stateless, person_key, merged",
            // each person once: the roots of merged person records, a victim record's person, the pairs awaiting review
            "statistics_person_root: person_id, root_id",
            "statistics_victim_person: id, person_key, region_code, identified_on, merged",
            "statistics_possible_duplicate: pair_id, first_victim_id, second_victim_id, first_identified_on, "
                    + "second_identified_on, region_code",
            "statistics_victim_status: victim_id, status, decided_on",
            "statistics_ctdc_victim: identified_on, sex, age_at_identification, citizenship, exploitation_country, "
                    + "sexual_exploitation, forced_labour, other_forms, unspecified, forced_labour_sector, "
                    + "recruiter_relationship, control_methods, age_band, first_of_person_in_year",
            "statistics_victim_interview: victim_id, interviewed_on, region_code",
            "statistics_victim_protection: victim_id, starts_on, cost_kzt, region_code",
            "statistics_victim_permit: victim_id, kind, outcome, decided_on, region_code",
            "statistics_victim_compensation: victim_id, filed_on, awarded_on, awarded_kzt, region_code, claimed_kzt, "
                    + "paid_on, paid_kzt",
            "statistics_victim_non_punishment: victim_id, screened_on, result, region_code",
            "statistics_victim_reflection: victim_id, starts_on, region_code",
            "statistics_victim_reflection_extension: victim_id, decided_on, region_code",
            "statistics_referral: id, answer_due_on, answered_on, region_code",
            "statistics_referral_step: referral_id, step, occurred_on, region_code",
            "statistics_service_episode: id, victim_id, service, started_on, region_code");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theFormGroupTableGroupsEveryFormAsTheEnumDoes() {
        Map<String, String> table = jdbc.sql("select form, form_group from statistics_form_group")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, String> enumerated = Arrays.stream(ExploitationForm.values())
                .collect(Collectors.toMap(ExploitationForm::name, form -> form.group().name()));
        assertThat(table).isEqualTo(enumerated);
        // a record without any form is "unspecified": no form is grouped there, and the views say it by a column
        assertThat(table).doesNotContainValue(ExploitationForm.Group.UNSPECIFIED.name());
        assertThat(Definition.FORM_GROUPS).containsExactlyElementsOf(Arrays.stream(ExploitationForm.Group.values())
                .map(group -> group.name().toLowerCase(Locale.ROOT)).toList());
        assertThat(CONTRACT.get("statistics_case")).containsAll(Definition.FORM_GROUPS);
        assertThat(CONTRACT.get("statistics_case_qualification")).containsAll(Definition.FORM_GROUPS);
        assertThat(CONTRACT.get("statistics_victim")).containsAll(Definition.FORM_GROUPS);
    }

    @Test
    void theStatisticsRelationsAreTheDeclaredOnesWithTheirColumns() {
        Map<String, List<String>> actual = new LinkedHashMap<>();
        jdbc.sql("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and table_name like 'statistics\\_%'
                order by table_name, ordinal_position""")
                .query((rs, n) -> actual.computeIfAbsent(rs.getString(1), name -> new ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        assertThat(actual).isEqualTo(CONTRACT);
    }

    @Test
    void eachViewGivesTheRowsOfASmallScenario() {
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            scenario();
        });
    }

    @Test
    void thePreventionViewsGiveATrainingsSexesAndAPlanItemsFirstYearDoneOrDropped() {
        TransactionTemplate rolledBack = new TransactionTemplate(transactions);
        rolledBack.executeWithoutResult(status -> {
            status.setRollbackOnly();
            long training = jdbc.sql("insert into prevention_training (title, organiser, starts_on, ends_on, region,"
                    + " audience, participants, women, men, unknown_sex, hours, recorded_by, recorded_at) values ('t',"
                    + " 'o', date '2001-03-01', date '2001-03-02', 'KZ-75', 'JUDGES', 10, 4, 5, 1, 8, 'test', now())"
                    + " returning id").query(Long.class).single();
            assertThat(rows("statistics_training_participant", "training_id = " + training, "sex")).containsExactly(
                    "(" + training + ",KZ-75,2001-03-02,JUDGES,FEMALE,4)", "(" + training
                            + ",KZ-75,2001-03-02,JUDGES,MALE,5)", "(" + training
                                    + ",KZ-75,2001-03-02,JUDGES,UNKNOWN,1)");
            long plan = jdbc.sql("insert into prevention_plan (title_ru, first_year, last_year, recorded_by,"
                    + " recorded_at) values ('p', 2001, 2003, 'test', now()) returning id").query(Long.class).single();
            long item = jdbc.sql("insert into prevention_plan_item (plan_id, number, text_ru, text_kk, text_en,"
                    + " responsible, deadline, indicator, target, recorded_by, recorded_at) values (?, '1', 'r', 'k',"
                    + " 'e', 'b', date '2002-06-30', 'i', 't', 'test', now()) returning id").param(plan).query(
                            Long.class).single();
            jdbc.sql("insert into prevention_plan_report (item_id, period, state, progress, evidence, reported_on,"
                    + " recorded_by, recorded_at) values (?, 2001, 'IN_PROGRESS', 'p', null, date '2002-01-10', 'test',"
                    + " now()), (?, 2003, 'DONE', 'p', 'e', date '2004-01-10', 'test', now())").params(item, item)
                    .update();
            assertThat(rows("statistics_plan_item", "id = " + item, "id")).containsExactly("(" + item
                    + ",,2001-01-01,2004-01-01,2002-06-30,2003-01-01,)");
        });
    }

    private void scenario() {
        long org = jdbc.sql("select min(id) from organisations_organisation").query(Long.class).single();

        // two cases: one with a form of each of two groups, one without any form
        long formed = insertCase("019999000000001", "KZ-10", "2001-01-15", org);
        long formless = insertCase("019999000000002", "KZ-75", "2001-02-15", org);
        jdbc.sql("insert into cases_case_form (case_id, form) values (?, 'SERVITUDE'), (?, 'FORCED_BEGGING')")
                .params(formed, formed).update();
        assertThat(rows("statistics_case", "id in (" + formed + ", " + formless + ")", "id")).containsExactly(
                "(" + formed + ",KZ-10,2001-01-15,f,t,t,f)", "(" + formless + ",KZ-75,2001-02-15,f,f,f,t)");

        // the timeline: an entry as recorded, an entry as last corrected, a retracted entry left out
        event(formed, 0, "SENT_TO_COURT", "2001-03-01", null, null, null);
        event(formed, 1, "VERDICT", "2001-05-01", null, 60, null);
        event(formed, 2, "VERDICT", "2001-05-02", 1, 50, null);
        event(formed, 3, "VERDICT", "2001-05-03", 1, 48, null);
        event(formed, 4, "SUSPENDED", "2001-02-01", null, null, "OTHER");
        event(formed, 5, "RETRACTION", "2001-02-02", 4, null, null);
        assertThat(rows("statistics_case_event", "case_id = " + formed, "seq")).containsExactly(
                "(" + formed + ",0,SENT_TO_COURT,2001-03-01,,,,,,,,,,)",
                "(" + formed + ",1,VERDICT,2001-05-03,,0,CONVICTED,128,48,,,,f,)");
        // an appeal decision, with its outcome
        jdbc.sql("""
                insert into cases_event (case_id, seq, type, occurred_on, recorded_at, recorded_by, defendant_no,
                                         appeal_outcome)
                values (?, 6, 'APPEAL', '2001-06-01', now(), 'test', 0, 'RETRIAL_ORDERED')""").params(formed).update();
        assertThat(rows("statistics_case_event", "case_id = " + formed + " and seq = 6", "seq")).containsExactly(
                "(" + formed + ",6,APPEAL,2001-06-01,,0,,,,,,,,RETRIAL_ORDERED)");

        // the qualifications of the effective timeline, each in force until the next one's date: the registration's
        // (as corrected: a later date), a requalification retracted (left out), two on one day (the later one in
        // force, the earlier never), a requalification without any form (unspecified)
        qualified(formless, 0, "REGISTERED", "2001-02-15", null, "SEXUAL_EXPLOITATION");
        qualified(formless, 1, "REQUALIFIED", "2001-03-01", null, "FORCED_LABOUR");
        event(formless, 2, "RETRACTION", "2001-03-02", 1, null, null);
        qualified(formless, 3, "REQUALIFIED", "2001-04-01", null, "FORCED_LABOUR", "FORCED_BEGGING");
        qualified(formless, 4, "REQUALIFIED", "2001-04-01", null, "ORGAN_REMOVAL");
        qualified(formless, 5, "REQUALIFIED", "2001-06-01", null);
        qualified(formless, 6, "REGISTERED", "2001-02-16", 0, "SEXUAL_EXPLOITATION");
        assertThat(rows("statistics_case_qualification", "case_id = " + formless, "seq")).containsExactly(
                "(" + formless + ",0,2001-02-16,2001-04-01,t,f,f,f)",
                "(" + formless + ",3,2001-04-01,2001-04-01,f,t,t,f)",
                "(" + formless + ",4,2001-04-01,2001-06-01,f,f,t,f)",
                "(" + formless + ",5,2001-06-01,,f,f,f,t)");

        // the articles of each qualification, once each whatever their parts; a registration as last corrected
        // (another article), a qualification without any charge (no row)
        jdbc.sql("""
                insert into cases_event (case_id, seq, type, occurred_on, recorded_at, recorded_by, corrects_seq,
                                         charges, forms, flags)
                values (?, 7, 'REGISTERED', '2001-01-15', now(), 'test', null, array['128(1)', '128(2)', '135'],
                        array[]::varchar[], array[]::varchar[]),
                       (?, 8, 'REGISTERED', '2001-01-15', now(), 'test', 7, array['308', '134(2)'],
                        array[]::varchar[], array[]::varchar[]),
                       (?, 9, 'REQUALIFIED', '2001-02-15', now(), 'test', null, array[]::varchar[],
                        array[]::varchar[], array[]::varchar[]),
                       (?, 10, 'REQUALIFIED', '2001-03-15', now(), 'test', null, array['128(3)', '128(1)'],
                        array[]::varchar[], array[]::varchar[])""").params(formed, formed, formed, formed).update();
        assertThat(rows("statistics_case_article", "case_id = " + formed, "seq, article_code")).containsExactly(
                "(" + formed + ",7,134)", "(" + formed + ",7,308)", "(" + formed + ",10,128)");
        assertThat(rows("statistics_case_article", "case_id = " + formless, "seq, article_code")).containsExactly(
                "(" + formless + ",0,128)", "(" + formless + ",3,128)", "(" + formless + ",4,128)",
                "(" + formless + ",5,128)");

        // defendants, with and without a person record: a foreigner of two countries (counted by the first by code),
        // a citizen of Kazakhstan who holds another citizenship too (counted as a citizen of Kazakhstan)
        long foreigner = person("P-ZZZZZZZ7", 1980);
        long citizen = person("P-ZZZZZZZ8", 1990);
        jdbc.sql("insert into persons_citizenship (person_id, country_code) values (?, 'UZ'), (?, 'RU'), (?, 'RU'), "
                + "(?, 'KZ')").params(foreigner, foreigner, citizen, citizen).update();
        jdbc.sql(
                """
                        insert into cases_defendant (case_id, defendant_no, person_id, role, public_official, arrested_on,
                                                     arrest_region, added_on)
                        values (?, 0, ?, 'ORGANISER', true, '2001-01-20', 'KZ-19', '2001-01-16'),
                               (?, 1, -1, 'ORGANISER', false, null, null, null),
                               (?, 2, ?, 'EXPLOITER', false, null, null, null)""")
                .params(formed, foreigner, formed, formed, citizen).update();
        // and a stateless person: no citizenship recorded, and the person record says stateless
        long stateless = person("P-ZZZZZZZ9", 1985);
        jdbc.sql("update persons_person set stateless = true where id = ?").param(stateless).update();
        jdbc.sql("""
                insert into cases_defendant (case_id, defendant_no, person_id, role, public_official)
                values (?, 3, ?, 'EXPLOITER', false)""").params(formed, stateless).update();
        assertThat(rows("statistics_defendant", "case_id = " + formed, "defendant_no")).containsExactly(
                "(" + formed + ",0,t,2001-01-20,KZ-19,UNKNOWN,1980,2001-01-16," + foreigner + ",f,t,RU,f)",
                "(" + formed + ",1,f,,,UNKNOWN,,,-1,f,f,,f)",
                "(" + formed + ",2,f,,,UNKNOWN,1990,," + citizen + ",t,t,KZ,f)",
                "(" + formed + ",3,f,,,UNKNOWN,1985,," + stateless + ",f,f,,t)");

        // an operation held in two regions, one whose regions are not recorded
        long twoRegions = operation("2001-04-01");
        long noRegion = operation("2001-04-02");
        jdbc.sql("insert into cases_operation_region (operation_id, region_code) values (?, 'KZ-10'), (?, 'KZ-75')")
                .params(twoRegions, twoRegions).update();
        assertThat(rows("statistics_operation", "id in (" + twoRegions + ", " + noRegion + ")", "id, region_code"))
                .containsExactly("(" + twoRegions + ",2001-04-01,KZ-10)", "(" + twoRegions + ",2001-04-01,KZ-75)",
                        "(" + noRegion + ",2001-04-02,)");

        // requests for cooperation, in the region of their case (none without a case)
        long ofCase = cooperation(formed);
        long withoutCase = cooperation(null);
        assertThat(rows("statistics_cooperation", "id in (" + ofCase + ", " + withoutCase + ")", "id")).containsExactly(
                "(" + ofCase + ",EXTRADITION,INCOMING,EXECUTED,2001-06-10,KZ-10)",
                "(" + withoutCase + ",EXTRADITION,INCOMING,EXECUTED,2001-06-10,)");

        // victims: identified at their first presumed decision; one only possible (not identified)
        long child = victim("V-ZZZZZZZ2", "KZ-10", "FEMALE", 16, org);
        long unknownAge = victim("V-ZZZZZZZ3", null, "MALE", null, org);
        long possible = victim("V-ZZZZZZZ4", "KZ-10", "FEMALE", 30, org);
        decision(child, 0, "POSSIBLE", "2001-01-10", org);
        decision(child, 1, "PRESUMED", "2001-02-01", org);
        decision(child, 2, "CONFIRMED", "2001-03-01", org);
        decision(unknownAge, 0, "CONFIRMED", "2001-07-01", org);
        decision(possible, 0, "POSSIBLE", "2001-01-12", org);
        jdbc.sql("insert into victims_country (victim_id, role, country_code) values (?, 'CITIZENSHIP', 'KZ'), "
                + "(?, 'CITIZENSHIP', 'UZ'), (?, 'EXPLOITATION', 'RU')").params(child, unknownAge, unknownAge).update();
        jdbc.sql("insert into victims_form (victim_id, form) values (?, 'SEXUAL_EXPLOITATION')").params(child).update();
        jdbc.sql("insert into victims_trait (victim_id, kind, code) values (?, 'ControlMethod', 'PhysicalThreats')")
                .params(child).update();
        // a record without age, citizenship or form, of a person born in 1990: a child at identification in 2001
        // by the birth year alone (10 or 11 years old); one born in 1983 is 17 or 18: unknown. Registration keeps on
        // the record the age the birth year gives in the year of identification.
        long ofPerson = victim("V-ZZZZZZZ5", "KZ-10", "UNKNOWN", null, org);
        long ofOlderPerson = victim("V-ZZZZZZZ6", "KZ-10", "OTHER", null, org);
        long young = person("P-ZZZZZZZ2", 1990);
        long older = person("P-ZZZZZZZ3", 1983);
        jdbc.sql("update victims_victim set person_id = ?, age_in_year_of_identification = 11 where id = ?")
                .params(young, ofPerson).update();
        jdbc.sql("update victims_victim set person_id = ?, age_in_year_of_identification = 18 where id = ?")
                .params(older, ofOlderPerson).update();
        decision(ofPerson, 0, "PRESUMED", "2001-08-01", org);
        decision(ofOlderPerson, 0, "PRESUMED", "2001-08-02", org);
        String victims = "(" + child + ", " + unknownAge + ", " + possible + ", " + ofPerson + ", " + ofOlderPerson
                + ")";
        assertThat(rows("statistics_victim_status", "victim_id in " + victims, "victim_id, decided_on"))
                .containsExactly(
                        "(" + child + ",POSSIBLE,2001-01-10)", "(" + child + ",PRESUMED,2001-02-01)",
                        "(" + child + ",CONFIRMED,2001-03-01)", "(" + unknownAge + ",CONFIRMED,2001-07-01)",
                        "(" + possible + ",POSSIBLE,2001-01-12)", "(" + ofPerson + ",PRESUMED,2001-08-01)",
                        "(" + ofOlderPerson + ",PRESUMED,2001-08-02)");
        assertThat(rows("statistics_victim", "id in " + victims, "id")).containsExactly(
                "(" + child + ",KZ-10,2001-02-01,FEMALE,t,t,t,f,f,f,CHILD,t,AGE_9_17,{KZ},{},UNKNOWN,POLICE,f,V" + child
                        + ",f)",
                "(" + unknownAge + ",,2001-07-01,MALE,f,f,f,f,f,t,UNKNOWN,t,UNKNOWN,{UZ},{RU},TRANSNATIONAL,POLICE,f,V"
                        + unknownAge + ",f)",
                "(" + ofPerson + ",KZ-10,2001-08-01,UNKNOWN,t,f,f,f,f,t,CHILD,f,AGE_9_17,{},{},UNKNOWN,POLICE,f,P"
                        + young
                        + ",f)",
                "(" + ofOlderPerson + ",KZ-10,2001-08-02,OTHER,f,f,f,f,f,t,UNKNOWN,f,UNKNOWN,{},{},UNKNOWN,POLICE,f,P"
                        + older + ",f)");
        // each person once: a person record merged into another counts as the one it was merged into (its root)
        jdbc.sql("update persons_person set merged_into_id = ? where id = ?").params(young, older).update();
        assertThat(rows("statistics_person_root", "person_id = " + older, "person_id")).containsExactly("(" + older
                + "," + young + ")");
        assertThat(rows("statistics_victim_person", "id in " + victims, "id")).containsExactly("(" + child + ",V"
                + child + ",KZ-10,2001-02-01,f)", "(" + unknownAge + ",V" + unknownAge + ",,2001-07-01,f)", "("
                        + possible + ",V" + possible + ",KZ-10,,f)", "(" + ofPerson + ",P" + young
                                + ",KZ-10,2001-08-01,f)", "(" + ofOlderPerson + ",P" + young + ",KZ-10,2001-08-02,f)");
        assertThat(rows("statistics_ctdc_victim", "identified_on between '2001-08-01' and '2001-08-31'",
                "identified_on")).extracting(row -> row.substring(row.lastIndexOf(',') + 1)).containsExactly("t)",
                        "f)");
        // each situation once: a victim record merged into another of its situation is marked merged, is no
        // person's first of its year, and stands in the way of none of its person's records (even one identified
        // after it)
        jdbc.sql("update victims_victim set merged_into_id = ? where id = ?").params(ofOlderPerson, ofPerson).update();
        assertThat(rows("statistics_victim_person", "id = " + ofPerson, "id")).containsExactly("(" + ofPerson + ",P"
                + young + ",KZ-10,2001-08-01,t)");
        assertThat(rows("statistics_victim", "id = " + ofPerson, "id")).extracting(row -> row.substring(row
                .lastIndexOf(',') + 1)).containsExactly("t)");
        assertThat(rows("statistics_ctdc_victim", "identified_on between '2001-08-01' and '2001-08-31'",
                "identified_on")).extracting(row -> row.substring(row.lastIndexOf(',') + 1)).containsExactly("f)",
                        "t)");
        jdbc.sql("update victims_victim set merged_into_id = null where id = ?").params(ofPerson).update();
        jdbc.sql("update persons_person set merged_into_id = null where id = ?").params(older).update();
        // a victim recorded as stateless: no citizenship, and not counted as unknown
        jdbc.sql("update victims_victim set stateless = true where id = ?").param(ofOlderPerson).update();
        assertThat(rows("statistics_victim", "id = " + ofOlderPerson, "id")).containsExactly(
                "(" + ofOlderPerson + ",KZ-10,2001-08-02,OTHER,f,f,f,f,f,t,UNKNOWN,f,UNKNOWN,{},{},UNKNOWN,POLICE,t,P"
                        + older + ",f)");
        // a record that leaves its person (consent to processing withdrawn) keeps its age at identification
        jdbc.sql("update victims_victim set person_id = null where id = ?").param(ofPerson).update();
        assertThat(rows("statistics_victim", "id = " + ofPerson, "id")).containsExactly(
                "(" + ofPerson + ",KZ-10,2001-08-01,UNKNOWN,t,f,f,f,f,t,CHILD,f,AGE_9_17,{},{},UNKNOWN,POLICE,f,V"
                        + ofPerson + ",f)");
        // the export's rows carry no id: the scenario's year tells them apart
        assertThat(rows("statistics_ctdc_victim", "identified_on between '2001-01-01' and '2001-12-31'",
                "identified_on")).containsExactly("(2001-02-01,FEMALE,16,KZ,,t,f,f,f,,,{PhysicalThreats},AGE_9_17,t)",
                        "(2001-07-01,MALE,,UZ,RU,f,f,f,t,,,{},UNKNOWN,t)",
                        "(2001-08-01,UNKNOWN,,,,f,f,f,t,,,{},AGE_9_17,t)",
                        "(2001-08-02,OTHER,,,,f,f,f,t,,,{},UNKNOWN,t)");

        // what victims received, in the region of the victim's record
        jdbc.sql("""
                insert into victims_interview (victim_id, seq, interviewed_on, place, video_recorded,
                                               social_worker_present, recorded_by)
                values (?, 0, '2001-02-10', 'POLICE', false, true, 'test')""").params(child).update();
        jdbc.sql("""
                insert into victims_protection (victim_id, seq, starts_on, cost_kzt, recorded_by)
                values (?, 0, '2001-02-11', 150000, 'test')""").params(child).update();
        jdbc.sql("""
                insert into victims_permit (victim_id, seq, kind, applied_on, outcome, decided_on, recorded_by)
                values (?, 0, 'TEMPORARY_RESIDENCE', '2001-07-02', 'GRANTED', '2001-07-20', 'test')""")
                .params(unknownAge).update();
        jdbc.sql("""
                insert into victims_compensation (victim_id, seq, route, filed_on, claimed_kzt, awarded_on, awarded_kzt,
                                                  recorded_by)
                values (?, 0, 'CIVIL_CLAIM', '2001-03-05', 500000, '2001-09-01', 300000, 'test')""").params(child)
                .update();
        jdbc.sql("update victims_compensation set paid_on = '2001-10-01', paid_kzt = 250000 where victim_id = ?")
                .param(child).update();
        jdbc.sql("""
                insert into victims_non_punishment (victim_id, seq, screened_on, context, offence, result, recorded_by,
                                                    organisation_id)
                values (?, 0, '2001-07-03', 'BEFORE_DEPORTATION', 'IMMIGRATION', 'NOT_PUNISHED', 'test', ?)""")
                .params(unknownAge, org).update();
        jdbc.sql("update victims_victim set reflection_starts_on = '2001-07-01', reflection_ends_on = '2002-01-01' "
                + "where id = ?").param(unknownAge).update();
        assertThat(rows("statistics_victim_non_punishment", "victim_id in " + victims, "victim_id"))
                .containsExactly("(" + unknownAge + ",2001-07-03,NOT_PUNISHED,)");
        assertThat(rows("statistics_victim_reflection", "victim_id in " + victims, "victim_id"))
                .containsExactly("(" + unknownAge + ",2001-07-01,)");
        jdbc.sql("""
                insert into victims_reflection_extension (victim_id, seq, decided_on, until, recorded_by)
                values (?, 0, '2001-12-20', '2002-06-30', 'test')""").param(unknownAge).update();
        assertThat(rows("statistics_victim_reflection_extension", "victim_id in " + victims, "victim_id"))
                .containsExactly("(" + unknownAge + ",2001-12-20,)");
        assertThat(rows("statistics_victim_interview", "victim_id in " + victims, "victim_id"))
                .containsExactly("(" + child + ",2001-02-10,KZ-10)");
        assertThat(rows("statistics_victim_protection", "victim_id in " + victims, "victim_id"))
                .containsExactly("(" + child + ",2001-02-11,150000,KZ-10)");
        assertThat(rows("statistics_victim_permit", "victim_id in " + victims, "victim_id"))
                .containsExactly("(" + unknownAge + ",TEMPORARY_RESIDENCE,GRANTED,2001-07-20,)");
        assertThat(rows("statistics_victim_compensation", "victim_id in " + victims, "victim_id"))
                .containsExactly("(" + child + ",2001-03-05,2001-09-01,300000,KZ-10,500000,2001-10-01,250000)");

        // referrals: answered at the first of their answers (one never answered), their steps, the services
        long other = jdbc.sql("select min(id) from organisations_organisation where id <> ?").param(org)
                .query(Long.class).single();
        long answered = referral("R-ZZZZZZZ2", child, org, other);
        long unanswered = referral("R-ZZZZZZZ3", child, org, other);
        step(answered, 0, "SENT", "2001-04-01", org);
        step(answered, 1, "DECLINED", "2001-04-20", other);
        step(answered, 2, "ACCEPTED", "2001-04-10", other);
        step(unanswered, 0, "SENT", "2001-04-02", org);
        String referrals = "(" + answered + ", " + unanswered + ")";
        assertThat(rows("statistics_referral", "id in " + referrals, "id")).containsExactly(
                "(" + answered + ",2001-04-15,2001-04-10,KZ-10)", "(" + unanswered + ",2001-04-15,,KZ-10)");
        assertThat(rows("statistics_referral_step", "referral_id in " + referrals, "referral_id, occurred_on"))
                .containsExactly("(" + answered + ",SENT,2001-04-01,KZ-10)", "(" + answered
                        + ",ACCEPTED,2001-04-10,KZ-10)",
                        "(" + answered + ",DECLINED,2001-04-20,KZ-10)", "(" + unanswered + ",SENT,2001-04-02,KZ-10)");
        long episode = jdbc.sql("""
                insert into referrals_service_episode (victim_id, referral_id, organisation_id, service, started_on,
                                                       cost_kzt, funding_source, recorded_by, recorded_at)
                values (?, ?, ?, 'SHELTER', '2001-04-12', 0, 'STATE', 'test', now()) returning id""")
                .params(child, answered, other).query(Long.class).single();
        assertThat(rows("statistics_service_episode", "victim_id in " + victims, "id"))
                .containsExactly("(" + episode + "," + child + ",SHELTER,2001-04-12,KZ-10)");

        // a removal stopped by its screening, and one executed after screening was not possible
        long removed = person("P-ZZRVMXYW", 1990);
        long stopped = jdbc.sql("""
                insert into inspections_removal (reference, organisation_id, region, person_id, citizenship, kind,
                    decided_on, status, victim_id, victim_reference, screened_on, screening_decision, stopped_on,
                    recorded_by, recorded_at)
                values ('D-22222222', ?, 'KZ-71', ?, 'UZ', 'DEPORTATION', '2001-05-01', 'STOPPED', ?, 'V-22222222',
                    '2001-05-03', 'POSSIBLE', '2001-05-03', 'test', now()) returning id""")
                .params(org, removed, child).query(Long.class).single();
        long executed = jdbc.sql("""
                insert into inspections_removal (reference, organisation_id, region, person_id, citizenship, kind,
                    decided_on, status, no_screening_reason, no_screening_on, executed_on, recorded_by, recorded_at)
                values ('D-33333333', ?, 'KZ-71', ?, 'AF', 'EXPULSION', '2001-06-01', 'EXECUTED', 'NO_INTERPRETER',
                    '2001-06-02', '2001-06-05', 'test', now()) returning id""")
                .params(org, removed).query(Long.class).single();
        assertThat(rows("statistics_removal", "id in (" + stopped + ", " + executed + ")", "id")).containsExactly(
                "(" + stopped + ",KZ-71,UZ,DEPORTATION,2001-05-01,2001-05-03,POSSIBLE,,,2001-05-03,)",
                "(" + executed + ",KZ-71,AF,EXPULSION,2001-06-01,,,NO_INTERPRETER,2001-06-02,,2001-06-05)");
    }

    /** The view's rows that meet the condition, each as PostgreSQL writes a row ("(1,KZ-10,,t)": empty is null). */
    private List<String> rows(String view, String condition, String order) {
        assertThat(CONTRACT).containsKey(view);
        return jdbc.sql("select r::text from " + view + " r where " + condition + " order by " + order)
                .query(String.class).list();
    }

    private long insertCase(String erdr, String region, String registeredOn, long unit) {
        return jdbc.sql("""
                insert into cases_case (erdr_number, registered_on, region_code, unit_id, status, created_by,
                    created_at,
                                        updated_at)
                values (?, cast(? as date), ?, ?, 'OPEN', 'test', now(), now()) returning id""")
                .params(erdr, registeredOn, region, unit).query(Long.class).single();
    }

    private void event(long caseId, int seq, String type, String occurredOn, Integer corrects, Integer imprisonment,
            String reason) {
        boolean verdict = type.equals("VERDICT");
        jdbc.sql("""
                insert into cases_event (case_id, seq, type, occurred_on, recorded_at, recorded_by, corrects_seq,
                    reason,
                                         defendant_no, outcome, conviction_article, imprisonment_months, juvenile)
                values (?, ?, ?, cast(? as date), now(), 'test', ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, seq, type, occurredOn, corrects, reason, verdict ? 0 : null,
                        verdict ? "CONVICTED" : null, verdict ? "128" : null, imprisonment, verdict ? false : null)
                .update();
    }

    private void qualified(long caseId, int seq, String type, String occurredOn, Integer corrects, String... forms) {
        jdbc.sql("""
                insert into cases_event (case_id, seq, type, occurred_on, recorded_at, recorded_by, corrects_seq,
                    charges,
                                         forms, flags)
                values (?, ?, ?, cast(? as date), now(), 'test', ?, array['128(1)'], cast(? as varchar[]),
                        array[]::varchar[])""")
                .params(caseId, seq, type, occurredOn, corrects, forms).update();
    }

    private long operation(String startedOn) {
        return jdbc.sql("""
                insert into cases_operation (name, started_on, created_by, created_at, updated_at)
                values ('Test operation', cast(? as date), 'test', now(), now()) returning id""")
                .params(startedOn).query(Long.class).single();
    }

    private long cooperation(Long caseId) {
        return jdbc.sql("""
                insert into cases_cooperation (kind, direction, country, case_id, requested_on, status, decided_on,
                                               executed_on, created_by, created_at, updated_at)
                values ('EXTRADITION', 'INCOMING', 'RU', ?, '2001-05-10', 'EXECUTED', '2001-06-01', '2001-06-10',
                    'test',
                        now(), now()) returning id""").params(caseId).query(Long.class).single();
    }

    private long victim(String reference, String region, String sex, Integer age, long org) {
        return jdbc.sql("""
                insert into victims_victim (reference, registered_by, registered_by_organisation_id,
                                            owner_organisation_id, region_code, identified_on, status, sex,
                                            age_at_identification, created_at, updated_at)
                values (?, 'test', ?, ?, ?, '2001-01-10', 'POSSIBLE', ?, ?, now(), now()) returning id""")
                .params(reference, org, org, region, sex, age).query(Long.class).single();
    }

    private long person(String pseudonym, int birthYear) {
        long user = jdbc.sql("select min(id) from identity_user").query(Long.class).single();
        long org = jdbc.sql("select min(id) from organisations_organisation").query(Long.class).single();
        return jdbc.sql("""
                insert into persons_person (pseudonym, birth_year, sex, registered_by_user_id,
                                            registered_by_organisation_id, created_at, updated_at)
                values (?, ?, 'UNKNOWN', ?, ?, now(), now()) returning id""")
                .params(pseudonym, birthYear, user, org).query(Long.class).single();
    }

    private void decision(long victim, int seq, String status, String decidedOn, long org) {
        jdbc.sql("""
                insert into victims_status (victim_id, seq, status, decided_on, deciding_organisation_id, deciding_type,
                                            recorded_by, recorded_at)
                values (?, ?, ?, cast(? as date), ?, 'POLICE', 'test', now())""")
                .params(victim, seq, status, decidedOn, org).update();
    }

    private long referral(String reference, long victim, long from, long to) {
        return jdbc.sql("""
                insert into referrals_referral (reference, victim_id, anonymous, kind, from_organisation_id,
                                                to_organisation_id, status, sent_on, answer_due_on, created_at,
                                                updated_at)
                values (?, ?, false, 'REFERRAL', ?, ?, 'PENDING', '2001-04-01', '2001-04-15', now(), now())
                returning id""").params(reference, victim, from, to).query(Long.class).single();
    }

    private void step(long referral, int seq, String step, String occurredOn, long org) {
        jdbc.sql("""
                insert into referrals_step (referral_id, seq, step, occurred_on, recorded_at, recorded_by,
                    organisation_id)
                values (?, ?, ?, cast(? as date), now(), 'test', ?)""").params(referral, seq, step, occurredOn, org)
                .update();
    }

    private static Map<String, List<String>> contract(String... views) {
        return Arrays.stream(views).map(view -> view.split(": ", 2)).collect(Collectors.toMap(parts -> parts[0],
                parts -> List.of(parts[1].split(", ")), (a, b) -> a, TreeMap::new));
    }
}
