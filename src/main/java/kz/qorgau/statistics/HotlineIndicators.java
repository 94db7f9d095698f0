package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.cases.PoliceAnswer;
import kz.qorgau.hotline.CallType;
import kz.qorgau.hotline.Channel;
import kz.qorgau.hotline.FundingSource;
import kz.qorgau.shared.Today;
import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Dimension;
import kz.qorgau.statistics.Definition.Dimension.Category;
import kz.qorgau.statistics.Definition.Value;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;

/**
 * The hotline (prevention chapter, its notifications in the prosecution chapter): every call and message received in
 * the year by channel; the real calls by type and channel, and those counted apart (wrong numbers, silent calls, spam,
 * abuse) by type; the reports of suspected cases; the notifications to the police sent in the year by where they stood
 * at the end of the year, and those not answered by their deadline; the victims identified through the hotline (each
 * victim record once); the hotline's funding by source and the state's part of it. A past year moves only by an event
 * dated in it (an answer on its day, a funding revision of that year).
 */
@Component
class HotlineIndicators extends DefinedIndicators {

    private static final String REAL = "c.call_type not in ("
            + String.join(", ", CallType.NOISE.stream().map(type -> "'" + type.name() + "'").toList()) + ")";

    private static final Counted CALLS = Counted.unlisted("statistics_hotline_call c", inP("c.received_on"),
            "c.region_code");
    private static final Counted NOTIFIED = Counted.unlisted("statistics_hotline_call c", inP("c.notified_on"),
            "c.region_code");
    private static final Counted FUNDING = Counted.unlisted("statistics_hotline_funding f", inP("f.year_start"),
            "f.region_code");

    /** Every channel a category. */
    private static final Dimension CHANNELS = Dimension.of(Arrays.stream(Channel.values()).map(channel -> new Category(
            "channel_" + channel.name().toLowerCase(Locale.ROOT), "c.channel = '" + channel.name() + "'")).toArray(
                    Category[]::new));
    /** The real calls' types, each a category. */
    private static final Dimension REAL_TYPES = types(CallType.realTypes());
    /** The types counted apart, each a category. */
    private static final Dimension NOISE_TYPES = types(CallType.NOISE);
    /** Where the police stood at the end of P: registered, refused, or not answered by then. */
    private static final Dimension ANSWERS = Dimension.of(Stream.concat(Arrays.stream(PoliceAnswer.values()).map(
            answer -> new Category(answer.name().toLowerCase(Locale.ROOT), "c.answer = '" + answer.name()
                    + "' and c.answered_on < :to")), Stream.of(new Category("not_answered",
                            "(c.answer is null or c.answered_on >= :to)"))).toArray(Category[]::new));
    /** The funding by source, every source a category. */
    private static final Dimension SOURCES = Dimension.of(Arrays.stream(FundingSource.values()).map(
            source -> new Category("source_" + source.name().toLowerCase(Locale.ROOT), "f.source = '" + source.name()
                    + "'")).toArray(Category[]::new));

    static final List<Definition> DEFINITIONS = List.of(
            Definition.count("hotline.contacts", Unit.CALLS, Chapter.PREVENTION, CALLS).by(CHANNELS),
            Definition.count("hotline.calls", Unit.CALLS, Chapter.PREVENTION, CALLS).where(REAL).by(REAL_TYPES)
                    .by(CHANNELS),
            Definition.count("hotline.calls_apart", Unit.CALLS, Chapter.PREVENTION, CALLS).where("not " + REAL)
                    .by(NOISE_TYPES),
            Definition.count("hotline.reports", Unit.CALLS, Chapter.PREVENTION, CALLS).where(
                    "c.call_type = 'SUSPECTED_CASE'"),
            Definition.count("hotline.notifications", Unit.NOTIFICATIONS, Chapter.PROSECUTION, NOTIFIED).by(ANSWERS),
            Definition.count("hotline.notifications_overdue", Unit.NOTIFICATIONS, Chapter.PROSECUTION, NOTIFIED)
                    .where(Definition.answeredLate("c")),
            Definition.of("hotline.victims_identified", Unit.PERSONS, Chapter.PREVENTION, CALLS, Value.countDistinct(
                    "c.victim_reference")),
            Definition.of("hotline.funding_kzt", Unit.KZT, Chapter.PREVENTION, FUNDING, Value.sum("f.amount_kzt"))
                    .by(SOURCES),
            Definition.of("hotline.state_funding_kzt", Unit.KZT, Chapter.PREVENTION, FUNDING, Value.sum(
                    "f.amount_kzt")).where("f.source = 'STATE'"));

    HotlineIndicators(JdbcClient jdbc, SnapshotLanes lanes, Today today) {
        super(jdbc, lanes, DEFINITIONS, today);
    }

    private static Dimension types(List<CallType> types) {
        return Dimension.of(types.stream().map(type -> new Category("type_" + type.name().toLowerCase(Locale.ROOT),
                "c.call_type = '" + type.name() + "'")).toArray(Category[]::new));
    }
}
