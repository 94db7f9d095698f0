package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.identity.DemoDataEntry;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.DemoOrganisations;
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

/**
 * Demo mode: synthetic criminal cases from 2017 to today across the regions, with suspects, their
 * timelines (suspensions, terminations, indictments, verdicts and sentences), special operations and
 * extradition requests, roughly in the proportions the seed report describes (most cases about sexual
 * exploitation, a few about forced labour; Almaty, Shymkent and the south most affected). Deterministic
 * (fixed seed), entered through the module's own services, once: skipped when cases exist. Every name is
 * invented.
 */
@Component
@Order(40)
@Conditional(DeploymentMode.DemoCondition.class)
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    /** Regions with their relative weight in the demo (Almaty, Shymkent, the south and Astana first). */
    static final Map<String, Integer> REGION_WEIGHTS = Map.of("KZ-75", 9, "KZ-79", 6, "KZ-71", 5, "KZ-61", 4,
            "KZ-19", 3, "KZ-31", 3, "KZ-35", 2, "KZ-47", 2, "KZ-55", 1, "KZ-63", 1);

    private static final String[] SURNAME_STEMS = { "Ахмет", "Бекс", "Дәулет", "Ерғали", "Жақсыбек", "Нұрлан", "Оспан",
            "Сапар", "Тұрсын", "Қайрат", "Мұрат", "Серік", "Иван", "Петр", "Сидор", "Кузьмин", "Орлов", "Белов" };
    private static final String[] MALE_NAMES = { "Арман", "Бауыржан", "Данияр", "Ерлан", "Марат", "Нұржан", "Руслан",
            "Тимур", "Алексей", "Дмитрий", "Сергей" };
    private static final String[] FEMALE_NAMES = { "Айгүл", "Дана", "Жанар", "Мадина", "Сәуле", "Әсел", "Ольга",
            "Наталья", "Елена" };

    private final DemoDataEntry entry;
    private final CriminalCases cases;
    private final SpecialOperations operations;
    private final InternationalCooperation cooperation;
    private final PersonRegistry persons;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final JdbcClient jdbc;
    private final DisplayFormat format;
    private final TransactionTemplate transactions;

    DemoCases(DemoDataEntry entry, CriminalCases cases, SpecialOperations operations,
            InternationalCooperation cooperation, PersonRegistry persons, OrganisationRegistry organisations,
            Regions regions, JdbcClient jdbc, DisplayFormat format, TransactionTemplate transactions) {
        this.entry = entry;
        this.cases = cases;
        this.operations = operations;
        this.cooperation = cooperation;
        this.persons = persons;
        this.organisations = organisations;
        this.regions = regions;
        this.jdbc = jdbc;
        this.format = format;
        this.transactions = transactions;
    }

    /** All or nothing: a failed seeding leaves no half data set behind, and is tried again at the next start. */
    @Override
    public void run(ApplicationArguments args) {
        transactions.executeWithoutResult(status -> seed());
    }

    private void seed() {
        if (jdbc.sql("select count(*) from cases_case").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        Map<String, long[]> agencies = SystemActor.call(this::agencies);
        Random random = new Random(2022);
        LocalDate today = format.today();
        List<String> weighted = new ArrayList<>();
        REGION_WEIGHTS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(region -> { for (int i = 0; i < region.getValue(); i++) { weighted.add(region.getKey()); } });
        int serial = 0;
        List<CaseViews.CaseView> created = new ArrayList<>();
        for (int year = 2017; year <= today.getYear(); year++) {
            int count = 14 + random.nextInt(8);
            for (int i = 0; i < count; i++) {
                String region = weighted.get(random.nextInt(weighted.size()));
                LocalDate registered = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                if (registered.isAfter(today)) {
                    continue;
                }
                long[] agency = agencies.get(region);
                int number = ++serial;
                created.add(entry.as(DemoOrganisations.POLICE_NATIONAL,
                        user -> oneCase(user, random, region, registered, agency, number, today)));
            }
        }
        entry.as(DemoOrganisations.POLICE_NATIONAL, user -> {
            operationsAndExtraditions(user, random, created, today);
            return null;
        });
        log.info("Demo mode: {} synthetic cases entered in {} ms", created.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** A police unit and a court per demo region (the Almaty city ones exist already): {unit, court}. */
    private Map<String, long[]> agencies() {
        Map<String, long[]> agencies = new java.util.HashMap<>();
        for (String code : REGION_WEIGHTS.keySet()) {
            Region region = regions.find(new RegionCode(code), format.today()).orElseThrow();
            long unit = code.equals("KZ-75") ? organisations.findByName(DemoOrganisations.POLICE_ALMATY).orElseThrow().id()
                    : ensure("Департамент полиции: " + region.nameRu() + " — отдел по противодействию торговле людьми (демо)",
                            region.nameKk() + " ПД — адам саудасына қарсы іс-қимыл бөлімі (демо)",
                            region.nameEn() + " Police — anti-trafficking unit (demo)", OrganisationType.POLICE_UNIT, code);
            long court = code.equals("KZ-75") ? organisations.findByName(DemoOrganisations.COURT_ALMATY).orElseThrow().id()
                    : ensure("Специализированный межрайонный суд по уголовным делам: " + region.nameRu() + " (демо)",
                            region.nameKk() + " — қылмыстық істер жөніндегі мамандандырылған ауданаралық сот (демо)",
                            region.nameEn() + " — specialised inter-district criminal court (demo)", OrganisationType.COURT,
                            code);
            agencies.put(code, new long[] { unit, court });
        }
        return agencies;
    }

    private long ensure(String nameRu, String nameKk, String nameEn, OrganisationType type, String region) {
        return organisations.findByName(nameRu).map(OrganisationSummary::id).orElseGet(() -> organisations.register(
                new OrganisationDetails(nameRu, nameKk, nameEn, type, new RegionCode(region), null)).id());
    }

    private CaseViews.CaseView oneCase(QorgauUser user, Random random, String region, LocalDate registered,
            long[] agency, int serial, LocalDate today) {
        int roll = random.nextInt(100);
        ExploitationForm form = roll < 78 ? ExploitationForm.SEXUAL_EXPLOITATION
                : roll < 93 ? ExploitationForm.FORCED_LABOUR : null;
        String article = form == ExploitationForm.FORCED_LABOUR ? "128"
                : form == null ? (random.nextBoolean() ? "128" : "135")
                : new String[] { "128", "128", "308", "134" }[random.nextInt(4)];
        Set<CaseFlag> flags = new java.util.HashSet<>();
        if (form == ExploitationForm.FORCED_LABOUR && random.nextBoolean()) {
            flags.add(CaseFlag.FORCED_LABOUR_REMOTE_AREA);
        }
        if (random.nextInt(4) == 0) {
            flags.add(CaseFlag.TRANSNATIONAL);
        }
        if (random.nextInt(5) == 0) {
            flags.add(CaseFlag.ONLINE_RECRUITMENT);
        }
        // YY (the registration year) + the region's two digits + a serial: 15 digits, as ERDR numbers are
        String erdr = String.format("%02d%s%011d", registered.getYear() % 100, region.substring(3), 90_000_000_000L + serial);
        CaseViews.CaseView view = cases.register(new CaseCommands.Registration(erdr, registered, region, agency[0],
                new Qualification(List.of(new Charge(article,
                        1 + random.nextInt(3))), form == null ? Set.of() : Set.of(form), flags),
                "Синтетическое описание дела для демонстрации."), user);
        long id = view.id();
        int defendants = 1 + (random.nextInt(3) == 0 ? 1 : 0);
        for (int d = 0; d < defendants; d++) {
            long person = persons.register(person(random, registered)).value();
            LocalDate added = registered.plusDays(random.nextInt(20));
            LocalDate arrested = random.nextInt(3) > 0 ? added.plusDays(random.nextInt(10)) : null;
            if (added.isAfter(today)) {
                added = today;
            }
            if (arrested != null && arrested.isAfter(today)) {
                arrested = null;
            }
            cases.addDefendant(id, new CaseCommands.NewDefendant(person, d == 0 ? PerpetratorRole.RECRUITER_OR_INTERMEDIARY
                    : PerpetratorRole.EXPLOITER, false, added, arrested, arrested == null ? null : region, null), user);
        }
        LocalDate cursor = registered.plusDays(20);
        int fate = random.nextInt(100);
        if (fate < 12 && cursor.plusMonths(2).isBefore(today)) {
            cases.record(id, event(EventType.SUSPENDED, cursor.plusMonths(1), SuspensionReason.SUSPECT_ABROAD.name()), user);
            cursor = cursor.plusMonths(1);
            if (random.nextBoolean() && cursor.plusMonths(3).isBefore(today)) {
                cases.record(id, event(EventType.RESUMED, cursor.plusMonths(3), null), user);
                cursor = cursor.plusMonths(3);
                fate = 50;
            }
        } else if (fate < 25 && cursor.plusMonths(3).isBefore(today)) {
            cases.record(id, event(EventType.TERMINATED, cursor.plusMonths(3),
                    TerminationReason.INSUFFICIENT_EVIDENCE.name()), user);
        }
        if (fate >= 25 && cursor.plusMonths(4).isBefore(today)) {
            LocalDate sent = cursor.plusMonths(2 + random.nextInt(3));
            cases.record(id, new CaseCommands.Event(EventType.SENT_TO_COURT, sent, null, agency[1], null, null, null,
                    null, null, null), user);
            LocalDate verdictOn = sent;
            for (int d = 0; d < defendants; d++) {
                verdictOn = verdictOn.plusMonths(d == 0 ? 2 + random.nextInt(4) : random.nextInt(2));
                if (verdictOn.isAfter(today)) {
                    break;
                }
                boolean convicted = random.nextInt(100) < 85;
                Sentence sentence = !convicted ? null : random.nextInt(6) == 0
                        ? new Sentence(null, 24 + random.nextInt(24), 24, null, null, false, false)
                        : new Sentence(48 + random.nextInt(120), null, null, null, null, false, article.equals("128"));
                cases.record(id, new CaseCommands.Event(EventType.VERDICT, verdictOn, null, null, d,
                        convicted ? VerdictOutcome.CONVICTED : VerdictOutcome.ACQUITTED, null,
                        convicted ? article : null, convicted ? 1 : null, sentence), user);
            }
        }
        return cases.get(id, user);
    }

    private void operationsAndExtraditions(QorgauUser user, Random random, List<CaseViews.CaseView> created,
            LocalDate today) {
        long ngo = organisations.findByName(DemoOrganisations.SHELTER_ALMATY).orElseThrow().id();
        for (int stage = 1; stage <= 3; stage++) {
            LocalDate start = LocalDate.of(2022, 2 + stage * 3, 10);
            List<String> resulting = created.stream()
                    .filter(view -> !view.registeredOn().isBefore(start) && view.registeredOn().isBefore(start.plusDays(30)))
                    .map(CaseViews.CaseView::erdrNumber).limit(3).toList();
            operations.plan(new SpecialOperations.OperationDetails("Стоп-трафик 2022, этап " + stage, start,
                    start.plusDays(7), Set.of("KZ-75", "KZ-79", "KZ-61", "KZ-31"), Set.of(ngo),
                    Set.of(VenueKind.SAUNA, VenueKind.MASSAGE_PARLOUR, VenueKind.CONSTRUCTION_SITE, VenueKind.FARM),
                    300 + random.nextInt(200), 5 + random.nextInt(10), resulting), user);
        }
        // 2022: eleven persons surrendered by Kazakhstan (3 to Uzbekistan, 8 to Russia), one brought from Bahrain
        List<String> countries = new ArrayList<>(List.of("UZ", "UZ", "UZ", "RU", "RU", "RU", "RU", "RU", "RU", "RU", "RU"));
        for (int i = 0; i < countries.size(); i++) {
            extradition(user, random, CooperationDirection.INCOMING, countries.get(i), LocalDate.of(2022, 1 + i, 5));
        }
        extradition(user, random, CooperationDirection.OUTGOING, "BH", LocalDate.of(2022, 3, 14));
    }

    private void extradition(QorgauUser user, Random random, CooperationDirection direction, String country,
            LocalDate requested) {
        long person = persons.register(person(random, requested)).value();
        CaseViews.CooperationView request = cooperation.open(new InternationalCooperation.NewRequest(
                CooperationKind.EXTRADITION, direction, country, person, null, requested), user);
        cooperation.advance(request.id(), InternationalCooperation.Step.GRANTED, requested.plusDays(20), user);
        cooperation.advance(request.id(), InternationalCooperation.Step.EXECUTED, requested.plusDays(45), user);
    }

    private static CaseCommands.Event event(EventType type, LocalDate date, String reason) {
        return new CaseCommands.Event(type, date, reason, null, null, null, null, null, null, null);
    }

    /** An invented person: composed names, a birth date 20 to 55 years before the case, no documents. */
    private static PersonDetails person(Random random, LocalDate around) {
        boolean female = random.nextInt(4) == 0;
        String stem = SURNAME_STEMS[random.nextInt(SURNAME_STEMS.length)];
        String surname = stem + (female ? "ова" : "ов");
        String given = female ? FEMALE_NAMES[random.nextInt(FEMALE_NAMES.length)]
                : MALE_NAMES[random.nextInt(MALE_NAMES.length)];
        LocalDate born = around.minusYears(20 + random.nextInt(35)).minusDays(random.nextInt(365));
        return new PersonDetails(surname, given, null, born, female ? Sex.FEMALE : Sex.MALE,
                Set.of(CountryCode.KAZAKHSTAN), null, List.of(), null, null, null);
    }
}
