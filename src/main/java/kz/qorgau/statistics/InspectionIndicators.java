package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.inspections.InspectionSite;
import kz.qorgau.cases.PoliceAnswer;
import kz.qorgau.shared.Today;
import kz.qorgau.victims.IsicSection;
import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Dimension;
import kz.qorgau.statistics.Definition.Dimension.Category;
import kz.qorgau.statistics.Definition.Value;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;

/**
 * Labour inspections: the inspections of the PREVENTION chapter (by site, unannounced, remote, the workers checked and
 * the inspections that found forced-labour indicators) and the notifications to the police of the PROSECUTION chapter
 * (by answer, and those not answered by their deadline), so that whether inspections find forced labour and lead to
 * criminal cases is a figure. Each in the region of the inspection; every figure a {@link Definition} over the
 * statistics_inspection views.
 */
@Component
class InspectionIndicators extends DefinedIndicators {

    /** Inspections that started in P. */
    private static final Counted INSPECTIONS = Counted.unlisted("statistics_inspection s", inP("s.started_on"),
            "s.region_code");
    /** Notifications sent to the police in P. */
    private static final Counted NOTIFICATIONS = Counted.unlisted("statistics_inspection_notification n",
            inP("n.notified_on"), "n.region_code");

    /** Workers screened at inspections in P (each a victim record). */
    private static final Counted SCREENED_WORKERS = Counted.unlisted("statistics_inspection_screening w",
            inP("w.screened_on"), "w.region_code");

    /** The kinds of site, each its own category. */
    private static final Dimension SITES = Dimension.of(Arrays.stream(InspectionSite.values())
            .map(site -> new Category(siteSuffix(site), "s.site = '" + site.name() + "'")).toArray(Category[]::new));
    /** The sectors (ISIC sections), each its own category, and the inspections whose sector was not stated. */
    static final Dimension SECTORS = Dimension.of(Stream.concat(Arrays.stream(IsicSection.values())
            .map(section -> new Category(sectorSuffix(section), "s.isic_section = '" + section.name() + "'")),
            Stream.of(new Category(sectorSuffix(null), "s.isic_section is null"))).toArray(Category[]::new));
    /** Where the police stand on a notification: registered in ERDR, refused, or not answered yet. */
    private static final Dimension ANSWERS = Dimension.of(Stream.concat(Arrays.stream(PoliceAnswer.values())
            .map(answer -> new Category(answer.name().toLowerCase(Locale.ROOT), "n.answer = '" + answer.name() + "'")),
            Stream.of(new Category("not_answered", "n.answer is null"))).toArray(Category[]::new));
    /**
     * The notification's case reached a stage by today (the effective timeline): the notifications of a year are
     * followed to the court and the verdict, however long after the year the case got there.
     */
    private static final String STAGE = "exists (select 1 from statistics_case_event e where e.case_id = n.case_id"
            + " and %s and e.occurred_on <= cast(:today as date))";

    static final List<Definition> DEFINITIONS = List.of(
            Definition.count("inspections.total", Unit.INSPECTIONS, Chapter.PREVENTION, INSPECTIONS).by(SITES)
                    .by(SECTORS),
            Definition.count("inspections.unannounced", Unit.INSPECTIONS, Chapter.PREVENTION, INSPECTIONS)
                    .where("not s.announced"),
            Definition.count("inspections.remote", Unit.INSPECTIONS, Chapter.PREVENTION, INSPECTIONS)
                    .where("s.remote"),
            Definition.of("inspections.workers_checked", Unit.WORKERS, Chapter.PREVENTION, INSPECTIONS,
                    Value.sum("s.workers")),
            Definition.of("inspections.workers_foreign", Unit.WORKERS, Chapter.PREVENTION, INSPECTIONS,
                    Value.sum("s.workers_foreign")),
            Definition.count("inspections.with_indicators", Unit.INSPECTIONS, Chapter.PREVENTION, INSPECTIONS)
                    .where("s.indicators_found").by(SECTORS),
            Definition.of("inspections.workers_screened", Unit.SCREENINGS, Chapter.PREVENTION, SCREENED_WORKERS,
                    Value.countDistinct("w.victim_id")),
            Definition.of("inspections.victims_identified", Unit.PERSONS, Chapter.PREVENTION, SCREENED_WORKERS,
                    Value.countDistinct("w.victim_id")).where("w.decision in ('POSSIBLE', 'PRESUMED')"),
            Definition.count("inspections.notifications", Unit.NOTIFICATIONS, Chapter.PROSECUTION, NOTIFICATIONS)
                    .by(ANSWERS),
            Definition.count("inspections.notifications_overdue", Unit.NOTIFICATIONS, Chapter.PROSECUTION,
                    NOTIFICATIONS).where(Definition.answeredLate("n")),
            Definition.of("inspections.cases_sent_to_court", Unit.CASES, Chapter.PROSECUTION, NOTIFICATIONS,
                    Value.countDistinct("n.case_id")).where(STAGE.formatted("e.type = 'SENT_TO_COURT'")),
            Definition.of("inspections.cases_convicted", Unit.CASES, Chapter.PROSECUTION, NOTIFICATIONS,
                    Value.countDistinct("n.case_id")).where(STAGE.formatted(
                            "e.type = 'VERDICT' and e.outcome = 'CONVICTED'")));

    /** The code suffix of a kind of site in {@code inspections.total} (other named apart from other breakdowns'). */
    static String siteSuffix(InspectionSite site) {
        return site == InspectionSite.OTHER ? "other_site" : site.name().toLowerCase(Locale.ROOT);
    }

    /** The code suffix of a sector in the breakdowns by sector ({@code sector.unknown} where none was stated). */
    static String sectorSuffix(IsicSection section) {
        return "sector." + (section == null ? "unknown" : section.name().toLowerCase(Locale.ROOT));
    }

    InspectionIndicators(JdbcClient jdbc, SnapshotLanes lanes, Today today) {
        super(jdbc, lanes, DEFINITIONS, today);
    }
}
