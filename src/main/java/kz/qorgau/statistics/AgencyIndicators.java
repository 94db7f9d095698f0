package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.shared.Today;
import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Dimension;
import kz.qorgau.statistics.Definition.Dimension.Category;
import kz.qorgau.statistics.Definition.Value;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;

/**
 * The oversight of recruitment agencies (prevention chapter): the agencies licensed at the end of the year (or today,
 * in the current year), the licences suspended and revoked in the year, the sanctions of the year by kind and the
 * fines imposed. Each is counted by the dated decisions and sanctions, so that a past year moves only by one dated in
 * it.
 */
@Component
class AgencyIndicators extends DefinedIndicators {

    /** The kinds of sanction (agencies.SanctionKind), in its order. */
    static final List<String> SANCTION_KINDS = List.of("WARNING", "FINE", "SUSPENSION", "REVOCATION",
            "POLICE_REFERRAL");

    /** The last day of P, or today where P has not ended. */
    private static final String END = "least(cast(:to as date) - 1, cast(:today as date))";

    /** Agencies registered, for their status at the end of P. */
    private static final Counted REGISTER = Counted.unlisted("statistics_agency a", "a.issued_on <= " + END,
            "a.region_code");
    private static final Counted SUSPENDED = Counted.unlisted("statistics_agency_decision d", inP("d.decided_on")
            + " and d.kind = 'SUSPENDED'", "d.region_code");
    private static final Counted REVOKED = Counted.unlisted("statistics_agency_decision d", inP("d.decided_on")
            + " and d.kind = 'REVOKED'", "d.region_code");
    private static final Counted SANCTIONS = Counted.unlisted("statistics_agency_sanction s", inP("s.decided_on"),
            "s.region_code");

    private static final Dimension KINDS = Dimension.of(SANCTION_KINDS.stream().map(kind -> new Category(kind
            .toLowerCase(Locale.ROOT), "s.kind = '" + kind + "'")).toArray(Category[]::new));
    private static final Dimension STATUS = Dimension.of(Arrays.stream(new String[]{ "ACTIVE", "SUSPENDED", "REVOKED",
            "EXPIRED" }).map(status -> new Category("status_" + status.toLowerCase(Locale.ROOT),
                    "statistics_agency_status(a.id, " + END + ") = '" + status + "'")).toArray(Category[]::new));

    static final List<Definition> DEFINITIONS = List.of(
            Definition.count("agencies.registered", Unit.AGENCIES, Chapter.PREVENTION, REGISTER).by(STATUS),
            Definition.count("agencies.suspended", Unit.AGENCIES, Chapter.PREVENTION, SUSPENDED),
            Definition.count("agencies.revoked", Unit.AGENCIES, Chapter.PREVENTION, REVOKED),
            Definition.count("agencies.sanctions", Unit.SANCTIONS, Chapter.PREVENTION, SANCTIONS).by(KINDS),
            Definition.of("agencies.fines_kzt", Unit.KZT, Chapter.PREVENTION, SANCTIONS, Value.sum("s.fine_kzt"))
                    .where("s.kind = 'FINE'"));

    AgencyIndicators(JdbcClient jdbc, SnapshotLanes lanes, Today today) {
        super(jdbc, lanes, DEFINITIONS, today);
    }
}
