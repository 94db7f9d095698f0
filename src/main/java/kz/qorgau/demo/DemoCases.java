package kz.qorgau.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.organisations.OrganisationDetails;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.organisations.Region;
import kz.qorgau.organisations.Regions;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.SystemActor;
import kz.qorgau.system.SystemSettings;
import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.CaseDetails;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.CaseFlag;
import kz.qorgau.cases.Charge;
import kz.qorgau.cases.CooperationDirection;
import kz.qorgau.cases.CooperationKind;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.cases.EventType;
import kz.qorgau.cases.InternationalCooperation;
import kz.qorgau.cases.PerpetratorRole;
import kz.qorgau.cases.Qualification;
import kz.qorgau.cases.Sentence;
import kz.qorgau.cases.SpecialOperations;
import kz.qorgau.cases.VerdictOutcome;

/**
 * Demo mode: synthetic criminal cases from 2017 to today, with suspects, their timelines, special
 * operations and extradition requests, entered once through the module's own services (skipped when
 * cases exist). 2019–2022 follow a script ({@link DemoCasePlan#scripted()}) from which the statistics
 * module computes the seed report's prosecution figures for 2021 and 2022; 2017–2018 and the years from
 * 2023 are random from fixed seeds ({@link RandomCasePlan}), so the whole data set is the same at every
 * start of the same day. Every name is invented.
 *
 * <p>At {@code qorgau.demo.scale} s &gt; 1 (benchmarks), a further random plan adds (s − 1) × Kazakhstan's yearly
 * volume of cases for every year from 2017 ({@link RandomCasePlan#volume}), entered after the others, so that
 * the demo data set itself stays as it is at s = 1.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoCases implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    /**
     * Random years before the script, 2017 and 2018: closed before 2021, the first year whose figures the
     * scripted ones must produce exactly (a case still open then would be a continued investigation).
     */
    static final int FIRST_YEAR = 2017;
    static final LocalDate CLOSED_BEFORE = LocalDate.of(2021, 1, 1);
    private static final long NAMES_SEED = 2022;
    /** Random years of volume 2 (24 cases a year on average) per step of {@code qorgau.demo.scale} beyond 1. */
    static final int VOLUME_PER_SCALE = 2;

    private static final String[] SURNAME_STEMS = { "Ахмет", "Бекс", "Дәулет", "Ерғали", "Жақсыбек", "Нұрлан", "Оспан",
            "Сапар", "Тұрсын", "Қайрат", "Мұрат", "Серік", "Иван", "Петр", "Сидор", "Кузьмин", "Орлов", "Белов" };
    private static final String[] MALE_NAMES = { "Арман", "Бауыржан", "Данияр", "Ерлан", "Марат", "Нұржан", "Руслан",
            "Тимур", "Алексей", "Дмитрий", "Сергей" };
    private static final String[] FEMALE_NAMES = { "Айгүл", "Дана", "Жанар", "Мадина", "Сәуле", "Әсел", "Ольга",
            "Наталья", "Елена" };
    /** Usual prison terms of convictions whose sentence the plan leaves open, in months. */
    private static final int[] USUAL_TERMS = { 60, 84, 96, 72, 108, 120, 144, 90 };
    private static final PerpetratorRole[] ROLES = { PerpetratorRole.RECRUITER_OR_INTERMEDIARY,
            PerpetratorRole.EXPLOITER, PerpetratorRole.ORGANISER, PerpetratorRole.TRANSPORTER };

    private final DemoDataEntry entry;
    private final CriminalCases cases;
    private final CaseDetails details;
    private final SpecialOperations operations;
    private final InternationalCooperation cooperation;
    private final PersonRegistry persons;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final JdbcClient jdbc;
    private final DisplayFormat format;
    private final TransactionTemplate transactions;
    private final int scale;

    DemoCases(DemoDataEntry entry, CriminalCases cases, CaseDetails details, SpecialOperations operations,
            InternationalCooperation cooperation, PersonRegistry persons, OrganisationRegistry organisations,
            Regions regions, JdbcClient jdbc, DisplayFormat format, TransactionTemplate transactions,
            SystemSettings settings) {
        this.entry = entry;
        this.cases = cases;
        this.details = details;
        this.operations = operations;
        this.cooperation = cooperation;
        this.persons = persons;
        this.organisations = organisations;
        this.regions = regions;
        this.jdbc = jdbc;
        this.format = format;
        this.transactions = transactions;
        this.scale = settings.demo().scale();
    }

    @Override
    public Class<?> module() {
        return CriminalCases.class;
    }

    /** All or nothing: a failed seeding leaves no half data set behind, and is tried again at the next start. */
    @Override
    public void enter() {
        transactions.executeWithoutResult(status -> seed());
    }

    private void seed() {
        // once: the demo cases are the ones the system entered (other demo modules add cases of their own)
        if (jdbc.sql("select count(*) from cases_case where created_by = 'system'").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = format.today();
        List<DemoCasePlan> plans = new ArrayList<>(List.of(
                RandomCasePlan.closed(FIRST_YEAR, DemoCasePlan.FIRST_SCRIPTED_YEAR - 1, CLOSED_BEFORE),
                DemoCasePlan.scripted(),
                RandomCasePlan.open(DemoCasePlan.LAST_SCRIPTED_YEAR + 1, today)));
        if (scale > 1) {
            // about 24 cases a year (Kazakhstan's yearly volume) for each step of scale beyond the demo's own
            plans.add(RandomCasePlan.volume(FIRST_YEAR, today, VOLUME_PER_SCALE * (scale - 1)));
        }
        int entered = entry.as(DemoOrganisations.POLICE_NATIONAL, user -> {
            Clerk clerk = new Clerk(today, new Random(NAMES_SEED), SystemActor.call(this::agencies));
            plans.forEach(clerk::enter);
            requalifyOne(today);
            return clerk.entered.size();
        });
        log.info("Demo mode (scale {}): {} synthetic cases entered in {} ms", scale, entered,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * One open case of Almaty city, the investigator's, requalified today: forced labour found besides what it was
     * registered for, and the recruitment online. Dated today, it leaves every figure of an earlier day as it was (the
     * breakdowns count the qualification in force on the day they count a case), and the case page shows a
     * requalification on its timeline.
     */
    private void requalifyOne(LocalDate today) {
        jdbc.sql("""
                select id from cases_case
                where created_by = 'system' and region_code = ? and status = 'INVESTIGATION' and registered_on < ?
                order by registered_on desc, id desc limit 1""")
                .params(DemoCasePlan.ALMATY, today).query(Long.class).optional().ifPresent(id -> {
                    CaseViews.CaseView view = details.get(id);
                    Set<ExploitationForm> forms = EnumSet.of(ExploitationForm.FORCED_LABOUR);
                    forms.addAll(view.forms());
                    Set<CaseFlag> flags = EnumSet.of(CaseFlag.ONLINE_RECRUITMENT);
                    flags.addAll(view.flags());
                    cases.requalify(id, new CaseCommands.Requalification(today, view.charges(), forms, flags));
                });
    }

    /** A police unit and a court per demo region (the Almaty city ones exist already): {unit, court}. */
    private Map<String, long[]> agencies() {
        Map<String, long[]> agencies = new HashMap<>();
        for (String code : DemoCasePlan.REGIONS) {
            Region region = regions.find(new RegionCode(code), format.today()).orElseThrow();
            long unit = code.equals(DemoCasePlan.ALMATY)
                    ? organisations.findByName(DemoOrganisations.POLICE_ALMATY).orElseThrow().id()
                    : ensure("Департамент полиции: " + region.nameRu()
                            + " — отдел по противодействию торговле людьми (демо)",
                            region.nameKk() + " ПД — адам саудасына қарсы іс-қимыл бөлімі (демо)",
                            region.nameEn() + " Police — anti-trafficking unit (demo)", OrganisationType.POLICE_UNIT,
                            code);
            long court = code.equals(DemoCasePlan.ALMATY)
                    ? organisations.findByName(DemoOrganisations.COURT_ALMATY).orElseThrow().id()
                    : ensure("Специализированный межрайонный суд по уголовным делам: " + region.nameRu() + " (демо)",
                            region.nameKk() + " — қылмыстық істер жөніндегі мамандандырылған ауданаралық сот (демо)",
                            region.nameEn() + " — specialised inter-district criminal court (demo)",
                            OrganisationType.COURT,
                            code);
            agencies.put(code, new long[]{ unit, court });
        }
        return agencies;
    }

    private long ensure(String nameRu, String nameKk, String nameEn, OrganisationType type, String region) {
        return organisations.findByName(nameRu).map(OrganisationSummary::id).orElseGet(() -> organisations.register(
                new OrganisationDetails(nameRu, nameKk, nameEn, type, new RegionCode(region), null)).id());
    }

    /** A case as entered, for linking operations to the cases they produced. */
    private record Entered(String erdr, LocalDate registeredOn, String region) {
    }

    /** Enters plans as the system, in order, through the services; nothing dated after today. */
    private final class Clerk {

        private final LocalDate today;
        private final Random names;
        private final Map<String, long[]> agencies;
        private final List<Entered> entered = new ArrayList<>();

        Clerk(LocalDate today, Random names, Map<String, long[]> agencies) {
            this.today = today;
            this.names = names;
            this.agencies = agencies;
        }

        void enter(DemoCasePlan plan) {
            for (DemoStory story : plan.stories()) {
                for (int i = 0; i < story.count(); i++) {
                    tell(story, i);
                }
            }
            plan.operations().forEach(this::operation);
            plan.extraditions().forEach(request -> extradition(request, null, null));
        }

        private void tell(DemoStory story, int i) {
            LocalDate registered = story.registered().nth(i, story.count());
            if (registered.isAfter(today)) {
                return;
            }
            String region = story.regions().get(i % story.regions().size());
            long[] agency = agencies.get(region);
            int serial = entered.size() + 1;
            int part = 1 + serial % 3;
            // YY (the registration year) + the region's two digits + a serial: 15 digits, as ERDR numbers are
            String erdr = String.format("%02d%s%011d", registered.getYear() % 100, region.substring(3),
                    90_000_000_000L + serial);
            long id = cases.register(new CaseCommands.Registration(erdr, registered, region, agency[0],
                    new Qualification(List.of(new Charge(story.article(), part)),
                            story.form() == null ? Set.of() : Set.of(story.form()), flags(story, serial)),
                    "Синтетическое описание дела для демонстрации.")).id();
            entered.add(new Entered(erdr, registered, region));
            List<Long> suspects = new ArrayList<>();
            for (int d = 0; d < story.defendants(); d++) {
                boolean abroad = story.extradition() != null && d == 0;
                long person = persons.register(person(registered, story.juvenile(), CountryCode.KAZAKHSTAN)).value();
                suspects.add(person);
                LocalDate arrested = abroad ? story.extradition().requestedOn()
                        : story.suspectsArrested() ? registered : null;
                cases.addDefendant(id, new CaseCommands.NewDefendant(person, ROLES[(serial + d) % ROLES.length], false,
                        registered, arrested, arrested != null && !abroad ? region : null,
                        abroad ? story.extradition().country() : null));
            }
            for (DemoStory.Step step : story.steps()) {
                LocalDate on = step.when().nth(i, story.count());
                if (on.isAfter(today)) {
                    break;
                }
                record(id, step, on, story, agency[1], part, serial);
            }
            if (story.extradition() != null) {
                extradition(story.extradition(), erdr, suspects.getFirst());
            }
        }

        private void record(long id, DemoStory.Step step, LocalDate on, DemoStory story, long court, int part,
                int serial) {
            switch (step) {
                case DemoStory.Suspended suspended -> cases.record(id, event(EventType.SUSPENDED, on,
                        suspended.reason().name(), null));
                case DemoStory.Resumed resumed -> cases.record(id, event(EventType.RESUMED, on, null, null));
                case DemoStory.Terminated terminated -> cases.record(id, event(EventType.TERMINATED, on,
                        terminated.reason().name(), null));
                case DemoStory.SentToCourt sent -> cases.record(id, event(EventType.SENT_TO_COURT, on, null, court));
                case DemoStory.Verdict verdict -> {
                    for (int d = 0; d < story.defendants(); d++) {
                        boolean convicted = verdict.outcome() == VerdictOutcome.CONVICTED;
                        Sentence sentence = !convicted ? null : verdict.sentence() != null ? verdict.sentence()
                                : new Sentence(USUAL_TERMS[(serial + d) % USUAL_TERMS.length], null, null, null, null,
                                        false, story.article().equals("128"));
                        cases.record(id, new CaseCommands.Event(EventType.VERDICT, on, null, null, d, verdict.outcome(),
                                null, convicted ? story.article() : null, convicted ? part : null, sentence));
                    }
                }
            }
        }

        private void operation(DemoCasePlan.Operation operation) {
            if (operation.startedOn().isAfter(today)) {
                return;
            }
            LocalDate resultsUntil = operation.endedOn().plusMonths(1);
            List<String> resulting = entered.stream()
                    .filter(found -> operation.regions().contains(found.region())
                            && !found.registeredOn().isBefore(operation.startedOn())
                            && !found.registeredOn().isAfter(resultsUntil))
                    .map(Entered::erdr).limit(3).toList();
            long ngo = organisations.findByName(DemoOrganisations.SHELTER_ALMATY).orElseThrow().id();
            operations.plan(new SpecialOperations.OperationDetails(operation.name(), operation.startedOn(),
                    operation.endedOn().isAfter(today) ? null : operation.endedOn(),
                    new LinkedHashSet<>(operation.regions()), Set.of(ngo), operation.venues(),
                    operation.personsInterviewed(), operation.potentialVictimsFound(), resulting));
        }

        /**
         * A request, as far as today. The person is the case's suspect, or a new one: a national of the state
         * that asks Kazakhstan for them, or a Kazakh citizen that Kazakhstan asks for.
         */
        private void extradition(DemoCasePlan.Extradition request, String erdr, Long suspect) {
            if (request.requestedOn().isAfter(today)) {
                return;
            }
            long person = suspect != null ? suspect : persons.register(person(request.requestedOn(), false,
                    request.direction() == CooperationDirection.INCOMING ? new CountryCode(request.country())
                            : CountryCode.KAZAKHSTAN)).value();
            long id = cooperation.open(new InternationalCooperation.NewRequest(CooperationKind.EXTRADITION,
                    request.direction(), request.country(), person, erdr, request.requestedOn())).id();
            if (request.decidedOn().isAfter(today)) {
                return;
            }
            cooperation.advance(id, request.decision(), request.decidedOn());
            if (request.executedOn() != null && !request.executedOn().isAfter(today)) {
                cooperation.advance(id, InternationalCooperation.Step.EXECUTED, request.executedOn());
            }
        }

        /** An invented person: composed names, an adult (or a juvenile of 16) at {@code around}, no documents. */
        private PersonDetails person(LocalDate around, boolean juvenile, CountryCode citizenship) {
            boolean female = names.nextInt(4) == 0;
            String stem = SURNAME_STEMS[names.nextInt(SURNAME_STEMS.length)];
            String surname = stem + (female ? "ова" : "ов");
            String given = female ? FEMALE_NAMES[names.nextInt(FEMALE_NAMES.length)]
                    : MALE_NAMES[names.nextInt(MALE_NAMES.length)];
            LocalDate born = around.minusYears(juvenile ? 16 : 20 + names.nextInt(35)).minusDays(names.nextInt(300));
            return new PersonDetails(surname, given, null, born, female ? Sex.FEMALE : Sex.MALE, Set.of(citizenship),
                    null, List.of(), null, null, null);
        }
    }

    /** Flags that vary from case to case without changing any figure. */
    private static Set<CaseFlag> flags(DemoStory story, int serial) {
        Set<CaseFlag> flags = EnumSet.noneOf(CaseFlag.class);
        if (story.form() == ExploitationForm.FORCED_LABOUR && serial % 2 == 0) {
            flags.add(CaseFlag.FORCED_LABOUR_REMOTE_AREA);
        }
        if (story.extradition() != null || serial % 4 == 1) {
            flags.add(CaseFlag.TRANSNATIONAL);
        }
        if (serial % 5 == 2) {
            flags.add(CaseFlag.ONLINE_RECRUITMENT);
        }
        return flags;
    }

    private static CaseCommands.Event event(EventType type, LocalDate date, String reason, Long court) {
        return new CaseCommands.Event(type, date, reason, court, null, null, null, null, null, null);
    }
}
