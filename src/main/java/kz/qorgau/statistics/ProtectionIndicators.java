package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.Today;
import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Dimension;
import kz.qorgau.statistics.Definition.Dimension.Category;
import kz.qorgau.statistics.Definition.Value;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;
import kz.qorgau.statistics.IndicatorSource.Records.Kind;

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
     * once (materialized).
     */
    static final Counted IDENTIFIED = Counted.of(Kind.VICTIMS, "statistics_victim v", inP("v.identified_on")
            + " and v.id in (select s.victim_id from statistics_victim_status s"
            + " where s.status in ('PRESUMED', 'CONFIRMED') and " + inP("s.decided_on") + ")", "v.region_code", "v.id")
            .readOnce();

    /** Citizens of Kazakhstan, recorded foreign citizenships, and no citizenship recorded (unknown or stateless). */
    static final Dimension CITIZENSHIP = Dimension.of(new Category("citizens", "v.citizen"),
            new Category("foreign", "not v.citizen and v.citizenship_recorded"),
            new Category("citizenship_unknown", "not v.citizenship_recorded"));
    static final Dimension SEX = Dimension.of(new Category("female", "v.sex = 'FEMALE'"),
            new Category("male", "v.sex = 'MALE'"), new Category("sex_other", "v.sex = 'OTHER'"),
            new Category("sex_unknown", "v.sex not in ('FEMALE', 'MALE', 'OTHER')"));
    /** Age at identification: the record's age or child flag, else the person record's birth year where it decides. */
    static final Dimension AGE = Dimension.of(new Category("children", "v.age_group = 'CHILD'"),
            new Category("adults", "v.age_group = 'ADULT'"), new Category("age_unknown", "v.age_group = 'UNKNOWN'"));

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

    static final List<Definition> DEFINITIONS = List.of(
            persons("victims.identified", IDENTIFIED)
                    .by(Dimension.forms("v"))
                    .by(CITIZENSHIP)
                    .by(Dimension.cross(Dimension.forms("v"), CITIZENSHIP))
                    .by(SEX)
                    .by(AGE),
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
            referrals("referrals.made", "SENT"),
            referrals("referrals.accepted", "ACCEPTED"),
            referrals("referrals.declined", "DECLINED"),
            referrals("referrals.completed", "COMPLETED"),
            Definition.count("referrals.overdue", Unit.REFERRALS, Chapter.PROTECTION, OVERDUE),
            Definition.count("services.delivered", Unit.SERVICES, Chapter.PROTECTION, SERVICES)
                    .by(Dimension.of(Arrays.stream(ServiceType.values()).map(type -> new Category(
                            type.name().toLowerCase(Locale.ROOT), "e.service = '" + type.name() + "'"))
                            .toArray(Category[]::new))));

    ProtectionIndicators(JdbcClient jdbc, Today today) {
        super(jdbc, DEFINITIONS, today);
    }

    private static Definition persons(String code, Counted counted) {
        return Definition.count(code, Unit.PERSONS, Chapter.PROTECTION, counted);
    }

    private static Definition referrals(String code, String step) {
        return Definition.count(code, Unit.REFERRALS, Chapter.PROTECTION, REFERRAL_STEPS).where("s.step = '" + step
                + "'");
    }
}
