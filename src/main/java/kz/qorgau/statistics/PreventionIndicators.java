package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.prevention.Audience;
import kz.qorgau.prevention.BodyKind;
import kz.qorgau.prevention.CampaignAudience;
import kz.qorgau.prevention.DataElement;
import kz.qorgau.shared.Today;
import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Dimension;
import kz.qorgau.statistics.Definition.Dimension.Category;
import kz.qorgau.statistics.Definition.Value;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;

/**
 * The prevention chapter: the yearly figures that ministry staff enter (the police's anti-trafficking officers of the
 * year, as last approved; a figure of the whole country has no region, so a region's figures leave it out); the
 * trainings that ended in the year by audience and their participants by sex (unknown a category of its own) and by
 * audience; the awareness campaigns begun in the year by audience (a campaign counts once under each audience it
 * addressed, once in the total); the coordination bodies' meetings held in the year by kind of body; and the National
 * Action Plan's items of the plans in force in the year by their status at its end (done or dropped from the year
 * first reported so, otherwise late once the deadline has passed, otherwise in progress: {@code PlanStatus}).
 */
@Component
class PreventionIndicators extends DefinedIndicators {

    private static final Counted FIGURES = Counted.unlisted("statistics_figure f", inP("f.year_start"),
            "f.region_code");
    private static final Counted TRAININGS = Counted.unlisted("statistics_training t", inP("t.ends_on"),
            "t.region_code");
    private static final Counted PARTICIPANTS = Counted.unlisted("statistics_training_participant p", inP(
            "p.ends_on"), "p.region_code");
    private static final Counted CAMPAIGNS = Counted.unlisted("statistics_campaign c", inP("c.starts_on"),
            "c.region_code");
    private static final Counted MEETINGS = Counted.unlisted("statistics_coordination_meeting m", inP("m.held_on"),
            "m.region_code");
    private static final Counted PLAN_ITEMS = Counted.unlisted("statistics_plan_item i",
            "i.plan_from < :to and i.plan_to > :from", "i.region_code");

    private static final String CLOSED = "(coalesce(i.done_from < :to, false) or coalesce(i.dropped_from < :to,"
            + " false))";

    static final List<Definition> DEFINITIONS = List.of(
            Definition.of("prevention.police_officers", Unit.OFFICERS, Chapter.PREVENTION, FIGURES, Value.sum(
                    "f.value")).where("f.element = '" + DataElement.POLICE_OFFICERS.name() + "'"),
            Definition.count("prevention.trainings", Unit.TRAININGS, Chapter.PREVENTION, TRAININGS).by(audiences(
                    "t")),
            Definition.of("prevention.trained", Unit.PERSONS, Chapter.PREVENTION, PARTICIPANTS, Value.sum(
                    "p.participants")).by(Dimension.of(new Category("trainee_women", "p.sex = 'FEMALE'"),
                            new Category("trainee_men", "p.sex = 'MALE'"), new Category("sex_unknown",
                                    "p.sex = 'UNKNOWN'"))).by(audiences("p")),
            Definition.count("prevention.campaigns", Unit.CAMPAIGNS, Chapter.PREVENTION, CAMPAIGNS).by(Dimension
                    .overlapping(Arrays.stream(CampaignAudience.values()).map(audience -> new Category("campaign_"
                            + audience.name().toLowerCase(Locale.ROOT), "'" + audience.name()
                                    + "' = any(c.audiences)")).toArray(Category[]::new))),
            Definition.count("prevention.coordination_meetings", Unit.MEETINGS, Chapter.PREVENTION, MEETINGS).by(
                    Dimension.of(Arrays.stream(BodyKind.values()).map(kind -> new Category("body_" + kind.name()
                            .toLowerCase(Locale.ROOT), "m.body_kind = '" + kind.name() + "'")).toArray(
                                    Category[]::new))),
            Definition.count("prevention.plan_items", Unit.PLAN_ITEMS, Chapter.PREVENTION, PLAN_ITEMS).by(Dimension
                    .of(new Category("status_done", "i.done_from < :to"), new Category("status_dropped",
                            "i.dropped_from < :to"), new Category("status_late", "not " + CLOSED
                                    + " and i.deadline < :to"), new Category("status_in_progress", "not " + CLOSED
                                            + " and i.deadline >= :to"))));

    PreventionIndicators(JdbcClient jdbc, SnapshotLanes lanes, Today today) {
        super(jdbc, lanes, DEFINITIONS, today);
    }

    /** Every audience of a training a category, over the view aliased {@code alias}. */
    private static Dimension audiences(String alias) {
        return Dimension.of(Arrays.stream(Audience.values()).map(audience -> new Category("audience_" + audience
                .name().toLowerCase(Locale.ROOT), alias + ".audience = '" + audience.name() + "'")).toArray(
                        Category[]::new));
    }
}
