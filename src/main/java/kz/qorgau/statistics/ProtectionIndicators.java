package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.AgeGroup;
import kz.qorgau.prevention.DataElement;
import kz.qorgau.shared.Today;
import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Dimension;
import kz.qorgau.statistics.Definition.Dimension.Category;
import kz.qorgau.statistics.Definition.Ratio;
import kz.qorgau.statistics.Definition.Value;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;
import kz.qorgau.statistics.IndicatorSource.Records.Kind;
import kz.qorgau.victims.DecidingOrganisationType;
import kz.qorgau.victims.NonPunishmentResult;

/**
 * The PROTECTION chapter: victims identified (by form, citizenship, sex, age), their part in proceedings,
 * state protection, permits and compensation; referrals and the services delivered.
 */
@Component
class ProtectionIndicators extends DefinedIndicators {

    /*
     * Victims identified in P. The first presumed or confirmed decision falls in P only if some such decision
     * does: that condition, served by the index victims_status_identified, spares working out the first
     * decision of every victim. The breakdowns read the view's computed columns many times: the rows are read
     * once (materialized). A record merged into another of the same situation never counts: the situation counts
     * through the record it was merged into (statistics V30).
     */
    static final Counted IDENTIFIED = Counted.of(Kind.VICTIMS, "statistics_victim v", inP("v.identified_on")
            + " and v.id in (select s.victim_id from statistics_victim_status s"
            + " where s.status in ('PRESUMED', 'CONFIRMED') and " + inP("s.decided_on") + ") and not v.merged and not "
            + counted("v"), "v.region_code", "v.id").readOnce();
    /**
     * Victim records identified in P that count no person of their own: of one person's records in P only the first
     * not merged counts (identified first, the lower id on the same day), where the person is the root of their
     * merges in the registry (statistics_victim_person.person_key); a record merged into another of its situation
     * is one of these in the period of its own identification. With {@link #IDENTIFIED} they make the records
     * identified in P.
     */
    static final Counted REPEATED = Counted.unlisted("statistics_victim_person v", inP("v.identified_on")
            + " and (v.merged"
            + " or " + counted("v") + ")", "v.region_code");
    /**
     * Pairs of persons awaiting review as possible duplicates, each person with a victim record identified in P: merged,
     * they would make the victims identified in P one fewer.
     */
    static final Counted AWAITING = Counted.unlisted("statistics_possible_duplicate d", inP("d.first_identified_on")
            + " and " + inP("d.second_identified_on"), "d.region_code");

    /** The population of the year: each cell's latest approved value (a region, a sex and an age group). */
    static final Counted POPULATION = Counted.unlisted("statistics_figure f", inP("f.year_start")
            + " and f.element = '" + DataElement.POPULATION.name() + "'", "f.region_code");
    static final Dimension POPULATION_SEX = Dimension.of(new Category("female", "f.sex = 'FEMALE'"), new Category(
            "male", "f.sex = 'MALE'"));
    static final Dimension POPULATION_AGE = Dimension.of(new Category("children", "f.age = 'CHILD'"), new Category(
            "adults", "f.age = 'ADULT'"));
    static final Dimension POPULATION_SEX_AND_AGE = Dimension.of(new Category("women", "f.sex = 'FEMALE' and f.age"
            + " = 'ADULT'"), new Category("girls", "f.sex = 'FEMALE' and f.age = 'CHILD'"), new Category("men",
                    "f.sex = 'MALE' and f.age = 'ADULT'"), new Category("boys", "f.sex = 'MALE' and f.age = 'CHILD'"));

    /**
     * Citizens of Kazakhstan, recorded foreign citizenships, stateless persons (the record says so, and then has no
     * citizenship), and no citizenship recorded otherwise (unknown).
     */
    static final Dimension CITIZENSHIP = Dimension.of(new Category("citizens", "v.citizen"),
            new Category("foreign", "not v.citizen and v.citizenship_recorded"),
            new Category("stateless", "v.stateless"),
            new Category("citizenship_unknown", "not v.citizenship_recorded and not v.stateless"));
    static final Dimension SEX = Dimension.of(new Category("female", "v.sex = 'FEMALE'"),
            new Category("male", "v.sex = 'MALE'"), new Category("sex_other", "v.sex = 'OTHER'"),
            new Category("sex_unknown", "v.sex not in ('FEMALE', 'MALE', 'OTHER')"));
    /** Age at identification: the record's age or child flag, else the person record's birth year where it decides. */
    static final Dimension AGE = Dimension.of(new Category("children", "v.age_group = 'CHILD'"),
            new Category("adults", "v.age_group = 'ADULT'"), new Category("age_unknown", "v.age_group = 'UNKNOWN'"));

    /**
     * Sex and age group together: women, men, girls and boys, and every combination with another or unknown sex or
     * an unknown age, so that the parts sum to the total.
     */
    static final Dimension SEX_AND_AGE = sexAndAge();
    /** CTDC's age bands at identification ({@link AgeGroup}), the band unknown where the age does not decide it. */
    static final Dimension AGE_BANDS = Dimension.of(Stream.concat(Arrays.stream(AgeGroup.values())
            .filter(group -> group != AgeGroup.UNKNOWN).map(group -> new Category(group.name().toLowerCase(Locale.ROOT),
                    "v.age_band = '" + group.name() + "'")), Stream.of(new Category("age_band_unknown",
                            "v.age_band not in (" + Arrays.stream(AgeGroup.values()).filter(
                                    group -> group != AgeGroup.UNKNOWN).map(group -> "'" + group.name() + "'").collect(
                                            Collectors
                                                    .joining(", ")) + ")")))
            .toArray(Category[]::new));
    /**
     * The countries of the region's trafficking flows named in the seed report (origin, destination and transit of
     * Kazakhstan's victims), each a category of the breakdowns by country; every other country is "other".
     */
    static final List<String> COUNTRIES = List.of("KZ", "UZ", "KG", "TJ", "TM", "RU", "CN", "TR", "AE", "KR");
    /**
     * By country of citizenship; a victim with several citizenships counts in each, a stateless one as stateless, none
     * recorded otherwise as unknown.
     */
    static final Dimension CITIZENSHIP_COUNTRY = countries("citizenship", "v.citizenships",
            new Category("citizenship_stateless", "v.stateless"),
            new Category("citizenship_country_unknown", "cardinality(v.citizenships) = 0 and not v.stateless"));
    /** By country of exploitation; several count in each, none recorded as unknown. */
    static final Dimension EXPLOITATION_COUNTRY = countries("exploited_in", "v.exploitation_countries",
            new Category("exploitation_country_unknown", "cardinality(v.exploitation_countries) = 0"));
    /** Domestic (one country only) or transnational (more than one named), else unknown (as the view says). */
    static final Dimension BORDER = Dimension.of(new Category("domestic", "v.border = 'DOMESTIC'"),
            new Category("transnational", "v.border = 'TRANSNATIONAL'"),
            new Category("border_unknown", "v.border not in ('DOMESTIC', 'TRANSNATIONAL')"));
    /** The HTCDS type of the organisation whose decision identified the victim. */
    static final Dimension IDENTIFIED_BY = Dimension.of(Stream.concat(Arrays.stream(DecidingOrganisationType
            .values()).map(type -> new Category("identified_by_" + type.name().toLowerCase(Locale.ROOT),
                    "v.identified_by = '" + type.name() + "'")), Stream.of(new Category("identified_by_unknown",
                            "v.identified_by is null or v.identified_by not in (" + Arrays.stream(
                                    DecidingOrganisationType.values()).map(type -> "'" + type.name() + "'").collect(
                                            Collectors.joining(", ")) + ")")))
            .toArray(Category[]::new));

    private static final Counted INTERVIEWS = Counted.unlisted("statistics_victim_interview i", inP("i.interviewed_on"),
            "i.region_code");
    private static final Counted PROTECTION = Counted.unlisted("statistics_victim_protection p", inP("p.starts_on"),
            "p.region_code");
    private static final Counted RESIDENCE_PERMITS = Counted.unlisted("statistics_victim_permit p",
            "p.kind = 'TEMPORARY_RESIDENCE' and p.outcome = 'GRANTED' and " + inP("p.decided_on"), "p.region_code");
    private static final Counted CLAIMS = Counted.unlisted("statistics_victim_compensation c", inP("c.filed_on"),
            "c.region_code");
    private static final Counted AWARDS = Counted.unlisted("statistics_victim_compensation c", inP("c.awarded_on"),
            "c.region_code");
    private static final Counted REFERRAL_STEPS = Counted.unlisted("statistics_referral_step s",
            "s.step in ('SENT', 'ACCEPTED', 'DECLINED', 'COMPLETED') and " + inP("s.occurred_on"), "s.region_code");
    /*
     * Overdue on the counted day, as Referral.overdue says of a referral today: still pending on that day (no answer
     * or revocation dated on or before it) and due before it. The counted day is the year's last for a year that is
     * over, today for the current year; a year not yet begun has none.
     */
    private static final String COUNTED_DAY = "least(cast(:to as date) - 1, cast(:today as date))";
    private static final Counted OVERDUE = Counted.unlisted("statistics_referral r",
            COUNTED_DAY + " >= cast(:from as date) and r.answer_due_on < " + COUNTED_DAY
                    + " and (r.answered_on is null or r.answered_on > " + COUNTED_DAY + ")", "r.region_code");
    private static final Counted SERVICES = Counted.unlisted("statistics_service_episode e", inP("e.started_on"),
            "e.region_code");
    private static final Counted PAYMENTS = Counted.unlisted("statistics_victim_compensation c", inP("c.paid_on"),
            "c.region_code");
    private static final Counted NON_PUNISHMENT = Counted.unlisted("statistics_victim_non_punishment n",
            inP("n.screened_on"), "n.region_code");
    private static final Counted REFLECTION = Counted.unlisted("statistics_victim_reflection r", inP("r.starts_on"),
            "r.region_code");
    private static final Counted EXTENSIONS = Counted.unlisted("statistics_victim_reflection_extension r",
            inP("r.decided_on"), "r.region_code");
    /** The kinds of service, from the episodes aliased e. */
    private static final Category[] SERVICE_TYPES = Arrays.stream(ServiceType.values()).map(type -> new Category(type
            .name().toLowerCase(Locale.ROOT), "e.service = '" + type.name() + "'")).toArray(Category[]::new);
    /** The results of non-punishment screening, and unknown for any other. */
    private static final Dimension NON_PUNISHMENT_RESULTS = Dimension.of(Stream.concat(Arrays.stream(
            NonPunishmentResult.values()).map(result -> new Category(result.name().toLowerCase(Locale.ROOT),
                    "n.result = '" + result.name() + "'")), Stream.of(new Category("non_punishment_result_unknown",
                            "n.result not in (" + Arrays.stream(NonPunishmentResult.values()).map(result -> "'"
                                    + result.name() + "'").collect(Collectors.joining(", ")) + ")")))
            .toArray(Category[]::new));

    static final List<Definition> DEFINITIONS = List.of(
            persons("victims.identified", IDENTIFIED)
                    .by(Dimension.forms("v"))
                    .by(CITIZENSHIP)
                    .by(Dimension.cross(Dimension.forms("v"), CITIZENSHIP))
                    .by(SEX)
                    .by(AGE)
                    .by(SEX_AND_AGE)
                    .by(AGE_BANDS)
                    .by(CITIZENSHIP_COUNTRY)
                    .by(EXPLOITATION_COUNTRY)
                    .by(BORDER)
                    .by(IDENTIFIED_BY),
            Definition.count("victims.identified_records_of_persons_counted", Unit.RECORDS, Chapter.PROTECTION,
                    REPEATED),
            Definition.of("victims.identified_possible_duplicates", Unit.PAIRS, Chapter.PROTECTION, AWAITING,
                    Value.countDistinct("d.pair_id")),
            Definition.of("victims.participated_in_proceedings", Unit.PERSONS, Chapter.PROTECTION, INTERVIEWS,
                    Value.countDistinct("i.victim_id")),
            Definition.of("victims.state_protection_programme", Unit.PERSONS, Chapter.PROTECTION, PROTECTION,
                    Value.countDistinct("p.victim_id")),
            Definition.of("victims.state_protection_programme.cost_kzt", Unit.KZT, Chapter.PROTECTION, PROTECTION,
                    Value.sum("p.cost_kzt")),
            Definition.of("victims.foreign.residence_permits_granted", Unit.PERSONS, Chapter.PROTECTION,
                    RESIDENCE_PERMITS, Value.countDistinct("p.victim_id")),
            Definition.count("victims.compensation.claims_filed", Unit.CLAIMS, Chapter.PROTECTION, CLAIMS),
            Definition.of("victims.compensation.claimants", Unit.PERSONS, Chapter.PROTECTION, CLAIMS,
                    Value.countDistinct("c.victim_id")),
            Definition.of("victims.compensation.awarded_kzt", Unit.KZT, Chapter.PROTECTION, AWARDS,
                    Value.sum("c.awarded_kzt")),
            Definition.of("victims.compensation.claimed_kzt", Unit.KZT, Chapter.PROTECTION, CLAIMS,
                    Value.sum("c.claimed_kzt")),
            Definition.of("victims.compensation.paid_kzt", Unit.KZT, Chapter.PROTECTION, PAYMENTS,
                    Value.sum("c.paid_kzt")),
            Definition.of("victims.compensation.paid_persons", Unit.PERSONS, Chapter.PROTECTION, PAYMENTS,
                    Value.countDistinct("c.victim_id")),
            Definition.count("victims.non_punishment.screenings", Unit.SCREENINGS, Chapter.PROTECTION,
                    NON_PUNISHMENT).by(NON_PUNISHMENT_RESULTS),
            Definition.of("victims.foreign.reflection_periods_started", Unit.PERSONS, Chapter.PROTECTION, REFLECTION,
                    Value.countDistinct("r.victim_id")),
            Definition.of("victims.foreign.reflection_periods_extended", Unit.PERSONS, Chapter.PROTECTION, EXTENSIONS,
                    Value.countDistinct("r.victim_id")),
            referrals("referrals.made", "SENT"),
            referrals("referrals.accepted", "ACCEPTED"),
            referrals("referrals.declined", "DECLINED"),
            referrals("referrals.completed", "COMPLETED"),
            Definition.count("referrals.overdue", Unit.REFERRALS, Chapter.PROTECTION, OVERDUE),
            Definition.count("services.delivered", Unit.SERVICES, Chapter.PROTECTION, SERVICES)
                    .by(Dimension.of(SERVICE_TYPES)),
            // distinct victims, not episodes: a victim who received several kinds counts once in each and once in all
            Definition.of("victims.assisted", Unit.PERSONS, Chapter.PROTECTION, SERVICES, Value.countDistinct(
                    "e.victim_id")).by(Dimension.overlapping(SERVICE_TYPES)),
            // the population as ministry staff entered and approved it (prevention's yearly figures): the
            // denominator of SDG 16.2.2; a year or a region without it has no rate, none is estimated
            Definition.of("population.total", Unit.PERSONS, Chapter.PROTECTION, POPULATION, Value.sum("f.value"))
                    .by(POPULATION_SEX).by(POPULATION_AGE).by(POPULATION_SEX_AND_AGE),
            Definition.ratio("sdg.16_2_2.victims_per_100000", Unit.PER_100000, Chapter.PROTECTION, new Ratio(
                    "victims.identified", "population.total", 100_000, 2)),
            Definition.ratio("sdg.16_2_2.women_per_100000", Unit.PER_100000, Chapter.PROTECTION, new Ratio(
                    "victims.identified.women", "population.total.women", 100_000, 2)),
            Definition.ratio("sdg.16_2_2.girls_per_100000", Unit.PER_100000, Chapter.PROTECTION, new Ratio(
                    "victims.identified.girls", "population.total.girls", 100_000, 2)),
            Definition.ratio("sdg.16_2_2.men_per_100000", Unit.PER_100000, Chapter.PROTECTION, new Ratio(
                    "victims.identified.men", "population.total.men", 100_000, 2)),
            Definition.ratio("sdg.16_2_2.boys_per_100000", Unit.PER_100000, Chapter.PROTECTION, new Ratio(
                    "victims.identified.boys", "population.total.boys", 100_000, 2)));

    ProtectionIndicators(JdbcClient jdbc, SnapshotLanes lanes, Today today) {
        super(jdbc, lanes, DEFINITIONS, today);
    }

    private static Dimension sexAndAge() {
        List<Category> categories = new ArrayList<>();
        String[][] sexes = { { "FEMALE", "women", "girls", "female_age_unknown" },
                { "MALE", "men", "boys", "male_age_unknown" },
                { "OTHER", "sex_other_adults", "sex_other_children", "sex_other_age_unknown" },
                { null, "sex_unknown_adults", "sex_unknown_children", "sex_and_age_unknown" } };
        for (String[] sex : sexes) {
            String ofSex = sex[0] == null ? "v.sex not in ('FEMALE', 'MALE', 'OTHER')" : "v.sex = '" + sex[0] + "'";
            categories.add(new Category(sex[1], ofSex + " and v.age_group = 'ADULT'"));
            categories.add(new Category(sex[2], ofSex + " and v.age_group = 'CHILD'"));
            categories.add(new Category(sex[3], ofSex + " and v.age_group not in ('ADULT', 'CHILD')"));
        }
        return Dimension.of(categories.toArray(Category[]::new));
    }

    /**
     * A breakdown by the countries of an array column: one category per country of {@link #COUNTRIES}
     * ({@code <prefix>_kz}), one for any other, one for none recorded. A record naming several counts in each.
     */
    /** Each of the listed countries, any other, and the categories of a record without a country. */
    private static Dimension countries(String prefix, String column, Category... none) {
        List<Category> categories = new ArrayList<>();
        COUNTRIES.forEach(country -> categories.add(new Category(prefix + "_" + country.toLowerCase(Locale.ROOT),
                "'" + country + "' = any(" + column + ")")));
        categories.add(new Category(prefix + "_other", "not (" + column + " <@ array[" + COUNTRIES.stream()
                .map(country -> "'" + country + "'").collect(Collectors.joining(", ")) + "]::varchar[])"));
        categories.addAll(List.of(none));
        return Dimension.overlapping(categories.toArray(Category[]::new));
    }

    /**
     * The condition that another victim record of the same person, identified in P before it and not merged into
     * another record, is counted instead.
     */
    private static String counted(String alias) {
        return "exists (select 1 from statistics_victim_person o where o.person_key = " + alias + ".person_key"
                + " and o.id <> " + alias + ".id and not o.merged and " + inP("o.identified_on")
                + " and (o.identified_on < " + alias
                + ".identified_on or o.identified_on = " + alias + ".identified_on and o.id < " + alias + ".id))";
    }

    private static Definition persons(String code, Counted counted) {
        return Definition.count(code, Unit.PERSONS, Chapter.PROTECTION, counted);
    }

    private static Definition referrals(String code, String step) {
        return Definition.count(code, Unit.REFERRALS, Chapter.PROTECTION, REFERRAL_STEPS).where("s.step = '" + step
                + "'");
    }
}
