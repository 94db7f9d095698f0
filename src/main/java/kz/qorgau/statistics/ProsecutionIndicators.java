package kz.qorgau.statistics;

import static kz.qorgau.statistics.Definition.inP;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.cases.TerminationReason;
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
    static final Dimension BY_ARTICLE = byArticle("e.conviction_article");

    /** The article of an offence (a.article_code), grouped as the convictions are. */
    static final Dimension BY_OFFENCE_ARTICLE = byArticle("a.article_code");

    private static Dimension byArticle(String column) {
        List<Category> categories = new ArrayList<>();
        ARTICLES.forEach(article -> categories.add(new Category("article." + article,
                column + " = '" + article + "'")));
        categories.add(new Category("article.other", column + " not in ("
                + ARTICLES.stream().map(article -> "'" + article + "'").collect(Collectors.joining(", ")) + ")"));
        categories.add(new Category("article.unknown", column + " is null"));
        return Dimension.of(categories.toArray(Category[]::new));
    }

    /** The sex of the person record of a suspect or defendant (d); none recorded is unknown. */
    static final Dimension SEX = Dimension.of(new Category("female", "d.sex = 'FEMALE'"),
            new Category("male", "d.sex = 'MALE'"), new Category("sex_other", "d.sex = 'OTHER'"),
            new Category("sex_unknown", "d.sex not in ('FEMALE', 'MALE', 'OTHER')"));

    /**
     * Citizens of Kazakhstan, foreign citizens, stateless persons (as the person record says), and no citizenship
     * recorded otherwise (unknown, also where no person record is named), of a suspect or defendant (d).
     */
    static final Dimension CITIZENSHIP = Dimension.of(new Category("citizens", "d.citizen"),
            new Category("foreign", "not d.citizen and d.citizenship_recorded"),
            new Category("stateless", "d.stateless"),
            new Category("citizenship_unknown", "not d.citizenship_recorded and not d.stateless"));

    /** The countries of citizenship published one by one (Kazakhstan and its region's); the rest are "other". */
    static final List<String> COUNTRIES = List.of("KZ", "UZ", "KG", "TJ", "TM", "RU", "CN", "AZ");

    /**
     * The country of citizenship of a suspect or defendant (d): Kazakhstan for its citizens (whatever other
     * citizenship they hold), else the first recorded; none recorded is unknown.
     */
    static final Dimension BY_COUNTRY = byCountry();

    private static Dimension byCountry() {
        List<Category> categories = new ArrayList<>();
        COUNTRIES.forEach(country -> categories.add(new Category("citizenship." + country.toLowerCase(Locale.ROOT),
                "d.citizenship_country = '" + country + "'")));
        categories.add(new Category("citizenship.other", "d.citizenship_country not in ("
                + COUNTRIES.stream().map(country -> "'" + country + "'").collect(Collectors.joining(", ")) + ")"));
        categories.add(new Category("citizenship.stateless", "d.stateless"));
        categories.add(new Category("citizenship.unknown", "d.citizenship_country is null and not d.stateless"));
        return Dimension.of(categories.toArray(Category[]::new));
    }

    /**
     * Minors, adults and unknown age of a suspect or defendant (d) on the date the figure counts them. The person
     * record keeps the birth year in clear (the birth date is encrypted, and statistics never decrypt it), so the
     * age on a date of year Y is Y − birth year or one less: a minor when Y − birth year is at most 17, an adult
     * when it is at least 19, otherwise (18, or no birth year) unknown.
     */
    static Dimension ageOn(String date) {
        String years = "extract(year from " + date + ") - d.birth_year";
        return Dimension.of(new Category("minors", years + " <= 17"), new Category("adults", years + " >= 19"),
                new Category("age_unknown", "d.birth_year is null or " + years + " = 18"));
    }

    /** Real imprisonment (e.imprisonment_months) in bands of its length; every such sentence has a length. */
    static final Dimension TERM = Dimension.of(new Category("under_1_year", "e.imprisonment_months < 12"),
            new Category("1_to_3_years", "e.imprisonment_months >= 12 and e.imprisonment_months < 36"),
            new Category("3_to_5_years", "e.imprisonment_months >= 36 and e.imprisonment_months < 60"),
            new Category("5_to_10_years", "e.imprisonment_months >= 60 and e.imprisonment_months < 120"),
            new Category("10_years_or_more", "e.imprisonment_months >= 120"));

    /** The first-instance outcome of a verdict (e.outcome). */
    static final Dimension VERDICT_OUTCOME = Dimension.of(new Category("convicted", "e.outcome = 'CONVICTED'"),
            new Category("acquitted", "e.outcome = 'ACQUITTED'"), new Category("dismissed", "e.outcome = 'DISMISSED'"),
            new Category("outcome_unknown", "e.outcome is null or e.outcome not in ('CONVICTED', 'ACQUITTED', "
                    + "'DISMISSED')"));

    /** What the appeal court decided (e.appeal_outcome). */
    static final Dimension APPEAL_OUTCOME = Dimension.of(new Category("upheld", "e.appeal_outcome = 'UPHELD'"),
            new Category("sentence_changed", "e.appeal_outcome = 'SENTENCE_CHANGED'"),
            new Category("conviction_quashed", "e.appeal_outcome = 'CONVICTION_QUASHED'"),
            new Category("retrial_ordered", "e.appeal_outcome = 'RETRIAL_ORDERED'"),
            new Category("appeal_outcome_unknown", "e.appeal_outcome is null or e.appeal_outcome not in ('UPHELD', "
                    + "'SENTENCE_CHANGED', 'CONVICTION_QUASHED', 'RETRIAL_ORDERED')"));

    /** The grounds of a termination (e.reason): each of {@link TerminationReason}, then unknown. */
    static final Dimension TERMINATION_REASON = terminationReason();

    private static Dimension terminationReason() {
        List<Category> categories = new ArrayList<>();
        Arrays.stream(TerminationReason.values()).forEach(reason -> categories.add(new Category("reason_" + reason
                .name().toLowerCase(Locale.ROOT), "e.reason = '" + reason.name() + "'")));
        categories.add(new Category("reason_unknown", "e.reason is null or e.reason not in (" + Arrays.stream(
                TerminationReason.values()).map(reason -> "'" + reason.name() + "'").collect(Collectors.joining(", "))
                + ")"));
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
    // offences recorded: one per article of the qualification a case registered in P was registered with (its parts
    // counted once), and a case registered without any article once, under an unknown article
    private static final Counted OFFENCES = Counted.of(Kind.CASES, "statistics_case c " + qualificationOn(
            "c.registered_on") + " left join statistics_case_article a on a.case_id = c.id and a.seq = q.seq",
            inP("c.registered_on"), "c.region_code", "c.id");
    // persons suspected: each suspect of a case on the date they became one (when not recorded, the case's
    // registration), in the case's region
    private static final String SUSPECTED_ON = "coalesce(d.added_on, c.registered_on)";
    private static final Counted SUSPECTS = Counted.of(Kind.CASES,
            "statistics_defendant d join statistics_case c on c.id = d.case_id", inP(SUSPECTED_ON), "c.region_code",
            "c.id");
    // the court's decisions dated in P, each entry of the effective timeline: every first-instance verdict (a
    // retrial's as well as the verdict it replaced) and every appeal decision, per defendant
    private static final Counted COURT_DECISIONS = Counted.of(Kind.CASES,
            "statistics_case_event e join statistics_case c on c.id = e.case_id",
            "e.type in ('VERDICT', 'APPEAL') and " + inP("e.occurred_on"), "c.region_code", "c.id");
    // cases whose investigation was terminated in P, once each, by the grounds of their last termination in P
    private static final Counted TERMINATED = Counted.of(Kind.CASES,
            "statistics_case_event e join statistics_case c on c.id = e.case_id", """
                    e.type = 'TERMINATED' and e.occurred_on >= :from and e.occurred_on < :to
                    and not exists (select 1 from statistics_case_event r
                                    where r.case_id = e.case_id and r.type = 'TERMINATED' and r.occurred_on < :to
                                      and (r.occurred_on > e.occurred_on
                                           or r.occurred_on = e.occurred_on and r.seq > e.seq))""",
            "c.region_code", "c.id");
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
            cases("cases.terminated", TERMINATED).by(TERMINATION_REASON),
            Definition.count("offences.recorded", Unit.OFFENCES, Chapter.PROSECUTION, OFFENCES).by(BY_OFFENCE_ARTICLE),
            persons("suspects.persons", SUSPECTS).by(SEX).by(ageOn(SUSPECTED_ON)).by(CITIZENSHIP).by(BY_COUNTRY),
            cases("prosecutions.cases", PROSECUTED_CASES).by(Dimension.forms("q")),
            persons("prosecutions.defendants", PROSECUTED_DEFENDANTS).by(Dimension.forms("q")).by(SEX).by(ageOn(
                    "s.occurred_on")).by(CITIZENSHIP).by(BY_COUNTRY),
            persons("convictions.persons", CONVICTIONS).by(Dimension.forms("q")).by(BY_ARTICLE).by(SEX).by(ageOn(
                    "e.occurred_on")).by(CITIZENSHIP).by(BY_COUNTRY),
            Definition.count("convictions.count", Unit.CONVICTIONS, Chapter.PROSECUTION, CONVICTIONS),
            new Definition("convictions.distinct_persons", Unit.PERSONS, Chapter.PROSECUTION, CONVICTIONS, null,
                    Definition.Value.countDistinct("d.person_id"), List.of()),
            Definition.count("court.first_instance", Unit.VERDICTS, Chapter.PROSECUTION, COURT_DECISIONS).where(
                    "e.type = 'VERDICT'").by(VERDICT_OUTCOME),
            Definition.count("court.appeals", Unit.APPEAL_DECISIONS, Chapter.PROSECUTION, COURT_DECISIONS).where(
                    "e.type = 'APPEAL'").by(APPEAL_OUTCOME),
            persons("sentences.imprisonment.persons", CONVICTIONS).where("e.imprisonment_months is not null and "
                    + ADULT).by(TERM),
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

    ProsecutionIndicators(JdbcClient jdbc, SnapshotLanes lanes) {
        super(jdbc, lanes, DEFINITIONS, null);
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
