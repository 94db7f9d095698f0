package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.Arrays;
import java.util.Locale;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.inspections.NoScreeningReason;
import kz.qorgau.shared.Today;
import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Dimension;
import kz.qorgau.statistics.Definition.Dimension.Category;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;

/**
 * Removals of foreign nationals and the screening for trafficking before removal (PROTECTION chapter): the removals
 * decided in the year by where their screening stood at the end of it, the removals executed by what allowed them,
 * the possible victims the screenings found, and why screening could not be done. Each in the region of the removal;
 * every figure a {@link Definition} over the statistics_removal view; each breakdown's steps are dated, so that a
 * past year's figure changes only by a dated step in it.
 */
@Component
class RemovalIndicators extends DefinedIndicators {

    /** Removals decided in P. */
    private static final Counted DECIDED = Counted.unlisted("statistics_removal r", inP("r.decided_on"),
            "r.region_code");
    /** Removals executed in P. */
    private static final Counted EXECUTED = Counted.unlisted("statistics_removal r", inP("r.executed_on"),
            "r.region_code");
    /** Screenings before removal made in P. */
    private static final Counted SCREENED = Counted.unlisted("statistics_removal r", inP("r.screened_on"),
            "r.region_code");
    /** Screenings found not possible in P. */
    private static final Counted NOT_POSSIBLE = Counted.unlisted("statistics_removal r", inP("r.no_screening_on"),
            "r.region_code");

    private static final String SCREENED_BY_END = "r.screened_on < :to";
    private static final String VICTIM = "r.screening_decision in ('POSSIBLE', 'PRESUMED')";

    /** Where the screening stood at the end of P: screened (either way), found not possible, or neither yet. */
    private static final Dimension SCREENING_BY_END = Dimension.of(
            new Category("screened_not_a_victim", SCREENED_BY_END + " and r.screening_decision = 'NOT_A_VICTIM'"),
            new Category("screened_victim", SCREENED_BY_END + " and " + VICTIM),
            new Category("screening_not_possible", "(r.screened_on is null or r.screened_on >= :to)"
                    + " and r.no_screening_on < :to"),
            new Category("not_screened", "(r.screened_on is null or r.screened_on >= :to)"
                    + " and (r.no_screening_on is null or r.no_screening_on >= :to)"));
    /** What allowed an execution: a screening that found no victim, or a reason screening was not possible. */
    private static final Dimension SCREENING_BEFORE_EXECUTION = Dimension.of(
            new Category("screened_not_a_victim", "r.screening_decision is not null"),
            new Category("screening_not_possible", "r.screening_decision is null"));
    private static final Dimension REASONS = Dimension.of(Arrays.stream(NoScreeningReason.values())
            .map(reason -> new Category(reasonSuffix(reason), "r.no_screening_reason = '" + reason.name() + "'"))
            .toArray(Category[]::new));

    static final List<Definition> DEFINITIONS = List.of(
            Definition.count("removals.decided", Unit.PERSONS, Chapter.PROTECTION, DECIDED).by(SCREENING_BY_END),
            Definition.count("removals.executed", Unit.PERSONS, Chapter.PROTECTION, EXECUTED)
                    .by(SCREENING_BEFORE_EXECUTION),
            Definition.count("removals.screened", Unit.SCREENINGS, Chapter.PROTECTION, SCREENED),
            Definition.count("removals.possible_victims", Unit.PERSONS, Chapter.PROTECTION, SCREENED).where(VICTIM),
            Definition.count("removals.screening_not_possible", Unit.PERSONS, Chapter.PROTECTION, NOT_POSSIBLE)
                    .by(REASONS));

    /** The code suffix of a reason (other named apart from other breakdowns'). */
    static String reasonSuffix(NoScreeningReason reason) {
        return reason == NoScreeningReason.OTHER ? "other_reason" : reason.name().toLowerCase(Locale.ROOT);
    }

    RemovalIndicators(JdbcClient jdbc, SnapshotLanes lanes, Today today) {
        super(jdbc, lanes, DEFINITIONS, today);
    }
}
