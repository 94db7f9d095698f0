package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.prevention.DataElement;
import kz.qorgau.shared.Today;
import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Value;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;

/**
 * The yearly figures that ministry staff enter (prevention chapter): the police's anti-trafficking officers of the
 * year, as last approved. A figure of the whole country has no region: a region's figures leave it out.
 */
@Component
class PreventionIndicators extends DefinedIndicators {

    private static final Counted FIGURES = Counted.unlisted("statistics_figure f", inP("f.year_start"),
            "f.region_code");

    static final List<Definition> DEFINITIONS = List.of(
            Definition.of("prevention.police_officers", Unit.OFFICERS, Chapter.PREVENTION, FIGURES, Value.sum(
                    "f.value")).where("f.element = '" + DataElement.POLICE_OFFICERS.name() + "'"));

    PreventionIndicators(JdbcClient jdbc, SnapshotLanes lanes, Today today) {
        super(jdbc, lanes, DEFINITIONS, today);
    }
}
