package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.shared.Today;
import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Dimension;
import kz.qorgau.statistics.Definition.Dimension.Category;
import kz.qorgau.statistics.Definition.Ratio;
import kz.qorgau.statistics.Definition.Value;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;

/**
 * The shelters of the PROTECTION chapter: state funding and the shelters it went to, beds, stays, the victims
 * sheltered, bed-nights and occupancy, special social services periods, and the funding per victim served; each in
 * the region of the shelter. Every figure is a {@link Definition} over the statistics_shelter views.
 */
@Component
class ShelterIndicators extends DefinedIndicators {

    /**
     * The day the figures of P stand on: its last day for a year that is over, today for the current year (no night
     * after it has been spent, no bed after it counted); a year not yet begun has none.
     */
    private static final String DAY = "least(cast(:to as date) - 1, cast(:today as date))";
    private static final String FROM = "cast(:from as date)";

    /** The year's funding as in force (state and other sources). */
    private static final Counted FUNDING = Counted.unlisted("statistics_shelter_allocation a", "a.year = :year",
            "a.region_code");
    /** The beds of each group on the counted day, in shelters open that day. */
    private static final Counted BEDS = Counted.unlisted("statistics_shelter_capacity c", DAY + " >= " + FROM
            + " and c.valid_from <= " + DAY + " and (c.valid_to is null or c.valid_to > " + DAY + ")"
            + " and c.opened_on <= " + DAY + " and (c.closed_on is null or c.closed_on > " + DAY + ")",
            "c.region_code");
    /** Stays that began in P (the alias v: the victims' columns of statistics_victim, as the breakdowns read them). */
    private static final Counted ADMISSIONS = Counted.unlisted("statistics_shelter_stay v", inP("v.started_on"),
            "v.region_code");
    /** Stays that took a bed on any day of P up to the counted day: admitted by then, not discharged before P. */
    private static final Counted PRESENT = Counted.unlisted("statistics_shelter_stay v", "v.started_on <= " + DAY
            + " and (v.ended_on is null or v.ended_on >= " + FROM + ")", "v.region_code");
    private static final Counted EXTENSIONS = Counted.unlisted("statistics_shelter_stay v",
            inP("v.period_extended_on"), "v.region_code");
    /** The shelters open on any day of P up to the counted day, for their bed-nights. */
    private static final Counted OPEN = Counted.unlisted("statistics_shelter s", "s.opened_on <= " + DAY
            + " and (s.closed_on is null or s.closed_on > " + FROM + ")", "s.region_code");

    /**
     * The nights of P a stay took, as kz.qorgau.shelters.Occupancy counts them: each night from admission to the day
     * before discharge, up to the counted day's.
     */
    private static final String NIGHTS = "(select coalesce(sum(greatest(0, least(coalesce(t.ended_on, " + DAY
            + " + 1), " + DAY + " + 1) - greatest(t.started_on, " + FROM + "))), 0)"
            + " from statistics_shelter_stay t where t.shelter_id = s.id)";
    /** The beds of each night of P up to the counted day, while the shelter was open. */
    private static final String AVAILABLE = "(select coalesce(sum(c.beds * greatest(0, least(coalesce(c.valid_to, "
            + DAY + " + 1), coalesce(c.closed_on, " + DAY + " + 1), " + DAY + " + 1) - greatest(c.valid_from,"
            + " c.opened_on, " + FROM + "))), 0) from statistics_shelter_capacity c where c.shelter_id = s.id)";

    private static final String STATE = "a.state";
    private static final Dimension STATE_SOURCES = Dimension.of(
            new Category("republican_budget", "a.source = 'REPUBLICAN_BUDGET'"),
            new Category("local_budget", "a.source = 'LOCAL_BUDGET'"),
            new Category("state_social_order", "a.source = 'STATE_SOCIAL_ORDER'"));
    private static final Dimension BED_GROUPS = Dimension.of(new Category("beds_women", "c.bed_group = 'WOMEN'"),
            new Category("beds_men", "c.bed_group = 'MEN'"), new Category("beds_children", "c.bed_group = 'CHILDREN'"),
            new Category("beds_families", "c.bed_group = 'FAMILIES'"));
    private static final Dimension CAPACITY = Dimension.of(new Category("within_capacity", "not v.over_capacity"),
            new Category("over_capacity", "v.over_capacity"));

    static final List<Definition> DEFINITIONS = List.of(
            Definition.of("shelters.state_funded", Unit.SHELTERS, Chapter.PROTECTION, FUNDING,
                    Value.countDistinct("a.shelter_id")).where(STATE),
            Definition.of("shelters.state_funding_kzt", Unit.KZT, Chapter.PROTECTION, FUNDING,
                    Value.sum("a.amount_kzt")).where(STATE).by(STATE_SOURCES),
            // each allocation at the rate its document states, the sum to the whole dollar, as the seed report gives it
            Definition.of("shelters.state_funding_usd", Unit.USD, Chapter.PROTECTION, FUNDING,
                    Value.wholeSum("a.amount_kzt / a.kzt_per_usd")).where(STATE),
            Definition.of("shelters.beds", Unit.BEDS, Chapter.PROTECTION, BEDS, Value.sum("c.beds")).by(BED_GROUPS),
            Definition.count("shelters.stays_started", Unit.STAYS, Chapter.PROTECTION, ADMISSIONS).by(CAPACITY),
            Definition.of("shelters.victims_sheltered", Unit.PERSONS, Chapter.PROTECTION, PRESENT,
                    Value.countDistinct("v.victim_id")).by(ProtectionIndicators.CITIZENSHIP)
                    .by(ProtectionIndicators.AGE),
            Definition.of("shelters.bed_nights", Unit.BED_NIGHTS, Chapter.PROTECTION, OPEN, Value.sum(NIGHTS)),
            Definition.of("shelters.available_bed_nights", Unit.BED_NIGHTS_AVAILABLE, Chapter.PROTECTION, OPEN,
                    Value.sum(AVAILABLE)),
            Definition.ratio("shelters.occupancy_rate", Unit.PERCENT, Chapter.PROTECTION,
                    new Ratio("shelters.bed_nights", "shelters.available_bed_nights", 100, 1)),
            Definition.of("shelters.special_services.started", Unit.PERSONS, Chapter.PROTECTION, ADMISSIONS,
                    Value.countDistinct("v.victim_id")),
            Definition.of("shelters.special_services.extended", Unit.PERSONS, Chapter.PROTECTION, EXTENSIONS,
                    Value.countDistinct("v.victim_id")),
            Definition.ratio("shelters.state_funding_per_victim_kzt", Unit.KZT, Chapter.PROTECTION,
                    new Ratio("shelters.state_funding_kzt", "shelters.victims_sheltered", 1, 0)));

    ShelterIndicators(JdbcClient jdbc, SnapshotLanes lanes, Today today) {
        super(jdbc, lanes, DEFINITIONS, today);
    }
}
