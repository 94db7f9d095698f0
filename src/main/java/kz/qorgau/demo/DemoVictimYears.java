package kz.qorgau.demo;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.CaseList;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.VictimRole;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.SystemActor;
import kz.qorgau.system.SystemSettings;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.ControlMethod;
import kz.qorgau.victims.ExploitationKind;
import kz.qorgau.victims.InterviewPlace;
import kz.qorgau.victims.IsicSection;
import kz.qorgau.victims.RecruiterRelationship;
import kz.qorgau.victims.RecruitmentMethod;
import kz.qorgau.victims.ScreeningContext;
import kz.qorgau.victims.SexExploitationType;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimImports;
import kz.qorgau.victims.VictimRegistry;
import java.util.TreeMap;

/**
 * Demo mode: the victims of 2021 and 2022, record by record, from which the statistics module computes the
 * seed report's victim figures (shared/reference/seed-figures.md): in 2022, 24 victims identified, 21 of
 * sexual exploitation (20 citizens, 1 foreign) and 3 of forced labour (2 citizens, 1 foreign), all 24 heard
 * in the proceedings, 5 in the state protection programme (4 citizens, 1 foreign) at 1,200,000 KZT; in
 * 2021, 20 victims identified, 16 of sexual exploitation and 4 of forced labour. Nothing here is a figure:
 * each {@link Story} is one victim, and the statistics count them by their dated events.
 * <p>
 * Each record is entered by the system on behalf of the organisation that would meet such a victim (the
 * national police's anti-trafficking department, the Almaty crisis centre, the consulate, the labour
 * inspection, the migration service, the hotline), through the same application services as users, with the
 * first screening's decision "presumed". A victim is identified two days before the demo case of the same
 * year and form is registered (see {@code kz.qorgau.demo.DemoCasePlan}; within the year), in that case's
 * region. The victims of 2022 are then linked to their case as injured parties by the police and heard
 * within four days (children in the shelter, on video, with a social worker); five of them enter the state
 * protection programme from the day they are heard. The victims of 2021 are only identified (the seed report
 * gives no 2021 figure of proceedings), three of them on the anonymous route (two women abroad who came to
 * the consulate, one met by the crisis centre).
 * <p>
 * Sex and age: in 2022 20 women and girls (3 girls of 15 to 17) and 4 men (the 3 labour victims and a man
 * of 19 exploited sexually); in 2021 16 women and girls (2 girls of 16 and 17) and 4 men (the labour
 * victims). Two records show the counting rule (identified in the year the status FIRST became presumed or
 * confirmed): a woman reported to the hotline as a possible victim in December 2020 and presumed in 2021
 * counts in 2021; a woman presumed in 2021 and confirmed by the police in 2022 counts in 2021 only.
 * <p>
 * All or nothing, in one transaction; seeded once (nothing is added when the system has entered a victim
 * record), after {@link DemoVictims} and before the demo referrals, whose victims are the recent ones. Every
 * name is invented.
 * <p>
 * The years before, 2017 to 2020, have as many victims of each form as other public sources state
 * (shared/reference/seed-figures.md, "figures for other years": {@link #HISTORY}), drawn at random otherwise
 * ({@link #historyStories}), so that the report's five-year trends start from the country's level.
 * <p>
 * At {@code qorgau.demo.scale} s &gt; 1 (benchmarks), random victims follow the scripted ones, entered by the same
 * code ({@link #randomStories}, {@code enterVolume}).
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoVictimYears {

    private static final Logger log = LoggerFactory.getLogger(DemoVictimYears.class);

    private static final String POLICE = DemoOrganisations.POLICE_NATIONAL;
    private static final String NGO = DemoOrganisations.SHELTER_ALMATY;
    private static final String CONSULATE = DemoOrganisations.CONSULATE;
    private static final String LABOUR = DemoOrganisations.LABOUR_ALMATY_REGION;
    private static final String MIGRATION = DemoOrganisations.MIGRATION_ASTANA;
    private static final String HOTLINE = DemoOrganisations.HOTLINE;

    private static final ExploitationForm SEX = ExploitationForm.SEXUAL_EXPLOITATION;
    private static final ExploitationForm LABOUR_FORM = ExploitationForm.FORCED_LABOUR;
    private static final String KZ = "KZ";
    private static final long NAMES_SEED = 2122;
    /** Benchmark volume: the first year, victims a year per step of scale beyond 1, and the seed. */
    static final int FIRST_YEAR = 2017;
    static final int VICTIMS_A_YEAR = 50;
    private static final long VOLUME_SEED = 5017;
    private static final long HISTORY_SEED = 1720;
    private static final String[] FOREIGN = { "UZ", "UZ", "KG", "TJ", "RU" };
    private static final String[] ABROAD = { "AE", "TR", "RU", "KR" };

    private static final String[] SURNAMES = { "Демоағаш", "Демобай", "Демоғали", "Демоқұл", "Демосейіт", "Демохан",
            "Демотай", "Демужан", "Демошев", "Демонов" };
    private static final String[] FEMALE_NAMES = { "Айжан", "Балжан", "Гүлнар", "Динара", "Жұлдыз", "Камила", "Ләззат",
            "Меруерт", "Назерке", "Ирина", "Светлана", "Татьяна" };
    private static final String[] MALE_NAMES = { "Асхат", "Бекзат", "Ғалым", "Досжан", "Жандос", "Қанат", "Мирас",
            "Олжас", "Виктор", "Николай" };

    /**
     * One victim: the year identified, form, sex, age at identification, citizenship, the organisation that
     * identified them and how, whether on the anonymous route, and the cost of state protection (0: none).
     */
    record Story(int year, ExploitationForm form, Sex sex, int age, String citizenship, String entrant,
            ScreeningContext context, boolean anonymous, long protectionKzt, String exploitedIn, boolean heard) {

        /** A scripted victim: heard in the proceedings in 2022 only (the seed report has no 2021 figure). */
        Story(int year, ExploitationForm form, Sex sex, int age, String citizenship, String entrant,
                ScreeningContext context, boolean anonymous, long protectionKzt, String exploitedIn) {
            this(year, form, sex, age, citizenship, entrant, context, anonymous, protectionKzt, exploitedIn,
                    year == 2022);
        }
    }

    /**
     * Victims identified in 2017–2020 by form, as other public sources state them: 2017 76 (50 sexual
     * exploitation, 20 forced labour, 6 forced criminality), 2018 83 (79, 3, 1 forced begging), 2019 40 (35, 5),
     * 2020 88 (67, 21).
     */
    static final Map<Integer, Map<ExploitationForm, Integer>> HISTORY = new TreeMap<>(Map.of(
            2017, Map.of(SEX, 50, LABOUR_FORM, 20, ExploitationForm.FORCED_CRIMINALITY, 6),
            2018, Map.of(SEX, 79, LABOUR_FORM, 3, ExploitationForm.FORCED_BEGGING, 1),
            2019, Map.of(SEX, 35, LABOUR_FORM, 5),
            2020, Map.of(SEX, 67, LABOUR_FORM, 21)));

    /** The victims of 2022 (24) and 2021 (20). */
    static final List<Story> STORIES = List.of(
            // 2022, sexual exploitation, citizens (20): 3 girls, a young man, 16 women
            new Story(2022, SEX, Sex.FEMALE, 16, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 17, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 15, KZ, NGO, ScreeningContext.NGO_OUTREACH, false, 0, KZ),
            new Story(2022, SEX, Sex.MALE, 19, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 22, KZ, POLICE, ScreeningContext.POLICE, false, 250_000, KZ),
            new Story(2022, SEX, Sex.FEMALE, 24, KZ, POLICE, ScreeningContext.POLICE, false, 250_000, KZ),
            new Story(2022, SEX, Sex.FEMALE, 27, KZ, POLICE, ScreeningContext.POLICE, false, 250_000, KZ),
            new Story(2022, SEX, Sex.FEMALE, 19, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 21, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 23, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 25, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 28, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 30, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 33, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 20, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 26, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 22, KZ, NGO, ScreeningContext.NGO_OUTREACH, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 29, KZ, NGO, ScreeningContext.NGO_OUTREACH, false, 0, KZ),
            new Story(2022, SEX, Sex.FEMALE, 24, KZ, CONSULATE, ScreeningContext.CONSULAR, false, 0, "AE"),
            new Story(2022, SEX, Sex.FEMALE, 31, KZ, CONSULATE, ScreeningContext.CONSULAR, false, 0, "TR"),
            // 2022, sexual exploitation, foreign (1): screened before removal
            new Story(2022, SEX, Sex.FEMALE, 23, "UZ", MIGRATION, ScreeningContext.PRE_DEPORTATION, false, 200_000, KZ),
            // 2022, forced labour (3): 2 citizens, 1 foreign
            new Story(2022, LABOUR_FORM, Sex.MALE, 38, KZ, POLICE, ScreeningContext.POLICE, false, 250_000, KZ),
            new Story(2022, LABOUR_FORM, Sex.MALE, 45, KZ, LABOUR, ScreeningContext.LABOUR_INSPECTION, false, 0, KZ),
            new Story(2022, LABOUR_FORM, Sex.MALE, 31, "KG", LABOUR, ScreeningContext.LABOUR_INSPECTION, false, 0, KZ),
            // 2021, sexual exploitation (16): 2 girls, 13 women citizens (3 anonymous), 1 foreign woman
            new Story(2021, SEX, Sex.FEMALE, 27, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 16, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 17, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 21, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 24, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 19, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 32, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 23, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 26, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 20, KZ, HOTLINE, ScreeningContext.HOTLINE, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 25, KZ, NGO, ScreeningContext.NGO_OUTREACH, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 29, KZ, NGO, ScreeningContext.NGO_OUTREACH, true, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 22, KZ, CONSULATE, ScreeningContext.CONSULAR, true, 0, "AE"),
            new Story(2021, SEX, Sex.FEMALE, 28, KZ, CONSULATE, ScreeningContext.CONSULAR, true, 0, "KR"),
            new Story(2021, SEX, Sex.FEMALE, 27, "KG", POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2021, SEX, Sex.FEMALE, 30, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            // 2021, forced labour (4): 2 citizens, 2 foreign
            new Story(2021, LABOUR_FORM, Sex.MALE, 41, KZ, LABOUR, ScreeningContext.LABOUR_INSPECTION, false, 0, KZ),
            new Story(2021, LABOUR_FORM, Sex.MALE, 36, KZ, POLICE, ScreeningContext.POLICE, false, 0, KZ),
            new Story(2021, LABOUR_FORM, Sex.MALE, 33, "UZ", LABOUR, ScreeningContext.LABOUR_INSPECTION, false, 0, KZ),
            new Story(2021, LABOUR_FORM, Sex.MALE, 28, "UZ", POLICE, ScreeningContext.POLICE, false, 0, KZ));

    private final DemoDataEntry entry;
    private final VictimRegistry victims;
    /** The registry's commands that build no view of the record, which the seeding never reads. */
    private final VictimImports commands;
    private final PersonRegistry persons;
    private final CaseList cases;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final DisplayFormat format;
    private final int scale;

    DemoVictimYears(DemoDataEntry entry, VictimRegistry victims, VictimImports commands, PersonRegistry persons,
            CaseList cases, JdbcClient jdbc, TransactionTemplate transactions, DisplayFormat format,
            SystemSettings settings) {
        this.entry = entry;
        this.victims = victims;
        this.commands = commands;
        this.persons = persons;
        this.cases = cases;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.format = format;
        this.scale = settings.demo().scale();
    }

    /** All or nothing, in one transaction; nothing when the system has entered a victim record. */
    void enter() {
        // the linkage of the persons it registers is scored once, at the end
        transactions.executeWithoutResult(status -> persons.registeringMany(() -> {
            seed();
            return null;
        }));
    }

    private void seed() {
        if (jdbc.sql("select count(*) from victims_victim where registered_by = ?").param(SystemActor.NAME)
                .query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = format.today();
        Random names = new Random(NAMES_SEED);
        Map<String, Deque<CaseViews.CaseListItem>> casesOf = new HashMap<>();
        int first2021 = 0;
        for (int n = 0; n < STORIES.size(); n++) {
            Story story = STORIES.get(n);
            Deque<CaseViews.CaseListItem> available = casesOf.computeIfAbsent(story.year() + "/" + story.form(),
                    key -> demoCases(story.year(), story.form()));
            CaseViews.CaseListItem linked = story.anonymous() ? null : available.pollFirst();
            Special special = Special.NONE;
            if (story.year() == 2021 && story.entrant().equals(HOTLINE)) {
                special = Special.POSSIBLE_THE_YEAR_BEFORE;
            } else if (story.year() == 2021 && story.entrant().equals(POLICE) && first2021++ == 0) {
                special = Special.CONFIRMED_THE_YEAR_AFTER;
            }
            enter(n, story, linked, special, names, today);
        }
        Random history = new Random(HISTORY_SEED);
        int earlier = enterRandom(historyStories(history), history, false, STORIES.size(), names, today);
        int random = scale > 1 ? enterVolume(today, names, STORIES.size() + earlier) : 0;
        log.info("Demo mode (scale {}): {} victims of 2021 and 2022, {} of 2017-2020 and {} random victims entered in "
                + "{} ms", scale, STORIES.size(), earlier, random, (System.nanoTime() - started) / 1_000_000);
    }

    /** The victims of {@link #HISTORY}: as many of each form and year, drawn at random otherwise. */
    static List<Story> historyStories(Random random) {
        List<Story> stories = new ArrayList<>();
        HISTORY.forEach((year, forms) -> forms.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(form -> {
                    for (int i = 0; i < form.getValue(); i++) {
                        stories.add(randomStory(random, year, form.getKey()));
                    }
                }));
        return stories;
    }

    /**
     * Benchmark volume ({@code qorgau.demo.scale} s > 1): (s − 1) × {@value #VICTIMS_A_YEAR} random victims a year
     * from {@value #FIRST_YEAR} to today, entered as the scripted ones are; each linked to a random case of its
     * year and form when there is one. Some were possible victims the year before, some confirmed the year after.
     * Seeded by the scale. Answers how many were entered.
     */
    private int enterVolume(LocalDate today, Random names, int entered) {
        Random random = new Random(VOLUME_SEED + scale);
        return enterRandom(randomStories(random, today, VICTIMS_A_YEAR * (scale - 1)), random, true, entered, names,
                today);
    }

    /**
     * Enters random victims, each linked to a random demo case of its year and form when there is one; with
     * {@code specials}, some were possible victims the year before and some are confirmed the year after (so
     * that they count in another year). {@code first} numbers them after those entered before. Answers how many
     * were entered.
     */
    private int enterRandom(List<Story> stories, Random random, boolean specials, int first, Random names,
            LocalDate today) {
        Map<String, List<CaseViews.CaseListItem>> casesOf = new HashMap<>();
        int entered = 0;
        for (int n = 0; n < stories.size(); n++) {
            Story story = stories.get(n);
            List<CaseViews.CaseListItem> candidates = casesOf.computeIfAbsent(story.year() + "/" + story.form(),
                    key -> List.copyOf(demoCases(story.year(), story.form())));
            CaseViews.CaseListItem linked = story.anonymous() || candidates.isEmpty() ? null
                    : candidates.get(random.nextInt(candidates.size()));
            int roll = specials ? random.nextInt(100) : 100;
            Special special = roll < 4 ? Special.POSSIBLE_THE_YEAR_BEFORE
                    : roll < 8 && LocalDate.of(story.year() + 1, 3, 14).isBefore(today)
                            ? Special.CONFIRMED_THE_YEAR_AFTER
                    : Special.NONE;
            if (enter(first + n, story, linked, special, names, today)) {
                entered++;
            }
        }
        return entered;
    }

    /**
     * {@code perYear} random victims in each year from {@value #FIRST_YEAR} to today's, in the proportions of the
     * scripted ones: mostly women exploited sexually, a fifth in forced labour (mostly men), one in eight a child,
     * one in seven foreign; met by the police, the crisis centre, the hotline, the labour inspection, the
     * migration service before removal, or abroad by the consulate.
     */
    static List<Story> randomStories(Random random, LocalDate today, int perYear) {
        List<Story> stories = new ArrayList<>();
        for (int year = FIRST_YEAR; year <= today.getYear(); year++) {
            for (int i = 0; i < perYear; i++) {
                int roll = random.nextInt(100);
                ExploitationForm form = roll < 75 ? SEX : roll < 92 ? LABOUR_FORM
                        : roll < 96 ? ExploitationForm.SERVITUDE : ExploitationForm.FORCED_BEGGING;
                stories.add(randomStory(random, year, form));
            }
        }
        return stories;
    }

    /** A random victim of the year and form, in the proportions of the scripted ones. */
    private static Story randomStory(Random random, int year, ExploitationForm form) {
        Sex sex = form == SEX ? (random.nextInt(100) < 92 ? Sex.FEMALE : Sex.MALE)
                : (random.nextInt(100) < 75 ? Sex.MALE : Sex.FEMALE);
        int age = random.nextInt(100) < 12 ? 14 + random.nextInt(4) : 18 + random.nextInt(33);
        boolean foreign = random.nextInt(100) < 15;
        String citizenship = foreign ? FOREIGN[random.nextInt(FOREIGN.length)] : KZ;
        String exploitedIn = KZ;
        String entrant;
        ScreeningContext context;
        int met = random.nextInt(100);
        if (!foreign && met < 10) {
            entrant = CONSULATE;
            context = ScreeningContext.CONSULAR;
            exploitedIn = ABROAD[random.nextInt(ABROAD.length)];
        } else if (foreign && met < 30) {
            entrant = MIGRATION;
            context = ScreeningContext.PRE_DEPORTATION;
        } else if (form != SEX && met < 50) {
            entrant = LABOUR;
            context = ScreeningContext.LABOUR_INSPECTION;
        } else if (met < 75) {
            entrant = POLICE;
            context = ScreeningContext.POLICE;
        } else if (met < 92) {
            entrant = NGO;
            context = ScreeningContext.NGO_OUTREACH;
        } else {
            entrant = HOTLINE;
            context = ScreeningContext.HOTLINE;
        }
        boolean anonymous = age >= 18 && (entrant.equals(CONSULATE) || entrant.equals(NGO)) && random.nextInt(100) < 15;
        long protection = random.nextInt(100) < 10 ? 150_000 + 10_000L * random.nextInt(20) : 0;
        boolean heard = random.nextInt(100) < 70;
        return new Story(year, form, sex, age, citizenship, entrant, context, anonymous, protection, exploitedIn,
                heard);
    }

    private enum Special {
        NONE, POSSIBLE_THE_YEAR_BEFORE, CONFIRMED_THE_YEAR_AFTER
    }

    /** The demo cases registered in the year with the form, oldest first (none when there are none). */
    private Deque<CaseViews.CaseListItem> demoCases(int year, ExploitationForm form) {
        List<CaseViews.CaseListItem> found = new ArrayList<>(entry.as(POLICE, user -> cases.search(
                new CaseCommands.Search(null, null, year, null, null, form, null, null, null),
                PageRequest.of(0, 100 * scale)).items()));
        found.sort(Comparator.comparing(CaseViews.CaseListItem::registeredOn)
                .thenComparing(CaseViews.CaseListItem::erdrNumber));
        return new ArrayDeque<>(found);
    }

    /** Enters one victim, as far as today; answers false when the victim would be identified after today. */
    private boolean enter(int n, Story story, CaseViews.CaseListItem linked, Special special, Random names,
            LocalDate today) {
        LocalDate yearStart = LocalDate.of(story.year(), 1, 1);
        LocalDate yearEnd = LocalDate.of(story.year(), 12, 31);
        LocalDate caseOn = linked != null ? linked.registeredOn()
                : LocalDate.of(story.year(), 2 + n % 10, 3 + (n * 7) % 24);
        LocalDate identified = caseOn.minusDays(2).isBefore(yearStart) ? caseOn : caseOn.minusDays(2);
        String region = linked != null ? linked.region().value() : story.exploitedIn().equals(KZ) ? "KZ-75" : null;
        LocalDate registered = special == Special.POSSIBLE_THE_YEAR_BEFORE ? LocalDate.of(story.year() - 1, 12, 18)
                : identified;
        if (identified.isAfter(today)) {
            return false;
        }
        boolean foreign = !story.citizenship().equals(KZ);
        Set<CountryCode> citizenship = Set.of(CountryCode.of(story.citizenship()));
        Map<ConsentScope, ConsentDecision> consents = story.anonymous()
                ? Map.of(ConsentScope.PROCESSING, ConsentDecision.REFUSED, ConsentScope.LAW_ENFORCEMENT,
                        ConsentDecision.REFUSED)
                // the police do not record consent to share with themselves (DESIGN.md §5): they own what they register
                : story.entrant().equals(POLICE)
                        ? Map.of(ConsentScope.PROCESSING, ConsentDecision.GIVEN, ConsentScope.REFERRAL,
                                ConsentDecision.GIVEN)
                : Map.of(ConsentScope.PROCESSING, ConsentDecision.GIVEN, ConsentScope.REFERRAL,
                        ConsentDecision.GIVEN, ConsentScope.LAW_ENFORCEMENT, ConsentDecision.GIVEN);
        boolean sexual = story.form() == SEX;
        VictimCommands.Situation situation = new VictimCommands.Situation(story.sex(), story.age(), region,
                Set.of(story.form()), sexual ? Set.of(SexExploitationType.PROSTITUTION) : null,
                story.form().group() == ExploitationForm.Group.FORCED_LABOUR ? IsicSection.F : null,
                Set.of(sexual ? RecruitmentMethod.THROUGH_ONLINE_SOCIAL_NETWORKS
                        : RecruitmentMethod.THROUGH_FRIENDS_OR_SOCIAL_EVENTS),
                null, RecruiterRelationship.UNACQUAINTED, null, Set.of(ControlMethod.WITHHOLDS_DOCUMENTS), null,
                citizenship, foreign ? citizenship : Set.of(CountryCode.KAZAKHSTAN), null,
                Set.of(CountryCode.of(story.exploitedIn())), null, null);
        TraffickingStatus first = special == Special.POSSIBLE_THE_YEAR_BEFORE ? TraffickingStatus.POSSIBLE
                : TraffickingStatus.PRESUMED;
        VictimCommands.Screening screening = new VictimCommands.Screening(registered, story.context(), false,
                sexual ? ExploitationKind.SEXUAL : ExploitationKind.LABOUR, Map.of(), Map.of(), first,
                "Демо: признаки торговли людьми выявлены при проверке.");
        PersonDetails details = story.anonymous() ? null : person(story, registered, names);
        VictimImports.Registered victim = entry.as(story.entrant(), user -> {
            Long person = details == null ? null : persons.register(details).value();
            return commands.register(new VictimCommands.Registration(person, story.anonymous(), situation, screening,
                    consents));
        });
        if (details != null && n % 6 == 1) {
            // another agency meets her too and registers her again in its own spelling: a possible duplicate for
            // review (a person only, without a victim record of its own, so that no year's figures change)
            entry.as(story.entrant().equals(POLICE) ? NGO : POLICE, user -> persons.register(DemoSpellings.variant(
                    details, n)));
        }
        // 2022: the victims are linked to their cases and heard; 2021 (no figure of proceedings): identified only
        boolean proceedings = story.heard() || special == Special.POSSIBLE_THE_YEAR_BEFORE;
        if (story.anonymous() || !proceedings && special == Special.NONE) {
            return true;
        }
        CaseViews.CaseListItem theCase = proceedings ? linked : null;
        entry.as(theCase != null ? POLICE : story.entrant(), user -> {
            if (theCase != null) {
                victims.linkToCase(new VictimCommands.CaseLink(victim.reference(), theCase.id(),
                        VictimRole.INJURED_PARTY, caseOn));
            }
            if (special == Special.POSSIBLE_THE_YEAR_BEFORE) {
                commands.decideStatus(victim.id(), new VictimCommands.StatusDecision(TraffickingStatus.PRESUMED,
                        identified, "Демо: сообщение горячей линии проверено."));
                return null;
            }
            if (special == Special.CONFIRMED_THE_YEAR_AFTER) {
                commands.decideStatus(victim.id(), new VictimCommands.StatusDecision(TraffickingStatus.CONFIRMED,
                        LocalDate.of(story.year() + 1, 3, 14), "Демо: статус подтверждён по уголовному делу."));
                return null;
            }
            Long caseId = theCase == null ? null : theCase.id();
            LocalDate heard = caseOn.plusDays(4).isAfter(yearEnd) ? yearEnd : caseOn.plusDays(4);
            if (heard.isAfter(today)) {
                return null;
            }
            boolean child = story.age() < 18;
            victims.recordTestimony(victim.id(), new VictimCommands.Testimony(heard, caseId,
                    child ? InterviewPlace.SHELTER : InterviewPlace.POLICE, child, child));
            // state protection is law enforcement's to record: a victim of no case, registered by others, has none
            if (story.protectionKzt() > 0 && user.may(Permission.VICTIMS_OF_CASES)) {
                victims.recordProtection(victim.id(), new VictimCommands.Protection(caseId, heard,
                        heard.plusMonths(6), story.protectionKzt()));
            }
            return null;
        });
        return true;
    }

    /** An invented person of the story's sex, age and citizenship. */
    private static PersonDetails person(Story story, LocalDate identified, Random names) {
        boolean female = story.sex() == Sex.FEMALE;
        String surname = SURNAMES[names.nextInt(SURNAMES.length)] + (female ? "а" : "");
        String given = female ? FEMALE_NAMES[names.nextInt(FEMALE_NAMES.length)]
                : MALE_NAMES[names.nextInt(MALE_NAMES.length)];
        LocalDate born = identified.minusYears(story.age()).minusDays(1 + names.nextInt(300));
        return new PersonDetails(surname, given, null, born, story.sex(), Set.of(CountryCode.of(story.citizenship())),
                null, List.of(), null, null, null);
    }
}
