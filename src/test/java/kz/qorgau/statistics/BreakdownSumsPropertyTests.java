package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.QorgauTest;
import kz.qorgau.cases.AppealOutcome;
import kz.qorgau.cases.TerminationReason;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.statistics.Definition.Dimension;
import java.util.Collections;
import java.util.Optional;

/**
 * Every breakdown of every definition sums to its total, unknown included (DESIGN.md §4), on random records of a year
 * no other record reaches (2003): victims of any sex, with or without an age, a child flag, a person record's birth
 * year, citizenships, countries of recruitment and exploitation, and forms; compensation claims, referrals and
 * services; cases with forms, indictments and verdicts (an article of conviction or none, any outcome, a prison term
 * of any length or none), appeals and terminations; defendants of any sex, birth year and citizenship; registrations
 * under none, one or several articles. For each dimension, every record counted by the total falls in one of
 * its categories (exactly one where the categories exclude each other, whose counts then add up to the total; at
 * least one where they overlap, each then at most the total). Plain JUnit over fixed seeds, as
 * {@link SmallCountsPropertyTests} (jqwik runs on JUnit Platform 1 only), so that a failure is reproduced by its seed;
 * each seed's records are written in a transaction that is rolled back.
 */
@QorgauTest
class BreakdownSumsPropertyTests {

    static final int YEAR = 2003;
    static final List<String> SEXES = List.of("FEMALE", "MALE", "OTHER", "UNKNOWN");
    static final List<String> COUNTRIES = List.of("KZ", "UZ", "KG", "RU", "DE");
    static final List<String> REGIONS = List.of("KZ-10", "KZ-75", "KZ-71");
    static final List<String> ARTICLES = List.of("128", "134", "135", "308", "125-1", "132");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    List<DefinedIndicators> sources;

    static Stream<Long> seeds() {
        return IntStream.rangeClosed(1, 25).mapToObj(seed -> (long) seed);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyBreakdownOfEveryDefinitionSumsToItsTotal(long seed) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            Random random = new Random(seed);
            StatisticsRecords records = new StatisticsRecords(jdbc);
            victims(random, records);
            cases(random, records);
            StatisticsQuery query = new StatisticsQuery(YEAR, null);
            int checked = 0;
            for (DefinedIndicators source : sources) {
                Map<String, Number> values = source.compute(query, code -> true);
                for (Definition definition : definitionsOf(source)) {
                    for (Dimension dimension : definition.dimensions()) {
                        checkSums(definition, dimension, values);
                        checkEveryRecordFallsInACategory(source, definition, dimension, query);
                        checked++;
                    }
                }
            }
            assertThat(checked).isGreaterThan(5);
            // each record identified in the year counts its person or is a record of a person already counted
            Map<String, Number> protection = sources.stream().map(source -> source.compute(query, code -> code
                    .startsWith("victims.identified"))).filter(values -> values.containsKey("victims.identified"))
                    .findFirst().orElseThrow();
            assertThat(protection.get("victims.identified").longValue() + protection.get(
                    "victims.identified_records_of_persons_counted").longValue()).isEqualTo(jdbc.sql("""
                            select count(*) from statistics_victim_person
                            where identified_on >= ? and identified_on < ?""").params(LocalDate.of(YEAR, 1, 1),
                            LocalDate.of(YEAR + 1, 1, 1)).query(Long.class).single());
            assertThat(sources.stream().mapToLong(source -> source.compute(query, code -> true)
                    .getOrDefault("victims.identified", 0L).longValue()).sum()).isPositive();
        });
    }

    private static List<Definition> definitionsOf(DefinedIndicators source) {
        return source.indicators().stream().map(Indicator::code).map(source::definition).flatMap(Optional::stream)
                .distinct().filter(definition -> !definition.dimensions().isEmpty()).toList();
    }

    private static void checkSums(Definition definition, Dimension dimension, Map<String, Number> values) {
        long total = values.get(definition.code()).longValue();
        long sum = 0;
        for (Dimension.Category category : dimension.categories()) {
            long part = values.get(definition.code() + "." + category.suffix()).longValue();
            assertThat(part).as(definition.code() + "." + category.suffix()).isLessThanOrEqualTo(total);
            sum += part;
        }
        if (dimension.overlapping()) {
            assertThat(sum).as("the parts of " + definition.code() + " " + dimension.suffixes()).isGreaterThanOrEqualTo(
                    total);
        } else {
            assertThat(sum).as("the parts of " + definition.code() + " " + dimension.suffixes()).isEqualTo(total);
        }
    }

    private static void checkEveryRecordFallsInACategory(DefinedIndicators source, Definition definition,
            Dimension dimension, StatisticsQuery query) {
        List<String> columns = dimension.categories().stream()
                .map(category -> "coalesce((" + category.condition() + "), false)").toList();
        List<int[]> groups = source.grouped(definition.code(), query, columns, (rs, n) -> {
            int in = 0;
            for (int i = 1; i <= columns.size(); i++) {
                in += rs.getBoolean(i) ? 1 : 0;
            }
            return new int[]{ in };
        });
        for (int[] group : groups) {
            assertThat(group[0]).as("categories of a record of " + definition.code() + " " + dimension.suffixes())
                    .isGreaterThanOrEqualTo(1);
            if (!dimension.overlapping()) {
                assertThat(group[0]).as("categories of a record of " + definition.code() + " " + dimension.suffixes())
                        .isEqualTo(1);
            }
        }
    }

    private static <T> T any(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static LocalDate dayOf(Random random) {
        return LocalDate.of(YEAR, 1, 1).plusDays(random.nextInt(365));
    }

    private void victims(Random random, StatisticsRecords records) {
        int count = 5 + random.nextInt(30);
        List<long[]> ofPersons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Integer age = random.nextInt(3) == 0 ? null : random.nextInt(70);
            boolean child = age == null ? random.nextInt(5) == 0 : age < 18;
            // some persons have a second record, some of them of the same situation (merged into the other)
            long[] again = !ofPersons.isEmpty() && random.nextInt(4) == 0 ? any(random, ofPersons) : null;
            Long person = again != null ? Long.valueOf(again[1]) : random.nextBoolean() ? records.person(random
                    .nextBoolean() ? null : 1940 + random.nextInt(65), any(random, SEXES)) : null;
            long victim = records.victim(random.nextInt(6) == 0 ? null : any(random, REGIONS), any(random, SEXES), age,
                    child, person, dayOf(random));
            if (again != null && random.nextBoolean()) {
                records.merge(victim, again[0]);
            } else if (person != null) {
                ofPersons.add(new long[]{ victim, person });
            }
            int citizenships = random.nextInt(3);
            List<String> countries = new ArrayList<>(COUNTRIES);
            Collections.shuffle(countries, random);
            countries.subList(0, citizenships).forEach(country -> records.country(victim, "CITIZENSHIP", country));
            Collections.shuffle(countries, random);
            countries.subList(0, random.nextInt(3)).forEach(country -> records.country(victim, "EXPLOITATION",
                    country));
            if (random.nextInt(4) == 0) {
                records.country(victim, "RECRUITMENT", any(random, COUNTRIES));
            }
            for (ExploitationForm form : ExploitationForm.values()) {
                if (random.nextInt(8) == 0) {
                    records.form(victim, form.name());
                }
            }
            for (int screening = 0; screening < random.nextInt(3); screening++) {
                jdbc.sql("""
                        insert into victims_non_punishment (victim_id, seq, screened_on, context, offence, result,
                                                            recorded_by, organisation_id)
                        values (?, ?, ?, 'BEFORE_DEPORTATION', 'IMMIGRATION', ?, 'test', ?)""")
                        .params(victim, screening, dayOf(random), any(random, List.of("NOT_PUNISHED",
                                "OFFENCE_NOT_LINKED", "REFERRED_FOR_DECISION")), records.organisation).update();
            }
            for (int claim = 0; claim < random.nextInt(3); claim++) {
                records.claim(victim, claim, dayOf(random));
            }
            if (random.nextBoolean()) {
                LocalDate sent = dayOf(random);
                long referral = records.referral(victim, sent, sent.plusDays(random.nextInt(10)));
                if (random.nextBoolean()) {
                    records.step(referral, 1, any(random, List.of("ACCEPTED", "DECLINED", "REVOKED")),
                            sent.plusDays(random.nextInt(20)));
                }
                for (int episode = 0; episode < random.nextInt(3); episode++) {
                    jdbc.sql("""
                            insert into referrals_service_episode (victim_id, referral_id, organisation_id, service,
                                                                   started_on, cost_kzt, funding_source, recorded_by,
                                                                   recorded_at)
                            values (?, ?, ?, ?, ?, 0, 'STATE', 'test', now())""")
                            .params(victim, referral, records.otherOrganisation,
                                    any(random, List.of(ServiceType.values())).name(), dayOf(random)).update();
                }
            }
        }
    }

    private void cases(Random random, StatisticsRecords records) {
        int count = 3 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            LocalDate registered = random.nextInt(4) == 0 ? LocalDate.of(YEAR - 1, 6, 1) : dayOf(random);
            long id = jdbc.sql("""
                    insert into cases_case (erdr_number, registered_on, region_code, unit_id, status, created_by,
                                            created_at, updated_at)
                    values (?, ?, ?, ?, 'OPEN', 'test', now(), now()) returning id""")
                    .params(String.format("03%013d", Math.floorMod(random.nextLong(), 10_000_000_000_000L)),
                            registered, any(random, REGIONS), records.organisation)
                    .query(Long.class).single();
            List<String> forms = new ArrayList<>();
            for (ExploitationForm form : ExploitationForm.values()) {
                if (random.nextInt(6) == 0) {
                    jdbc.sql("insert into cases_case_form (case_id, form) values (?, ?)").params(id, form.name())
                            .update();
                    forms.add(form.name());
                }
            }
            // the registration carries the qualification the breakdowns by form and the offences by article count:
            // none, one or several articles, some with parts
            List<String> charges = new ArrayList<>();
            for (String article : ARTICLES) {
                if (random.nextInt(4) == 0) {
                    charges.add(random.nextBoolean() ? article : article + "(" + (1 + random.nextInt(3)) + ")");
                }
            }
            jdbc.sql(
                    """
                            insert into cases_event (case_id, seq, type, occurred_on, recorded_at, recorded_by, charges, forms,
                                                     flags)
                            values (?, 0, 'REGISTERED', ?, now(), 'test', cast(? as varchar[]), cast(? as varchar[]), array[]::varchar[])""")
                    .params(id, registered, charges.toArray(String[]::new), forms.toArray(String[]::new)).update();
            // defendants of any sex, birth year (none, a minor's, an adult's or one that leaves the age unknown),
            // citizenships (none, Kazakhstan's, others) and date of becoming a suspect (none recorded, or one)
            int defendants = 1 + random.nextInt(3);
            for (int no = 0; no < defendants; no++) {
                long person = records.person(random.nextBoolean() ? null : 1950 + random.nextInt(60), any(random,
                        SEXES));
                List<String> countries = new ArrayList<>(List.of("KZ", "UZ", "RU", "AF", "CN"));
                Collections.shuffle(countries, random);
                for (String country : countries.subList(0, random.nextInt(3))) {
                    jdbc.sql("insert into persons_citizenship (person_id, country_code) values (?, ?)").params(person,
                            country).update();
                }
                jdbc.sql("""
                        insert into cases_defendant (case_id, defendant_no, person_id, role, added_on)
                        values (?, ?, ?, 'OTHER', ?)""")
                        .params(id, no, person, random.nextBoolean() ? null : dayOf(random)).update();
            }
            int seq = 1;
            if (random.nextInt(4) == 0) {
                event(random, id, seq++, "TERMINATED", dayOf(random), null, null, random.nextInt(5) == 0 ? null
                        : any(random, List.of(TerminationReason.values())).name());
            } else if (random.nextBoolean()) {
                LocalDate sent = LocalDate.of(YEAR, 6, 1).plusDays(random.nextInt(100));
                event(random, id, seq++, "SENT_TO_COURT", sent, null, null, null);
                for (int no = 0; no < defendants; no++) {
                    LocalDate on = sent.plusDays(10 + random.nextInt(60));
                    event(random, id, seq++, "VERDICT", on, no, random.nextInt(5) == 0 ? null : any(random, ARTICLES),
                            null);
                    if (random.nextBoolean()) {
                        event(random, id, seq++, "APPEAL", on.plusDays(random.nextInt(30)), no, null, null);
                    }
                }
            }
        }
    }

    private void event(Random random, long caseId, int seq, String type, LocalDate on, Integer defendant,
            String article, String reason) {
        boolean verdict = type.equals("VERDICT");
        String outcome = verdict ? any(random, List.of("CONVICTED", "CONVICTED", "ACQUITTED", "DISMISSED")) : null;
        Integer months = "CONVICTED".equals(outcome) && random.nextInt(4) > 0 ? 1 + random.nextInt(200) : null;
        String appeal = type.equals("APPEAL") && random.nextInt(5) > 0 ? any(random, List.of(AppealOutcome.values()))
                .name() : null;
        jdbc.sql("""
                insert into cases_event (case_id, seq, type, occurred_on, recorded_at, recorded_by, defendant_no,
                                         outcome, conviction_article, imprisonment_months, juvenile, reason,
                                         appeal_outcome)
                values (?, ?, ?, ?, now(), 'test', ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, seq, type, on, defendant, outcome, article, months, verdict ? random.nextInt(6) == 0
                        : null, reason, appeal).update();
    }
}
