package kz.qorgau.demo;

import static kz.qorgau.cases.SuspensionReason.AWAITING_LEGAL_ASSISTANCE;
import static kz.qorgau.cases.SuspensionReason.SUSPECT_ABROAD;
import static kz.qorgau.cases.SuspensionReason.SUSPECT_ABSCONDED;
import static kz.qorgau.cases.SuspensionReason.SUSPECT_NOT_IDENTIFIED;
import static kz.qorgau.cases.TerminationReason.INSUFFICIENT_EVIDENCE;
import static kz.qorgau.cases.TerminationReason.NO_CORPUS_DELICTI;
import static kz.qorgau.cases.VerdictOutcome.ACQUITTED;
import static kz.qorgau.cases.VerdictOutcome.CONVICTED;
import static kz.qorgau.cases.VerdictOutcome.DISMISSED;
import static kz.qorgau.shared.ExploitationForm.FORCED_LABOUR;
import static kz.qorgau.shared.ExploitationForm.SEXUAL_EXPLOITATION;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.qorgau.cases.CooperationDirection;
import kz.qorgau.cases.InternationalCooperation;
import kz.qorgau.cases.Sentence;
import kz.qorgau.cases.VenueKind;

/**
 * What the demo enters: case stories, special operations and extradition requests.
 *
 * <p>{@link #scripted()} is the plan of 2019 to 2022, written so that the statistics module, counting by
 * DESIGN.md §4, computes the record-level PROSECUTION figures of the seed report
 * ({@code shared/reference/seed-figures.md}) for 2021 and 2022 nationally. The random cases of the other
 * years ({@link RandomCasePlan}) cannot change them: those of 2017–2018 have their last event before
 * 2021 and none is left open, those from 2023 on start after 2022.
 *
 * <pre>
 * Figure (DESIGN.md §4)            2022  from                                                     2021
 * investigations.initiated          26   the 26 cases registered in 2022: 23 sexual exploitation,  20
 *                                        3 forced labour, none without a form
 * investigations.continued          14   registered 2019–2021 and open on 1 January 2022: 7 with   47
 *                                        no form (1 of 2019, 3 of 2020, 3 of 2021), 3 forced
 *                                        labour, 4 sexual exploitation; every other case of those
 *                                        years was terminated or sent to court before 2022
 * prosecutions.cases                18   11 of the continued (7 no form, 2 forced labour, 2 sexual  49
 *                                        exploitation) and 7 of 2022 (4 sexual exploitation, 3 forced
 *                                        labour): 6 / 5 / 7 unspecified; 2021: 4 cases of 2019, 35 of
 *                                        2020, 10 of 2021
 * convictions.persons                6   2 sent to court in 2021 and 4 in 2022, one defendant each:  23
 *                                        128 sexual exploitation 15 years, 308 suspended 3 years 5
 *                                        months, 128 4 years, 128 10 years, 134 a juvenile 3 months,
 *                                        128 forced labour 6 years: 5 / 1; articles 128 / 134 / 308 =
 *                                        4 / 1 / 1; imprisonment of adults 4 (48 to 180 months),
 *                                        juvenile 1, suspended 1. 2021: 23 defendants, all in sexual
 *                                        exploitation cases (6 sent to court in 2020, 17 in 2021)
 * special_operations                 3   three stages of "Стоп-трафик 2022"
 * extraditions.outgoing             11   requests received from Uzbekistan (3) and Russia (8),
 *                                        executed in 2022
 * extraditions.incoming              1   the request to Bahrain for the suspect of a 2019 case,
 *                                        executed in 2022
 * arrests                           11   suspects of 2022 cases arrested when registered, in
 *                                        Shymkent (KZ-79), Zhambyl (KZ-31, Taraz), Turkistan (KZ-61)
 * officials.*                        0   no suspect is a public official
 * </pre>
 *
 * The other defendants of cases sent to court in 2021–2022 were acquitted or their cases dismissed, or
 * were tried in 2023–2024 (the seed report's 49 prosecutions against 23 convictions in 2021 leave that
 * much unexplained). Later steps of these cases (verdicts of 2023 and 2024) do not touch 2021–2022.
 */
record DemoCasePlan(List<DemoStory> stories, List<Operation> operations, List<Extradition> extraditions) {

    static final int FIRST_SCRIPTED_YEAR = 2019;
    static final int LAST_SCRIPTED_YEAR = 2022;

    static final String ALMATY = "KZ-75";
    static final String SHYMKENT = "KZ-79";
    static final String ASTANA = "KZ-71";
    static final String TURKISTAN = "KZ-61";
    static final String ZHAMBYL = "KZ-31";
    static final String ALMATY_REGION = "KZ-19";
    static final String KARAGANDA = "KZ-35";
    static final String MANGYSTAU = "KZ-47";
    static final String PAVLODAR = "KZ-55";
    static final String EAST_KAZAKHSTAN = "KZ-63";
    /**
     * The regions the demo enters cases in. Tests rely on the others being free of demo data (Kostanay
     * region KZ-39 and Ulytau region KZ-62, for instance).
     */
    static final List<String> REGIONS = List.of(ALMATY, SHYMKENT, ASTANA, TURKISTAN, ALMATY_REGION, ZHAMBYL,
            KARAGANDA, MANGYSTAU, PAVLODAR, EAST_KAZAKHSTAN);

    /** Where most cases arise (Almaty, Shymkent, Astana and the south first), taken in turn. */
    static final List<String> MOST_AFFECTED = List.of(ALMATY, SHYMKENT, ASTANA, TURKISTAN, ALMATY, ZHAMBYL,
            ALMATY_REGION, SHYMKENT, KARAGANDA, MANGYSTAU);
    static final List<String> SOUTH = List.of(SHYMKENT, ZHAMBYL, TURKISTAN);
    static final List<String> CITIES = List.of(ALMATY, ASTANA, SHYMKENT);
    /** Farms, construction sites and oil fields. */
    static final List<String> LABOUR = List.of(ALMATY_REGION, KARAGANDA, MANGYSTAU, TURKISTAN, PAVLODAR);

    DemoCasePlan {
        stories = List.copyOf(stories);
        operations = List.copyOf(operations);
        extraditions = List.copyOf(extraditions);
    }

    /**
     * A special operation; the cases registered in its regions while it ran or in the month after are
     * linked to it as its results (three at most).
     */
    record Operation(String name, LocalDate startedOn, LocalDate endedOn, List<String> regions, Set<VenueKind> venues,
            int personsInterviewed, int potentialVictimsFound) {
    }

    /**
     * An extradition request and what became of it: granted or refused on {@code decidedOn}, carried out on
     * {@code executedOn} (null: not, or not yet). {@code INCOMING}: asked of Kazakhstan, for a national of
     * the requesting state; {@code OUTGOING}: asked by Kazakhstan, for a Kazakh citizen.
     */
    record Extradition(CooperationDirection direction, String country, LocalDate requestedOn,
            InternationalCooperation.Step decision, LocalDate decidedOn, LocalDate executedOn) {

        static Extradition executed(CooperationDirection direction, String country, String requested, String granted,
                String executed) {
            return new Extradition(direction, country, LocalDate.parse(requested),
                    InternationalCooperation.Step.GRANTED, LocalDate.parse(granted), LocalDate.parse(executed));
        }

        static Extradition refused(CooperationDirection direction, String country, String requested, String refused) {
            return new Extradition(direction, country, LocalDate.parse(requested),
                    InternationalCooperation.Step.REFUSED, LocalDate.parse(refused), null);
        }
    }

    /** The scripted years 2019–2022 (see the class comment for the figures they produce). */
    static DemoCasePlan scripted() {
        List<DemoStory> stories = new ArrayList<>();
        stories.addAll(registered2019());
        stories.addAll(registered2020());
        stories.addAll(registered2021());
        stories.addAll(registered2022());
        return new DemoCasePlan(stories, scriptedOperations(), scriptedExtraditions());
    }

    /** 32 cases: 26 sexual exploitation, 4 forced labour, 2 without a form. */
    private static List<DemoStory> registered2019() {
        return List.of(
                // tried in 2019 (17)
                DemoStory.of(14, SEXUAL_EXPLOITATION, "128").in(MOST_AFFECTED).registered("2019-01", "2019-05")
                        .arrested().sentToCourt("2019-06", "2019-09").verdict("2019-10", "2019-12", CONVICTED),
                DemoStory.of(2, FORCED_LABOUR, "128").in(LABOUR).registered("2019-02", "2019-04")
                        .sentToCourt("2019-07", "2019-08").verdict("2019-11", "2019-12", CONVICTED),
                DemoStory.of(1, null, "135").in(ALMATY).registered("2019-03-11").sentToCourt("2019-09-02")
                        .verdict("2020-02-12", ACQUITTED),
                // sent to court in 2020 (6)
                DemoStory.of(5, SEXUAL_EXPLOITATION, "308").in(MOST_AFFECTED).registered("2019-07", "2019-10")
                        .sentToCourt("2020-02", "2020-05").verdict("2020-06", "2020-10", CONVICTED),
                DemoStory.of(1, FORCED_LABOUR, "128").in(MANGYSTAU).registered("2019-08-19").sentToCourt("2020-03-10")
                        .verdict("2020-09-22", CONVICTED),
                // suspects absconded, found in 2020, sent to court in 2021 (4; 3 of the 23 convicted in 2021)
                DemoStory.of(3, SEXUAL_EXPLOITATION, "128").in(SOUTH).registered("2019-06", "2019-09")
                        .suspended("2019-10", "2019-12", SUSPECT_ABSCONDED).resumed("2020-09", "2020-12")
                        .sentToCourt("2021-02", "2021-04").verdict("2021-06", "2021-09", CONVICTED),
                DemoStory.of(1, FORCED_LABOUR, "128").in(TURKISTAN).registered("2019-10-07")
                        .suspended("2019-12-16", SUSPECT_ABSCONDED).resumed("2020-11-09").sentToCourt("2021-03-15")
                        .verdict("2021-07-20", ACQUITTED),
                // terminated (4)
                DemoStory.of(2, SEXUAL_EXPLOITATION, "128").in(ASTANA, KARAGANDA).registered("2019-02", "2019-04")
                        .unknownSuspect().terminated("2019-08", "2019-10", INSUFFICIENT_EVIDENCE),
                DemoStory.of(2, SEXUAL_EXPLOITATION, "134").in(ALMATY, PAVLODAR).registered("2019-09", "2019-12")
                        .unknownSuspect().suspended("2020-01", "2020-02", SUSPECT_NOT_IDENTIFIED)
                        .terminated("2020-10", "2020-12", INSUFFICIENT_EVIDENCE),
                // the suspect fled to Bahrain; arrested there at Kazakhstan's request, extradited in 2022 and
                // tried: continued on 1 January 2022, sent to court in 2022 (no form recorded)
                DemoStory.of(1, null, "128").in(ALMATY).registered("2019-11-18")
                        .extradited(Extradition.executed(CooperationDirection.OUTGOING, "BH", "2021-09-06",
                                "2021-12-14", "2022-02-22"))
                        .suspended("2019-12-20", SUSPECT_ABROAD).resumed("2022-03-01").sentToCourt("2022-06-14")
                        .verdict("2023-01-25", CONVICTED));
    }

    /**
     * 54 cases: 40 sexual exploitation, 10 forced labour, 4 without a form. Few reached court in 2020 (the
     * pandemic year), most in 2021.
     */
    private static List<DemoStory> registered2020() {
        return List.of(
                // sent to court in 2020 (10; 6 convicted in 2021)
                DemoStory.of(2, SEXUAL_EXPLOITATION, "128").in(CITIES).registered("2020-01", "2020-02").arrested()
                        .sentToCourt("2020-04", "2020-06").verdict("2020-08", "2020-10", CONVICTED),
                DemoStory.of(6, SEXUAL_EXPLOITATION, "128").in(MOST_AFFECTED).registered("2020-02", "2020-05")
                        .arrested().sentToCourt("2020-08", "2020-11").verdict("2021-01", "2021-03", CONVICTED),
                DemoStory.of(2, FORCED_LABOUR, "128").in(LABOUR).registered("2020-01", "2020-03")
                        .sentToCourt("2020-06", "2020-07").verdict("2020-10", "2020-11", CONVICTED),
                // sent to court in 2021 (35): 11 convicted in 2021 (3 cases with two defendants) ...
                DemoStory.of(5, SEXUAL_EXPLOITATION, "128").in(MOST_AFFECTED).registered("2020-06", "2020-09")
                        .arrested().sentToCourt("2021-01", "2021-04").verdict("2021-05", "2021-09", CONVICTED),
                DemoStory.of(3, SEXUAL_EXPLOITATION, "128").in(SOUTH).registered("2020-07", "2020-09").defendants(2)
                        .arrested().sentToCourt("2021-02", "2021-05").verdict("2021-06", "2021-10", CONVICTED),
                // ... acquitted or dismissed in 2021 ...
                DemoStory.of(2, SEXUAL_EXPLOITATION, "308").in(CITIES).registered("2020-08", "2020-09")
                        .sentToCourt("2021-03", "2021-04").verdict("2021-08", "2021-09", ACQUITTED),
                DemoStory.of(4, SEXUAL_EXPLOITATION, "308").in(MOST_AFFECTED).registered("2020-09", "2020-10")
                        .sentToCourt("2021-04", "2021-06").verdict("2021-09", "2021-11", DISMISSED),
                DemoStory.of(2, FORCED_LABOUR, "128").in(LABOUR).registered("2020-09", "2020-10")
                        .sentToCourt("2021-05", "2021-06").verdict("2021-10", "2021-11", DISMISSED),
                DemoStory.of(1, null, "135").in(ALMATY_REGION).registered("2020-10-05").sentToCourt("2021-06-14")
                        .verdict("2021-12-08", DISMISSED),
                // ... acquitted or dismissed in 2022 ...
                DemoStory.of(2, SEXUAL_EXPLOITATION, "128").in(ASTANA, ALMATY).registered("2020-10", "2020-11")
                        .sentToCourt("2021-07", "2021-08").verdict("2022-02", "2022-04", ACQUITTED),
                DemoStory.of(1, SEXUAL_EXPLOITATION, "308").in(KARAGANDA).registered("2020-11-03")
                        .sentToCourt("2021-09-13").verdict("2022-03-29", DISMISSED),
                DemoStory.of(1, FORCED_LABOUR, "128").in(MANGYSTAU).registered("2020-11-16").sentToCourt("2021-09-27")
                        .verdict("2022-05-18", DISMISSED),
                // ... and tried at length, convicted in 2023 and 2024
                DemoStory.of(11, SEXUAL_EXPLOITATION, "128").in(MOST_AFFECTED).registered("2020-07", "2020-12")
                        .arrested().sentToCourt("2021-06", "2021-12").verdict("2023-01", "2024-06", CONVICTED),
                DemoStory.of(3, FORCED_LABOUR, "128").in(LABOUR).registered("2020-10", "2020-12")
                        .sentToCourt("2021-08", "2021-11").verdict("2023-02", "2023-05", CONVICTED),
                // continued on 1 January 2022 (5): waiting for legal assistance from abroad, or the suspect abroad
                DemoStory.of(3, null, "128").in(ALMATY, ASTANA, ALMATY).registered("2020-10", "2020-12")
                        .suspended("2021-02", "2021-04", AWAITING_LEGAL_ASSISTANCE).resumed("2022-01", "2022-03")
                        .sentToCourt("2022-04", "2022-06").verdict("2023-03", "2023-06", CONVICTED),
                DemoStory.of(1, FORCED_LABOUR, "128").in(KARAGANDA).registered("2020-11-10")
                        .suspended("2021-03-01", AWAITING_LEGAL_ASSISTANCE).resumed("2022-02-14")
                        .sentToCourt("2022-05-23").verdict("2023-04-11", CONVICTED),
                DemoStory.of(1, SEXUAL_EXPLOITATION, "128").in(ALMATY).registered("2020-12-01")
                        .suspended("2020-12-28", SUSPECT_ABROAD),
                // terminated (4)
                DemoStory.of(2, SEXUAL_EXPLOITATION, "128").in(ALMATY, SHYMKENT).registered("2020-03", "2020-05")
                        .unknownSuspect().terminated("2020-09", "2020-11", NO_CORPUS_DELICTI),
                DemoStory.of(1, SEXUAL_EXPLOITATION, "308").in(ZHAMBYL).registered("2020-06-15")
                        .terminated("2021-03-12", INSUFFICIENT_EVIDENCE),
                DemoStory.of(1, FORCED_LABOUR, "128").in(ALMATY_REGION).registered("2020-09-07").unknownSuspect()
                        .suspended("2020-12-01", SUSPECT_NOT_IDENTIFIED)
                        .terminated("2021-06-30", INSUFFICIENT_EVIDENCE));
    }

    /** 20 cases: 14 sexual exploitation, 3 forced labour, 3 without a form. */
    private static List<DemoStory> registered2021() {
        return List.of(
                // sent to court in 2021 (10): 3 convicted in 2021, 2 in 2022, the rest acquitted, dismissed or 2023
                DemoStory.of(3, SEXUAL_EXPLOITATION, "128").in(SOUTH).registered("2021-01", "2021-03").arrested()
                        .sentToCourt("2021-05", "2021-07").verdict("2021-09", "2021-11", CONVICTED),
                DemoStory.of(1, SEXUAL_EXPLOITATION, "128").in(ALMATY).registered("2021-04-12").arrested()
                        .sentToCourt("2021-10-20").convicted("2022-02-24", Sentence.imprisonment(180)),
                DemoStory.of(1, SEXUAL_EXPLOITATION, "308").in(ASTANA).registered("2021-05-17")
                        .sentToCourt("2021-11-09")
                        .convicted("2022-03-15", new Sentence(null, 41, 36, null, null, false, false)),
                DemoStory.of(2, SEXUAL_EXPLOITATION, "308").in(ALMATY, SHYMKENT).registered("2021-03", "2021-04")
                        .sentToCourt("2021-08", "2021-09").verdict("2022-04", "2022-06", DISMISSED),
                DemoStory.of(2, SEXUAL_EXPLOITATION, "128").in(ALMATY, ALMATY_REGION).registered("2021-02", "2021-05")
                        .arrested().sentToCourt("2021-09", "2021-12").verdict("2023-03", "2023-05", CONVICTED),
                DemoStory.of(1, FORCED_LABOUR, "128").in(TURKISTAN).registered("2021-03-22").sentToCourt("2021-08-16")
                        .verdict("2022-06-07", ACQUITTED),
                // terminated in 2021 (2)
                DemoStory.of(2, SEXUAL_EXPLOITATION, "128").in(ASTANA, EAST_KAZAKHSTAN).registered("2021-02", "2021-06")
                        .unknownSuspect().terminated("2021-09", "2021-11", NO_CORPUS_DELICTI),
                // continued on 1 January 2022 (8): 6 sent to court in 2022, 2 terminated
                DemoStory.of(3, null, "135").in(ALMATY, SHYMKENT, ASTANA).registered("2021-09", "2021-11")
                        .sentToCourt("2022-03", "2022-05").verdict("2023-01", "2023-03", CONVICTED),
                DemoStory.of(1, FORCED_LABOUR, "128").in(ALMATY_REGION).registered("2021-10-11")
                        .sentToCourt("2022-04-19").verdict("2023-02-08", CONVICTED),
                DemoStory.of(1, FORCED_LABOUR, "128").in(MANGYSTAU).registered("2021-11-15").unknownSuspect()
                        .terminated("2022-06-20", NO_CORPUS_DELICTI),
                DemoStory.of(2, SEXUAL_EXPLOITATION, "128").in(ALMATY, KARAGANDA).registered("2021-10", "2021-12")
                        .sentToCourt("2022-03", "2022-08").verdict("2023-02", "2023-06", CONVICTED),
                DemoStory.of(1, SEXUAL_EXPLOITATION, "308").in(PAVLODAR).registered("2021-12-06").unknownSuspect()
                        .terminated("2022-05-16", INSUFFICIENT_EVIDENCE));
    }

    /** 26 cases: 23 sexual exploitation, 3 forced labour. */
    private static List<DemoStory> registered2022() {
        return List.of(
                // sent to court and convicted in 2022 (4)
                DemoStory.of(1, SEXUAL_EXPLOITATION, "128").in(ZHAMBYL).registered("2022-02-08").arrested()
                        .sentToCourt("2022-05-16").convicted("2022-09-07", Sentence.imprisonment(48)),
                DemoStory.of(1, SEXUAL_EXPLOITATION, "128").in(SHYMKENT).registered("2022-03-03").arrested()
                        .sentToCourt("2022-06-21").convicted("2022-10-12", Sentence.imprisonment(120)),
                DemoStory.of(1, SEXUAL_EXPLOITATION, "134").in(TURKISTAN).registered("2022-04-05").arrested()
                        .sentToCourt("2022-07-11")
                        .convicted("2022-10-27", new Sentence(3, null, null, null, null, true, false)),
                DemoStory.of(1, FORCED_LABOUR, "128").in(ALMATY_REGION).registered("2022-02-21")
                        .sentToCourt("2022-06-06").convicted("2022-11-17", Sentence.imprisonment(72)),
                // sent to court in 2022, tried in 2023 (3)
                DemoStory.of(1, SEXUAL_EXPLOITATION, "128").in(SHYMKENT).registered("2022-05-10").defendants(2)
                        .arrested().sentToCourt("2022-11-22").verdict("2023-03-14", CONVICTED),
                DemoStory.of(2, FORCED_LABOUR, "128").in(KARAGANDA, MANGYSTAU).registered("2022-04", "2022-06")
                        .sentToCourt("2022-10", "2022-12").verdict("2023-04", "2023-06", CONVICTED),
                // open at the end of 2022 (19): suspects arrested in the south ...
                DemoStory.of(6, SEXUAL_EXPLOITATION, "128").in(SOUTH).registered("2022-03", "2022-10").arrested()
                        .sentToCourt("2023-02", "2023-06").verdict("2023-08", "2023-12", CONVICTED),
                // ... and elsewhere not arrested, or not identified
                DemoStory.of(5, SEXUAL_EXPLOITATION, "128").in(ALMATY, ASTANA, ALMATY_REGION, ALMATY, KARAGANDA)
                        .registered("2022-01", "2022-11").sentToCourt("2023-03", "2023-09")
                        .verdict("2024-01", "2024-06", CONVICTED),
                DemoStory.of(3, SEXUAL_EXPLOITATION, "308").in(ALMATY, ASTANA, ALMATY).registered("2022-03", "2022-10")
                        .sentToCourt("2023-02", "2023-07").verdict("2023-09", "2024-01", CONVICTED),
                DemoStory.of(3, SEXUAL_EXPLOITATION, "128").in(ALMATY, ASTANA, PAVLODAR)
                        .registered("2022-06", "2022-11").unknownSuspect()
                        .terminated("2023-04", "2023-08", INSUFFICIENT_EVIDENCE),
                DemoStory.of(2, SEXUAL_EXPLOITATION, "128").in(ALMATY, EAST_KAZAKHSTAN).registered("2022-09", "2022-12")
                        .unknownSuspect().suspended("2023-01", "2023-03", SUSPECT_NOT_IDENTIFIED));
    }

    private static List<Operation> scriptedOperations() {
        Set<VenueKind> sexual = Set.of(VenueKind.SAUNA, VenueKind.MASSAGE_PARLOUR, VenueKind.HOTEL,
                VenueKind.NIGHT_CLUB);
        Set<VenueKind> all = Set.of(VenueKind.BROTHEL, VenueKind.SAUNA, VenueKind.MASSAGE_PARLOUR,
                VenueKind.CONSTRUCTION_SITE, VenueKind.FARM);
        return List.of(
                new Operation("Стоп-трафик 2019, этап 1", LocalDate.of(2019, 4, 8), LocalDate.of(2019, 4, 19),
                        List.of(ALMATY, SHYMKENT, ASTANA), sexual, 410, 12),
                new Operation("Стоп-трафик 2019, этап 2", LocalDate.of(2019, 9, 16), LocalDate.of(2019, 9, 27),
                        List.of(ALMATY, TURKISTAN, ZHAMBYL, ALMATY_REGION), all, 520, 15),
                new Operation("Стоп-трафик 2020", LocalDate.of(2020, 9, 14), LocalDate.of(2020, 9, 25),
                        List.of(ALMATY, SHYMKENT, ASTANA, KARAGANDA), all, 380, 9),
                new Operation("Стоп-трафик 2021, этап 1", LocalDate.of(2021, 4, 12), LocalDate.of(2021, 4, 23),
                        List.of(ALMATY, SHYMKENT, TURKISTAN), sexual, 300, 8),
                new Operation("Стоп-трафик 2021, этап 2", LocalDate.of(2021, 10, 4), LocalDate.of(2021, 10, 15),
                        List.of(ALMATY, ASTANA, ALMATY_REGION, MANGYSTAU), all, 450, 11),
                // 2022: three multi-day stages with NGOs (brothels, massage parlours, construction sites, farms)
                new Operation("Стоп-трафик 2022, этап 1", LocalDate.of(2022, 2, 7), LocalDate.of(2022, 2, 18),
                        List.of(ALMATY, SHYMKENT, TURKISTAN, ZHAMBYL), all, 420, 11),
                new Operation("Стоп-трафик 2022, этап 2", LocalDate.of(2022, 5, 10), LocalDate.of(2022, 5, 20),
                        List.of(ALMATY, SHYMKENT, ASTANA, KARAGANDA, MANGYSTAU), all, 380, 7),
                new Operation("Стоп-трафик 2022, этап 3", LocalDate.of(2022, 9, 12), LocalDate.of(2022, 9, 23),
                        List.of(ALMATY, SHYMKENT, TURKISTAN, ZHAMBYL, ALMATY_REGION), all, 460, 13));
    }

    /** Extradition requests without a case of the plan's (the Bahrain one belongs to a 2019 story). */
    private static List<Extradition> scriptedExtraditions() {
        CooperationDirection received = CooperationDirection.INCOMING;
        CooperationDirection sent = CooperationDirection.OUTGOING;
        return List.of(
                Extradition.executed(received, "RU", "2019-01-21", "2019-03-04", "2019-04-15"),
                Extradition.executed(received, "RU", "2019-05-13", "2019-06-24", "2019-08-05"),
                Extradition.executed(received, "UZ", "2019-06-03", "2019-07-15", "2019-08-26"),
                Extradition.executed(received, "KG", "2019-09-09", "2019-10-21", "2019-12-02"),
                Extradition.executed(sent, "RU", "2019-03-18", "2019-05-06", "2019-06-17"),
                Extradition.refused(received, "TJ", "2019-10-14", "2019-12-09"),
                Extradition.executed(received, "RU", "2020-02-10", "2020-03-23", "2020-06-29"),
                Extradition.executed(received, "UZ", "2020-08-17", "2020-09-28", "2020-11-09"),
                Extradition.executed(received, "RU", "2021-02-01", "2021-03-15", "2021-04-26"),
                Extradition.executed(received, "RU", "2021-04-05", "2021-05-17", "2021-06-28"),
                Extradition.executed(received, "UZ", "2021-05-24", "2021-07-05", "2021-08-16"),
                Extradition.executed(received, "RU", "2021-07-12", "2021-08-23", "2021-10-04"),
                Extradition.executed(sent, "TR", "2021-03-29", "2021-06-07", "2021-07-19"),
                // executed in 2022: three surrendered to Uzbekistan, eight to Russia
                Extradition.executed(received, "UZ", "2021-11-15", "2021-12-27", "2022-02-07"),
                Extradition.executed(received, "UZ", "2022-02-14", "2022-03-28", "2022-05-10"),
                Extradition.executed(received, "UZ", "2022-06-06", "2022-07-18", "2022-08-29"),
                Extradition.executed(received, "RU", "2021-12-06", "2022-01-17", "2022-03-01"),
                Extradition.executed(received, "RU", "2022-01-24", "2022-03-07", "2022-04-18"),
                Extradition.executed(received, "RU", "2022-03-14", "2022-04-25", "2022-06-06"),
                Extradition.executed(received, "RU", "2022-04-11", "2022-05-23", "2022-07-04"),
                Extradition.executed(received, "RU", "2022-05-16", "2022-06-27", "2022-08-08"),
                Extradition.executed(received, "RU", "2022-07-04", "2022-08-15", "2022-09-26"),
                Extradition.executed(received, "RU", "2022-08-22", "2022-10-03", "2022-11-14"),
                Extradition.executed(received, "RU", "2022-09-26", "2022-11-07", "2022-12-19"),
                // not carried out in 2022: refused, or surrendered only in 2023
                Extradition.refused(received, "KG", "2022-03-21", "2022-05-30"),
                Extradition.executed(received, "UZ", "2022-10-24", "2022-12-05", "2023-01-16"));
    }
}
