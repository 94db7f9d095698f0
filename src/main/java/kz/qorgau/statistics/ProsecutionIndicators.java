package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.statistics.Definition.Counted;
import kz.qorgau.statistics.Definition.Dimension;
import kz.qorgau.statistics.Definition.Dimension.Category;
import kz.qorgau.statistics.Indicator.Chapter;
import kz.qorgau.statistics.Indicator.Unit;
import kz.qorgau.statistics.IndicatorSource.Records.Kind;

/**
 * The PROSECUTION chapter (DESIGN.md §4): investigations, prosecutions, convictions and sentences,
 * special operations, arrests, extraditions and complicit officials, counted from dated events.
 */
@Component
class ProsecutionIndicators extends DefinedIndicators {

    /** The trafficking articles published one by one; the rest are "other". */
    private static final List<String> ARTICLES = List.of("128", "134", "135", "308", "125-1");

    /** The article of the conviction (e.conviction_article): each of {@link #ARTICLES}, then the others. */
    static final Dimension BY_ARTICLE = byArticle();

    private static Dimension byArticle() {
        List<Category> categories = new ArrayList<>();
        ARTICLES.forEach(article -> categories.add(new Category("article." + article,
                "e.conviction_article = '" + article + "'")));
        categories.add(new Category("article.other", "e.conviction_article not in ("
                + ARTICLES.stream().map(article -> "'" + article + "'").collect(Collectors.joining(", ")) + ")"));
        categories.add(new Category("article.unknown", "e.conviction_article is null"));
        return Dimension.of(categories.toArray(Category[]::new));
    }

    /**
     * The qualification (q) of the case c in force on a date: each breakdown by form counts a case by the forms of
     * the qualification in force on the date on which the figure counts it, so that a requalification dated later
     * leaves the figures of earlier dates as they were (DESIGN.md §4). Exactly one qualification is in force on any
     * date from the registration on.
     */
    private static String qualificationOn(String date) {
        return "join statistics_case_qualification q on q.case_id = c.id and q.valid_from <= " + date
                + " and (q.valid_to is null or q.valid_to > " + date + ")";
    }

    // investigations initiated: cases whose (effective) registration falls in P, by the forms they were registered with
    private static final Counted REGISTERED = Counted.of(Kind.CASES,
            "statistics_case c " + qualificationOn("c.registered_on"), inP("c.registered_on"), "c.region_code", "c.id");
    // reopened: cases whose termination was quashed in P (once each, however often)
    private static final String REOPENED_IN_P = """
            exists (select 1 from statistics_case_event o where o.case_id = c.id and o.type = 'REOPENED'
                    and o.occurred_on >= :from and o.occurred_on < :to)""";
    // continued: registered before P and either still open when P starts (no termination or indictment effective
    // before its first day, or a termination quashed since) or reopened in P. A case closed on P's first day was
    // open when P started: its closing is an act of P, counted among P's closings, so that open at the start, plus
    // initiated and reopened, less closed, is open at the end. A case closed before P and reopened in P is
    // investigated in P again, and counts here as well as among the reopened. By form, a case open when P started
    // counts by the qualification in force on P's first day (as it was carried into P), a reopened one by the
    // qualification in force on the day of its first reopening in P.
    private static final Counted CONTINUED = Counted.of(Kind.CASES, """
            statistics_case c
            left join (select distinct on (e.case_id) e.case_id, e.type
                       from statistics_case_event e
                       where e.occurred_on < :from
                         and e.type in ('SUSPENDED', 'RESUMED', 'TERMINATED', 'REOPENED', 'SENT_TO_COURT')
                       order by e.case_id, e.occurred_on desc, e.seq desc) s on s.case_id = c.id
            cross join lateral (
                select coalesce(
                        case when s.type is null or s.type in ('SUSPENDED', 'RESUMED', 'REOPENED')
                             then cast(:from as date) end,
                        (select min(o.occurred_on) from statistics_case_event o
                         where o.case_id = c.id and o.type = 'REOPENED' and o.occurred_on >= :from
                           and o.occurred_on < :to)) as counted_on) k
            """ + qualificationOn("k.counted_on"),
            "c.registered_on < :from and (s.type is null or s.type in ('SUSPENDED', 'RESUMED', 'REOPENED') or "
                    + REOPENED_IN_P + ")",
            "c.region_code", "c.id");
    private static final Counted REOPENED = Counted.of(Kind.CASES, "statistics_case c", REOPENED_IN_P,
            "c.region_code", "c.id");
    // prosecutions: cases sent to court in P (once: a case goes to court once, a retrial stays in court), and their
    // defendants, by the qualification in force on the day the case was sent to court
    private static final String SENT_TO_COURT = """
            statistics_case c
            join statistics_case_event s on s.case_id = c.id and s.type = 'SENT_TO_COURT'
            """ + qualificationOn("s.occurred_on");
    private static final Counted PROSECUTED_CASES = Counted.of(Kind.CASES, SENT_TO_COURT, inP("s.occurred_on"),
            "c.region_code", "c.id");
    private static final Counted PROSECUTED_DEFENDANTS = Counted.of(Kind.CASES,
            SENT_TO_COURT + " join statistics_defendant d on d.case_id = c.id", inP("s.occurred_on"), "c.region_code",
            "c.id");
    // convictions: defendants with a first-instance conviction dated in P, and the sentences of those convictions.
    // The verdict counted is each defendant's last one dated in P: a retrial ordered on appeal gives a new
    // first-instance verdict, which replaces an earlier one of the same period (so that a person counts once) but
    // never one of an earlier period, whose figures an appeal does not change (DESIGN.md §4). By form, by the
    // qualification in force on the verdict's date.
    private static final Counted CONVICTIONS = Counted.of(Kind.CASES, """
            statistics_case_event e
            join statistics_case c on c.id = e.case_id
            join statistics_defendant d on d.case_id = e.case_id and d.defendant_no = e.defendant_no
            """ + qualificationOn("e.occurred_on"),
            """
                    e.type = 'VERDICT' and e.outcome = 'CONVICTED' and e.occurred_on >= :from and e.occurred_on < :to
                    and not exists (select 1 from statistics_case_event r
                                    where r.case_id = e.case_id and r.defendant_no = e.defendant_no and r.type = 'VERDICT'
                                      and r.seq > e.seq and r.occurred_on < :to)""",
            "c.region_code", "c.id");
    private static final Counted DEFENDANTS_OF_REGISTERED = Counted.of(Kind.CASES,
            "statistics_case c join statistics_defendant d on d.case_id = c.id",
            inP("c.registered_on"), "c.region_code", "c.id");
    // arrests in P, in the region where the person was arrested (else the case's)
    private static final Counted ARRESTS = Counted.of(Kind.CASES,
            "statistics_defendant d join statistics_case c on c.id = d.case_id",
            inP("d.arrested_on"), "coalesce(d.arrest_region, c.region_code)", "c.id");
    // an operation held in several regions counts once in the country and once in each of its regions
    private static final Counted OPERATIONS = Counted.of(Kind.OPERATIONS, "statistics_operation o",
            inP("o.started_on"), "o.region_code", "o.id");
    // extraditions carried out in P: "outgoing" are persons Kazakhstan surrendered (requests it received),
    // "incoming" persons brought to Kazakhstan (requests it sent)
    private static final Counted EXTRADITIONS = Counted.of(Kind.REQUESTS, "statistics_cooperation r",
            "r.kind = 'EXTRADITION' and r.status = 'EXECUTED' and " + inP("r.executed_on"),
            "r.region_code", "r.id");

    // Imprisonment figures are of adults; juvenile offenders are counted apart (as the seed report does).
    private static final String ADULT = "not coalesce(e.juvenile, false)";

    static final List<Definition> DEFINITIONS = List.of(
            cases("investigations.initiated", REGISTERED).by(Dimension.forms("q")),
            cases("investigations.continued", CONTINUED).by(Dimension.forms("q")),
            cases("cases.reopened", REOPENED),
            cases("prosecutions.cases", PROSECUTED_CASES).by(Dimension.forms("q")),
            persons("prosecutions.defendants", PROSECUTED_DEFENDANTS).by(Dimension.forms("q")),
            persons("convictions.persons", CONVICTIONS).by(Dimension.forms("q")).by(BY_ARTICLE),
            persons("sentences.imprisonment.persons", CONVICTIONS).where("e.imprisonment_months is not null and "
                    + ADULT),
            Definition.of("sentences.imprisonment.min_months", Unit.MONTHS, Chapter.PROSECUTION, CONVICTIONS,
                    Definition.Value.min("e.imprisonment_months")).where(ADULT),
            Definition.of("sentences.imprisonment.max_months", Unit.MONTHS, Chapter.PROSECUTION, CONVICTIONS,
                    Definition.Value.max("e.imprisonment_months")).where(ADULT),
            persons("sentences.suspended.persons", CONVICTIONS).where("e.suspended_months is not null"),
            persons("sentences.juvenile.persons", CONVICTIONS).where("e.juvenile"),
            persons("sentences.fine.persons", CONVICTIONS).where("e.fine_kzt is not null"),
            persons("sentences.restriction_of_liberty.persons", CONVICTIONS).where("e.restriction_months is not null"),
            new Definition("special_operations", Unit.OPERATIONS, Chapter.PROSECUTION, OPERATIONS, null,
                    Definition.Value.countDistinct("o.id"), List.of()),
            persons("arrests", ARRESTS),
            requests("extraditions.outgoing", EXTRADITIONS).where("r.direction = 'INCOMING'"),
            requests("extraditions.incoming", EXTRADITIONS).where("r.direction = 'OUTGOING'"),
            persons("officials.investigated", DEFENDANTS_OF_REGISTERED).where("d.public_official"),
            persons("officials.prosecuted", PROSECUTED_DEFENDANTS).where("d.public_official"),
            persons("officials.convicted", CONVICTIONS).where("d.public_official"));

    ProsecutionIndicators(JdbcClient jdbc) {
        super(jdbc, DEFINITIONS);
    }

    private static Definition cases(String code, Counted counted) {
        return Definition.count(code, Unit.CASES, Chapter.PROSECUTION, counted);
    }

    private static Definition persons(String code, Counted counted) {
        return Definition.count(code, Unit.PERSONS, Chapter.PROSECUTION, counted);
    }

    /** Requests for international cooperation (each concerns one person, who may be unknown). */
    private static Definition requests(String code, Counted counted) {
        return Definition.count(code, Unit.REQUESTS, Chapter.PROSECUTION, counted);
    }
}
