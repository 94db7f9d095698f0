package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.agencies.ComplaintOutcome;
import kz.qorgau.agencies.ComplaintSource;
import kz.qorgau.agencies.IntermediaryKind;
import kz.qorgau.agencies.LicenceStatus;
import kz.qorgau.agencies.ReportSource;
import kz.qorgau.agencies.SanctionKind;
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
 * fines imposed, the complaints received by source and by where they stood at the end of the year, the informal
 * intermediaries reported in the year (each once, however often) by kind and their reports by source. Each is counted
 * by the dated decisions, sanctions and outcomes, so that a past year moves only by one dated in it.
 */
@Component
class AgencyIndicators extends DefinedIndicators {

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

    private static final Counted COMPLAINTS = Counted.unlisted("statistics_agency_complaint c", inP("c.received_on"),
            "c.region_code");

    private static final Counted INTERMEDIARY_REPORTS = Counted.unlisted("statistics_agency_intermediary_report r",
            inP("r.reported_on"), "r.region_code");

    /** The intermediaries reported by kind, person or company. */
    private static final Dimension INTERMEDIARY_KINDS = Dimension.of(Arrays.stream(IntermediaryKind.values()).map(
            kind -> new Category(kind.name().toLowerCase(Locale.ROOT), "r.kind = '" + kind.name() + "'")).toArray(
                    Category[]::new));
    /** The reports of intermediaries by source, every source a category. */
    private static final Dimension REPORT_SOURCES = Dimension.of(Arrays.stream(ReportSource.values()).map(
            source -> new Category("source_" + source.name().toLowerCase(Locale.ROOT), "r.source = '" + source.name()
                    + "'")).toArray(Category[]::new));

    /** The sanctions by kind, every kind a category. */
    private static final Dimension KINDS = Dimension.of(Arrays.stream(SanctionKind.values()).map(kind -> new Category(
            kind.name().toLowerCase(Locale.ROOT), "s.kind = '" + kind.name() + "'")).toArray(Category[]::new));
    /** A registered agency's status at the end of P, every status but "none" (it was issued by then). */
    private static final Dimension STATUS = Dimension.of(Arrays.stream(LicenceStatus.values()).filter(
            status -> status != LicenceStatus.NONE).map(status -> new Category("status_" + status.name().toLowerCase(
                    Locale.ROOT), "statistics_agency_status(a.id, " + END + ") = '" + status.name() + "'")).toArray(
                            Category[]::new));
    /** The complaints by who brought them, every source a category. */
    private static final Dimension SOURCES = Dimension.of(Arrays.stream(ComplaintSource.values()).map(
            source -> new Category("source_" + source.name().toLowerCase(Locale.ROOT), "c.source = '" + source.name()
                    + "'"))
            .toArray(Category[]::new));
    /** Where a complaint stood at the end of P: its outcome by then, or pending. */
    private static final Dimension OUTCOMES = Dimension.of(Stream.concat(Arrays.stream(ComplaintOutcome.values()).map(
            outcome -> new Category("outcome_" + outcome.name().toLowerCase(Locale.ROOT), "c.outcome = '" + outcome
                    .name() + "' and c.outcome_on < :to")), Stream.of(new Category("outcome_pending",
                            "(c.outcome is null or c.outcome_on >= :to)"))).toArray(Category[]::new));

    static final List<Definition> DEFINITIONS = List.of(
            Definition.count("agencies.registered", Unit.AGENCIES, Chapter.PREVENTION, REGISTER).by(STATUS),
            Definition.count("agencies.suspended", Unit.AGENCIES, Chapter.PREVENTION, SUSPENDED),
            Definition.count("agencies.revoked", Unit.AGENCIES, Chapter.PREVENTION, REVOKED),
            Definition.count("agencies.sanctions", Unit.SANCTIONS, Chapter.PREVENTION, SANCTIONS).by(KINDS),
            Definition.of("agencies.fines_kzt", Unit.KZT, Chapter.PREVENTION, SANCTIONS, Value.sum("s.fine_kzt"))
                    .where("s.kind = 'FINE'"),
            Definition.count("agencies.complaints", Unit.COMPLAINTS, Chapter.PREVENTION, COMPLAINTS).by(SOURCES)
                    .by(OUTCOMES),
            Definition.of("agencies.intermediaries", Unit.INTERMEDIARIES, Chapter.PREVENTION, INTERMEDIARY_REPORTS,
                    Value.countDistinct("r.intermediary_id")).by(INTERMEDIARY_KINDS),
            Definition.count("agencies.intermediary_reports", Unit.REPORTS, Chapter.PREVENTION, INTERMEDIARY_REPORTS)
                    .by(REPORT_SOURCES));

    AgencyIndicators(JdbcClient jdbc, SnapshotLanes lanes, Today today) {
        super(jdbc, lanes, DEFINITIONS, today);
    }
}
