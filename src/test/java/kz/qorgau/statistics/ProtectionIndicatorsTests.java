package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.shared.Today;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * The protection chapter's counting rules on small scenarios written into the owning modules' tables in 2001 (long
 * before any demo record) or, for what is counted today, in the current year (as differences, whatever else is
 * recorded), each in a transaction that is rolled back.
 */
@QorgauTest
class ProtectionIndicatorsTests extends FullTest {

    static final int YEAR = 2001;

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ProtectionIndicators protection;
    @Autowired
    Statistics statistics;
    @Autowired
    Today today;

    private void rolledBack(Consumer<StatisticsRecords> scenario) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            scenario.accept(new StatisticsRecords(jdbc));
        });
    }

    private Map<String, Number> figures(int year) {
        return protection.compute(new StatisticsQuery(year, null), code -> true);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(YEAR, month, day);
    }

    @Test
    void aReferralIsOverdueAtTheYearsEndWhenStillPendingThenAndDueBefore() {
        rolledBack(records -> {
            long victim = records.victim("KZ-10", "FEMALE", 30, false, null, day(1, 10));
            // pending past its date at the year's end (sent the year before): overdue in 2001 as in 2000
            records.referral(victim, LocalDate.of(2000, 12, 1), LocalDate.of(2000, 12, 4));
            // answered late, but before the year's end: not overdue at the end of 2001
            long late = records.referral(victim, day(3, 1), day(3, 4));
            records.step(late, 1, "ACCEPTED", day(3, 20));
            // due on the last day: not yet past it on that day
            records.referral(victim, day(12, 20), day(12, 31));
            // due before the year's end, answered only in the next year: overdue at the end of 2001
            long answeredLater = records.referral(victim, day(12, 1), day(12, 10));
            records.step(answeredLater, 1, "DECLINED", LocalDate.of(2002, 1, 15));
            // revoked before it was due
            long revoked = records.referral(victim, day(6, 1), day(6, 10));
            records.step(revoked, 1, "REVOKED", day(6, 5));
            assertThat(figures(2001).get("referrals.overdue")).isEqualTo(2L);
            assertThat(figures(2000).get("referrals.overdue")).isEqualTo(1L);
            // at the end of 2002: the first is still pending; the one due on 31 December 2001 too
            assertThat(figures(2002).get("referrals.overdue")).isEqualTo(2L);
        });
    }

    @Test
    void inTheCurrentYearAReferralIsOverdueTodayOnlyWhenItsAnswerDateHasPassed() {
        LocalDate now = today.date();
        Assumptions.assumeTrue(now.getDayOfYear() > 1 && now.plusDays(1).getYear() == now.getYear(),
                "needs a day before and after today in the same year");
        int year = now.getYear();
        long before = figures(year).get("referrals.overdue").longValue();
        rolledBack(records -> {
            long victim = records.victim("KZ-10", "FEMALE", 30, false, null, now.minusDays(1));
            // due later this year (the 20 December of a referral looked at on 4 December): not overdue today
            records.referral(victim, now.minusDays(1), now.plusDays(1));
            // due yesterday and unanswered: overdue today
            records.referral(victim, now.minusDays(1), now.minusDays(1));
            // due today: not yet
            records.referral(victim, now.minusDays(1), now);
            assertThat(figures(year).get("referrals.overdue").longValue() - before).isEqualTo(1);
        });
    }

    @Test
    void compensationClaimsAreCountedAsClaimsAndTheVictimsWhoFiledThemAsPersons() {
        rolledBack(records -> {
            long first = records.victim("KZ-10", "FEMALE", 30, false, null, day(1, 10));
            long second = records.victim("KZ-10", "MALE", 40, false, null, day(1, 10));
            records.claim(first, 0, day(2, 1));
            records.claim(first, 1, day(3, 1));
            records.claim(second, 0, day(4, 1));
            Map<String, Number> figures = figures(YEAR);
            assertThat(figures.get("victims.compensation.claims_filed")).isEqualTo(3L);
            assertThat(figures.get("victims.compensation.claimants")).isEqualTo(2L);
        });
        assertThat(unit("victims.compensation.claims_filed")).isEqualTo("CLAIMS");
        assertThat(unit("victims.compensation.claimants")).isEqualTo("PERSONS");
        assertThat(unit("extraditions.outgoing")).isEqualTo("REQUESTS");
        assertThat(unit("extraditions.incoming")).isEqualTo("REQUESTS");
    }

    @Test
    void assistanceCountsDistinctVictimsByServiceCompensationClaimedAwardedAndPaidScreeningsAndReflectionPeriods() {
        rolledBack(records -> {
            long first = records.victim("KZ-10", "FEMALE", 30, false, null, day(1, 10));
            long second = records.victim("KZ-10", "MALE", 40, false, null, day(1, 10));
            long referral = records.referral(first, day(1, 11), day(1, 20));
            // three episodes of two kinds for the first victim, one repatriation for the second
            for (String[] episode : new String[][]{ { "SHELTER", "1" }, { "SHELTER", "1" }, { "MEDICAL", "1" },
                    { "REPATRIATION", "2" } }) {
                jdbc.sql("""
                        insert into referrals_service_episode (victim_id, referral_id, organisation_id, service,
                                                               started_on, cost_kzt, funding_source, recorded_by,
                                                               recorded_at)
                        values (?, ?, ?, ?, ?, 0, 'STATE', 'test', now())""")
                        .params(episode[1].equals("1") ? first : second, referral, records.otherOrganisation,
                                episode[0], day(2, 1)).update();
            }
            records.claim(first, 0, day(2, 1));
            records.claim(second, 0, day(3, 1));
            // awarded in 2001, paid in part in 2002
            jdbc.sql("update victims_compensation set awarded_on = ?, awarded_kzt = 80000, paid_on = ?, "
                    + "paid_kzt = 50000 where victim_id = ?").params(day(6, 1), LocalDate.of(2002, 2, 1), first)
                    .update();
            for (String result : List.of("NOT_PUNISHED", "NOT_PUNISHED", "OFFENCE_NOT_LINKED")) {
                jdbc.sql("""
                        insert into victims_non_punishment (victim_id, seq, screened_on, context, offence, result,
                                                            recorded_by, organisation_id)
                        values (?, (select count(*) from victims_non_punishment where victim_id = ?), ?,
                                'BEFORE_DEPORTATION', 'IMMIGRATION', ?, 'test', ?)""")
                        .params(second, second, day(4, 1), result, records.organisation).update();
            }
            jdbc.sql("update victims_victim set reflection_starts_on = ?, reflection_ends_on = ? where id = ?")
                    .params(day(1, 10), day(7, 10), second).update();
            // extended twice in the year (counted once, by the days of the decisions) and once more the next year
            for (LocalDate decided : List.of(day(6, 1), day(11, 1), day(1, 15).plusYears(1))) {
                jdbc.sql("""
                        insert into victims_reflection_extension (victim_id, seq, decided_on, until, recorded_by)
                        values (?, (select count(*) from victims_reflection_extension where victim_id = ?), ?, ?,
                                'test')""").params(second, second, decided, decided.plusYears(1)).update();
            }
            Map<String, Number> figures = figures(YEAR);
            assertThat(figures.get("services.delivered")).isEqualTo(4L);
            assertThat(figures).containsEntry("victims.assisted", 2L).containsEntry("victims.assisted.shelter", 1L)
                    .containsEntry("victims.assisted.medical", 1L).containsEntry("victims.assisted.repatriation", 1L)
                    .containsEntry("victims.assisted.legal", 0L);
            assertThat(figures).containsEntry("victims.compensation.claimed_kzt", 200000L)
                    .containsEntry("victims.compensation.awarded_kzt", 80000L)
                    .containsEntry("victims.compensation.paid_kzt", 0L)
                    .containsEntry("victims.compensation.paid_persons", 0L);
            assertThat(figures(2002)).containsEntry("victims.compensation.paid_kzt", 50000L)
                    .containsEntry("victims.compensation.paid_persons", 1L);
            assertThat(figures).containsEntry("victims.non_punishment.screenings", 3L)
                    .containsEntry("victims.non_punishment.screenings.not_punished", 2L)
                    .containsEntry("victims.non_punishment.screenings.offence_not_linked", 1L)
                    .containsEntry("victims.non_punishment.screenings.referred_for_decision", 0L)
                    .containsEntry("victims.non_punishment.screenings.non_punishment_result_unknown", 0L);
            assertThat(figures).containsEntry("victims.foreign.reflection_periods_started", 1L)
                    .containsEntry("victims.foreign.reflection_periods_extended", 1L);
            assertThat(figures(YEAR + 1)).containsEntry("victims.foreign.reflection_periods_extended", 1L);
            // no population figures: SDG 16.2.2 has no denominator and no value, whatever the victims
            assertThat(figures.get("victims.identified")).isEqualTo(2L);
            assertThat(figures).containsKey("sdg.16_2_2.victims_per_100000");
            assertThat(figures.get("sdg.16_2_2.victims_per_100000")).isNull();
        });
        assertThat(unit("victims.assisted")).isEqualTo("PERSONS");
        assertThat(unit("victims.non_punishment.screenings")).isEqualTo("SCREENINGS");
        assertThat(unit("sdg.16_2_2.victims_per_100000")).isEqualTo("PER_100000");
    }

    private String unit(String code) {
        return statistics.indicator(code).map(indicator -> indicator.unit().name()).orElse("none");
    }

    @Test
    void unknownCitizenshipSexAndAgeAreCategoriesOfTheirOwnAndEachBreakdownSumsToTheTotal() {
        rolledBack(records -> {
            long citizen = records.victim("KZ-10", "FEMALE", 30, false, null, day(1, 10));
            records.country(citizen, "CITIZENSHIP", "KZ");
            long foreign = records.victim("KZ-10", "MALE", 17, false, null, day(1, 10));
            records.country(foreign, "CITIZENSHIP", "UZ");
            // no citizenship, sex or age recorded, and no person record
            records.victim("KZ-10", "UNKNOWN", null, false, null, day(1, 10));
            // no age on the record; the person record's birth year makes her 11 on the day of identification
            long child = records.victim("KZ-10", "FEMALE", null, false, records.person(1990, "FEMALE"), day(5, 1));
            records.form(child, "SEXUAL_EXPLOITATION");
            Map<String, Number> figures = figures(YEAR);
            String v = "victims.identified";
            assertThat(figures.get(v)).isEqualTo(4L);
            assertThat(figures).containsEntry(v + ".citizens", 1L).containsEntry(v + ".foreign", 1L)
                    .containsEntry(v + ".citizenship_unknown", 2L);
            assertThat(figures).containsEntry(v + ".female", 2L).containsEntry(v + ".male", 1L)
                    .containsEntry(v + ".sex_other", 0L).containsEntry(v + ".sex_unknown", 1L);
            assertThat(figures).containsEntry(v + ".children", 2L).containsEntry(v + ".adults", 1L)
                    .containsEntry(v + ".age_unknown", 1L);
            assertThat(figures).containsEntry(v + ".sexual_exploitation.citizenship_unknown", 1L)
                    .containsEntry(v + ".unspecified.citizenship_unknown", 1L);
        });
    }

    @Test
    void aStatelessVictimCountsAsStatelessNotAsUnknownAndTheCitizenshipBreakdownsStillSumToTheTotal() {
        rolledBack(records -> {
            long citizen = records.victim("KZ-10", "FEMALE", 30, false, null, day(1, 10));
            records.country(citizen, "CITIZENSHIP", "KZ");
            long foreign = records.victim("KZ-10", "MALE", 40, false, null, day(1, 10));
            records.country(foreign, "CITIZENSHIP", "KG");
            records.stateless(records.victim("KZ-10", "MALE", 25, false, null, day(2, 1)));
            records.victim("KZ-10", "FEMALE", 20, false, null, day(3, 1));
            Map<String, Number> figures = figures(YEAR);
            String v = "victims.identified";
            assertThat(figures.get(v)).isEqualTo(4L);
            assertThat(figures).containsEntry(v + ".citizens", 1L).containsEntry(v + ".foreign", 1L)
                    .containsEntry(v + ".stateless", 1L).containsEntry(v + ".citizenship_unknown", 1L);
            assertThat(figures).containsEntry(v + ".citizenship_kz", 1L).containsEntry(v + ".citizenship_kg", 1L)
                    .containsEntry(v + ".citizenship_other", 0L).containsEntry(v + ".citizenship_stateless", 1L)
                    .containsEntry(v + ".citizenship_country_unknown", 1L);
        });
    }

    @Test
    void victimsAreCountedBySexAndAgeAgeBandCountryBorderAndIdentifyingOrganisationWithTheirUnknowns() {
        rolledBack(records -> {
            // a woman of 30, a citizen exploited at home: domestic
            long woman = records.victim("KZ-10", "FEMALE", 30, false, null, day(1, 10));
            records.country(woman, "CITIZENSHIP", "KZ");
            records.country(woman, "EXPLOITATION", "KZ");
            // a boy of 15 from Uzbekistan exploited in Kazakhstan: transnational
            long boy = records.victim("KZ-10", "MALE", 15, false, null, day(1, 10));
            records.country(boy, "CITIZENSHIP", "UZ");
            records.country(boy, "EXPLOITATION", "KZ");
            // nothing known
            records.victim(null, "UNKNOWN", null, false, null, day(1, 10));
            // no age on the record; born in 1995, so 5 or 6: a girl aged 0 to 8; a Russian and German citizen
            // exploited in the Emirates
            long girl = records.victim("KZ-10", "FEMALE", null, false, records.person(1995, "FEMALE"), day(5, 1));
            records.country(girl, "CITIZENSHIP", "RU");
            records.country(girl, "CITIZENSHIP", "DE");
            records.country(girl, "EXPLOITATION", "AE");
            // born in 1992, so 8 or 9: a girl whose age band the birth year does not decide; a citizen, no country of
            // exploitation recorded
            long older = records.victim("KZ-10", "FEMALE", null, false, records.person(1992, "FEMALE"), day(5, 1));
            records.country(older, "CITIZENSHIP", "KZ");
            Map<String, Number> figures = figures(YEAR);
            String v = "victims.identified.";
            assertThat(figures.get("victims.identified")).isEqualTo(5L);
            assertThat(figures).containsEntry(v + "women", 1L).containsEntry(v + "girls", 2L)
                    .containsEntry(v + "boys", 1L).containsEntry(v + "men", 0L)
                    .containsEntry(v + "female_age_unknown", 0L).containsEntry(v + "sex_and_age_unknown", 1L);
            assertThat(figures).containsEntry(v + "age_0_8", 1L).containsEntry(v + "age_9_17", 1L)
                    .containsEntry(v + "age_30_38", 1L).containsEntry(v + "age_band_unknown", 2L);
            assertThat(figures).containsEntry(v + "citizenship_kz", 2L).containsEntry(v + "citizenship_uz", 1L)
                    .containsEntry(v + "citizenship_ru", 1L).containsEntry(v + "citizenship_other", 1L)
                    .containsEntry(v + "citizenship_country_unknown", 1L);
            assertThat(figures).containsEntry(v + "exploited_in_kz", 2L).containsEntry(v + "exploited_in_ae", 1L)
                    .containsEntry(v + "exploited_in_other", 0L).containsEntry(v + "exploitation_country_unknown", 2L);
            assertThat(figures).containsEntry(v + "domestic", 1L).containsEntry(v + "transnational", 2L)
                    .containsEntry(v + "border_unknown", 2L);
            assertThat(figures).containsEntry(v + "identified_by_police", 5L).containsEntry(v + "identified_by_ngo", 0L)
                    .containsEntry(v + "identified_by_unknown", 0L);
        });
    }

    @Test
    void theAgeGroupStaysWhenTheRecordLeavesItsPerson() {
        rolledBack(records -> {
            long child = records.victim("KZ-10", "FEMALE", null, false, records.person(1990, "FEMALE"), day(5, 1));
            assertThat(figures(YEAR)).containsEntry("victims.identified.children", 1L)
                    .containsEntry("victims.identified.age_9_17", 1L);
            // consent to processing withdrawn: the record leaves the person (Victim.recordConsent)
            jdbc.sql("update victims_victim set person_id = null where id = ?").param(child).update();
            assertThat(figures(YEAR)).containsEntry("victims.identified.children", 1L)
                    .containsEntry("victims.identified.age_unknown", 0L)
                    .containsEntry("victims.identified.age_9_17", 1L);
        });
    }

    @Test
    void theFiguresByRegionCountTheRecordsOfNoRegionApartSoThatTheySumToTheNationalFigure() {
        QorgauUser analyst = users.demo("analyst");
        rolledBack(records -> {
            records.victim("KZ-10", "FEMALE", 30, false, null, day(1, 10));
            records.victim("KZ-75", "FEMALE", 30, false, null, day(1, 10));
            for (int i = 0; i < 6; i++) {
                records.victim(null, "MALE", 40, false, null, day(2, 1));
            }
            Statistics.ByRegion exact = SignedIn.as(analyst, () -> statistics.byRegion(Set.of("victims.identified"),
                    YEAR, Statistics.Audience.EXACT)).get("victims.identified");
            assertThat(exact.unknown()).isEqualTo(6L);
            assertThat(exact.unknownMark()).isNull();
            assertThat(exact.values().values().stream().mapToLong(Number::longValue).sum() + exact.unknown()
                    .longValue())
                    .isEqualTo(figures(YEAR).get("victims.identified").longValue()).isEqualTo(8);
        });
        rolledBack(records -> {
            records.victim(null, "MALE", 40, false, null, day(2, 1));
            // a small count of them is shown by its mark to whoever may not list the victims' records
            Statistics.ByRegion published = SignedIn.as(analyst, () -> statistics.byRegion(Set.of(
                    "victims.identified"), YEAR, Statistics.Audience.of(analyst))).get("victims.identified");
            assertThat(published.unknown()).isNull();
            assertThat(published.unknownMark()).isEqualTo("<5");
        });
    }

    @Test
    void theGlotipTableHidesASecondCellWhereAHiddenOneCouldBeWorkedOutFromItsTotals() {
        rolledBack(records -> {
            // 18 men: 14 adults and 4 boys (18 − 14 − 0 = 4 if only the boys were hidden); 10 women
            for (int i = 0; i < 18; i++) {
                long man = records.victim("KZ-10", "MALE", i < 14 ? 30 : 15, false, null, day(2, 1));
                records.country(man, "CITIZENSHIP", "KZ");
            }
            for (int i = 0; i < 10; i++) {
                long woman = records.victim("KZ-10", "FEMALE", 25, false, null, day(2, 1));
                records.country(woman, "CITIZENSHIP", "KZ");
            }
            List<Map<String, Object>> rows = glotip(YEAR);
            Map<String, Object> boys = row(rows, "Total", "Total", "Male", "0 to 17 years");
            assertThat(boys.get("value")).isEqualTo("<5");
            // its row (the ages of men) and its column (the sexes of children) each hide another cell
            assertThat(rows.stream().filter(row -> row.get("indicator").equals(Glotip.VICTIMS)
                    && row.get("dimension").equals("Total") && row.get("sex").equals("Male")
                    && !row.get("age").equals("0 to 17 years"))
                    .filter(row -> !row.get("value").toString().chars().allMatch(Character::isDigit))).isNotEmpty();
            assertThat(rows.stream().filter(row -> row.get("indicator").equals(Glotip.VICTIMS)
                    && row.get("dimension").equals("Total") && row.get("age").equals("0 to 17 years")
                    && !row.get("sex").equals("Male"))
                    .filter(row -> !row.get("value").toString().chars().allMatch(Character::isDigit))).isNotEmpty();
            // citizenship and forms have an unknown category of their own
            assertThat(row(rows, "by citizenship", "Unknown", "Total", "Total").get("value")).isEqualTo("0");
            assertThat(row(rows, "by form of exploitation", "Unspecified", "Total", "Total").get("value"))
                    .isEqualTo("28");
        });
    }

    @Test
    void theCtdcExportSaysWhenTheSuppressionLimitWasExceededAndNothingWasReleased() {
        rolledBack(records -> {
            for (int i = 0; i < 3; i++) {
                records.victim("KZ-10", "FEMALE", 30, false, null, day(2, 1));
            }
            Map<String, Object> metadata = JsonPath.read(get("/api/v1/statistics/ctdc/" + YEAR), "$.metadata");
            assertThat(metadata).containsEntry("recordsConsidered", 3).containsEntry("recordsReleased", 0)
                    .containsEntry("suppressionLimitExceeded", true).containsEntry("nothingReleased", true);
            assertThat(metadata.get("notice").toString()).contains("Nothing was released")
                    .contains("suppression limit was exceeded");
        });
    }

    private List<Map<String, Object>> glotip(int year) {
        return JsonPath.read(get("/api/v1/statistics/glotip/" + year), "$");
    }

    private String get(String path) {
        try {
            return mvc.perform(MockMvcRequestBuilders.get(path)
                    .with(users.as("analyst"))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String dimension, String category,
            String sex, String age) {
        return rows.stream().filter(row -> row.get("indicator").equals(Glotip.VICTIMS)
                && row.get("dimension").equals(dimension) && row.get("category").equals(category)
                && row.get("sex").equals(sex) && row.get("age").equals(age)).findFirst().orElseThrow();
    }
}
