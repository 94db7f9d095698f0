package kz.qorgau.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.inspections.ContractorRole;
import kz.qorgau.inspections.InspectionCommands;
import kz.qorgau.inspections.InspectionNotifications;
import kz.qorgau.inspections.InspectionRegister;
import kz.qorgau.inspections.InspectionSite;
import kz.qorgau.inspections.InspectionTrigger;
import kz.qorgau.inspections.LabourViolation;
import kz.qorgau.inspections.Participant;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.Region;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Today;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.IsicSection;

/**
 * Demo mode: the labour inspections of the seed report from records, 4,300 in 2021 and 4,920 in 2022 (recorded by the
 * demo inspectorate for the whole country, over the regions of the year), farms and construction sites first, a third
 * unannounced. Few found forced-labour indicators ({@link #FOUND}: 6 in 2021, 9 in 2022) and fewer became cases: the
 * inspectors notified the national police department of most of them the day after the inspection ended, and the
 * department registered one case in 2021 and two in 2022, the forced-labour cases of the demo data of that year
 * ({@code statistics_case}), refused the others, one of them after its deadline. In the current year, three
 * inspections of the Almaty region inspectorate's own: a construction site in Almaty city whose chain of contractors
 * ends with an informal intermediary, with indicators, notified to the Almaty city police and awaiting their answer; a
 * remote farm with indicators not yet notified (the inspector's next step); and a market with none.
 * <p>
 * Synthetic: the employers' names and BINs are made up (the BINs valid by their check digit). Seeded once: nothing is
 * added when an inspection exists. All of one year in one statement batch: about 9,000 inspections add a few seconds
 * to the first start.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoInspections implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoInspections.class);
    private static final long SEED = 20_220_706L;
    /** Inspections of the year, as the seed report gives them. */
    static final int INSPECTIONS_2021 = 4_300;
    static final int INSPECTIONS_2022 = 4_920;
    /** The inspections of the year that found forced-labour indicators: notified, registered as cases, refused. */
    private record Found(int year, int withIndicators, int notified, int registered) {
    }

    static final List<Found> FOUND = List.of(new Found(2021, 6, 4, 1), new Found(2022, 9, 7, 2));
    /** The sites by weight: farms and construction sites first. */
    private static final InspectionSite[] SITES = { InspectionSite.FARM, InspectionSite.FARM, InspectionSite.FARM,
            InspectionSite.CONSTRUCTION_SITE, InspectionSite.CONSTRUCTION_SITE, InspectionSite.CONSTRUCTION_SITE,
            InspectionSite.FACTORY, InspectionSite.FACTORY, InspectionSite.MARKET, InspectionSite.HOSPITALITY,
            InspectionSite.DOMESTIC_HOUSEHOLD, InspectionSite.OTHER };
    private static final InspectionTrigger[] TRIGGERS = { InspectionTrigger.PLAN, InspectionTrigger.PLAN,
            InspectionTrigger.PLAN, InspectionTrigger.COMPLAINT, InspectionTrigger.COMPLAINT,
            InspectionTrigger.OWN_INITIATIVE, InspectionTrigger.HOTLINE_TIP, InspectionTrigger.POLICE_REQUEST,
            InspectionTrigger.JOINT_OPERATION, InspectionTrigger.MOBILE_TEAM };
    private static final String[] FOREIGN = { "UZ", "UZ", "UZ", "KG", "KG", "TJ", "RU", "CN", "TR" };
    private static final String[] EMPLOYERS = { "ТОО «Агро-Жер»", "ТОО «Құрылыс-Сервис»", "ТОО «Дала Өнім»",
            "ИП «Береке»", "ТОО «Астық Трейд»", "ТОО «СтройМонтаж Юг»", "ТОО «Жібек Жолы Маркет»",
            "ТОО «Алтын Дән»", "ТОО «Тау Құрылыс»", "ТОО «Восток Текстиль»" };

    private final InspectionRegister register;
    private final InspectionNotifications notifications;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Today today;
    private final DemoRemovals removals;

    DemoInspections(InspectionRegister register, InspectionNotifications notifications,
            OrganisationRegistry organisations, Regions regions, Accounts accounts, JdbcClient jdbc,
            TransactionTemplate transactions, Today today, DemoRemovals removals) {
        this.removals = removals;
        this.register = register;
        this.notifications = notifications;
        this.organisations = organisations;
        this.regions = regions;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.today = today;
    }

    @Override
    public Class<?> module() {
        return InspectionRegister.class;
    }

    @Override
    public void enter() {
        inspections();
        removals.enter();
    }

    private void inspections() {
        if (jdbc.sql("select count(*) from inspections_inspection").query(Long.class).single() > 0
                || accounts.principal("inspector").isEmpty() || accounts.principal("supervisor").isEmpty()
                || accounts.principal("investigator").isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        QorgauUser inspector = accounts.principal("inspector").orElseThrow();
        QorgauUser supervisor = accounts.principal("supervisor").orElseThrow();
        long national = organisations.findByName(DemoOrganisations.POLICE_NATIONAL).orElseThrow().id();
        long almaty = organisations.findByName(DemoOrganisations.POLICE_ALMATY).orElseThrow().id();
        Random random = new Random(SEED);
        transactions.executeWithoutResult(status -> {
            year(inspector, supervisor, national, 2021, INSPECTIONS_2021, FOUND.get(0), random);
            year(inspector, supervisor, national, 2022, INSPECTIONS_2022, FOUND.get(1), random);
            thisYear(inspector, almaty, random);
        });
        log.info("Demo mode: {} inspections of 2021, {} of 2022 and 3 of this year entered in {} ms",
                INSPECTIONS_2021, INSPECTIONS_2022, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The year's inspections, those with indicators last (each on its own day of the year's second half), then their
     * notifications and answers.
     */
    private void year(QorgauUser inspector, QorgauUser supervisor, long unit, int year, int count, Found found,
            Random random) {
        // the regions of the whole year (three were formed in June 2022)
        List<Region> valid = regions.validOn(LocalDate.of(year, 1, 1), Locale.ROOT).stream().filter(region -> region
                .validOn(LocalDate.of(year, 12, 31))).toList();
        List<InspectionCommands.Recording> recordings = new ArrayList<>(count);
        for (int i = 0; i < count - found.withIndicators(); i++) {
            recordings.add(inspection(random, valid, LocalDate.of(year, 1, 1).plusDays(random.nextInt(360)), false));
        }
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < found.withIndicators(); i++) {
            LocalDate day = LocalDate.of(year, 6, 1).plusDays(20L * i);
            days.add(day);
            recordings.add(inspection(random, valid, day, true));
        }
        ActingAs.call(inspector, () -> register.recordAll(recordings));
        List<Long> withIndicators = jdbc.sql("""
                select id from inspections_inspection
                where cardinality(ilo_indicators) > 0 and extract(year from started_on) = ? order by started_on, id""")
                .param(year).query(Long.class).list();
        List<String> cases = jdbc.sql("""
                select c.erdr_number from statistics_case s join cases_case c on c.id = s.id
                where s.forced_labour and extract(year from s.registered_on) = ? order by s.registered_on, c.id""")
                .param(year).query(String.class).list();
        ZoneId zone = today.zone();
        for (int i = 0; i < found.notified() && i < withIndicators.size(); i++) {
            long inspection = withIndicators.get(i);
            Instant sent = days.get(i).plusDays(2).atTime(10, 30).atZone(zone).toInstant();
            long notification = ActingAs.call(inspector, () -> notifications.notifyPolice(inspection,
                    new InspectionCommands.Notification(unit), sent));
            boolean registered = i < found.registered() && i < cases.size();
            // the last refusal of the year came after its deadline (the next working day)
            Instant answered = sent.plusSeconds(i == found.notified() - 1 ? 9 * 86_400 : 4 * 3_600);
            String erdr = registered ? cases.get(i) : null;
            ActingAs.call(supervisor, () -> {
                if (erdr != null) {
                    notifications.registered(notification, new InspectionCommands.Registration(erdr), answered);
                } else {
                    notifications.refused(notification, new InspectionCommands.Refusal(
                            "Демо: при проверке на месте признаков уголовного правонарушения не установлено."),
                            answered);
                }
                return null;
            });
        }
        // the workers the inspectorate screened in the year and found victims (DemoVictimYears) were met at the
        // inspections that found indicators: each linked to one of them, in turn
        List<Long> workers = jdbc.sql("""
                select v.id from victims_victim v join victims_screening s on s.victim_id = v.id and s.number = 1
                where v.registered_by_organisation_id = ? and s.context = 'LABOUR_INSPECTION'
                  and s.decision in ('POSSIBLE', 'PRESUMED') and extract(year from s.screened_on) = ?
                order by s.screened_on, v.id""").param(inspector.organisationId()).param(year).query(Long.class).list();
        for (int i = 0; i < workers.size() && !withIndicators.isEmpty(); i++) {
            long inspection = withIndicators.get(i % withIndicators.size());
            long worker = workers.get(i);
            ActingAs.call(inspector, () -> {
                register.linkScreening(inspection, worker);
                return null;
            });
        }
    }

    private void thisYear(QorgauUser inspector, long almatyPolice, Random random) {
        LocalDate day = today.date();
        InspectionCommands.Recording site = new InspectionCommands.Recording(null, "Демо Инспектор труда, А. Сейтқали",
                day.minusDays(3), day.minusDays(2), SyntheticBin.of(random), "ТОО «Алатау Құрылыс Групп» (демо)",
                InspectionSite.CONSTRUCTION_SITE, IsicSection.F, new RegionCode("KZ-75"), "Наурызбайский район",
                "г. Алматы", false, false, InspectionTrigger.HOTLINE_TIP, false, null, Set.of(Participant.POLICE,
                        Participant.MIGRATION), 46, 0, 46, 2, 38, List.of(new InspectionCommands.ForeignWorkers("UZ",
                                30), new InspectionCommands.ForeignWorkers("TJ", 8)), List.of(
                                        new InspectionCommands.ContractorLine(ContractorRole.MAIN_CONTRACTOR,
                                                "ТОО «Алатау Құрылыс Групп» (демо)", null, false),
                                        new InspectionCommands.ContractorLine(ContractorRole.SUBCONTRACTOR,
                                                "ТОО «Монолит Стройсервис» (демо)", SyntheticBin.of(random), false),
                                        new InspectionCommands.ContractorLine(ContractorRole.INTERMEDIARY,
                                                "«Бригадир Рустам» (демо)", null, true)),
                EnumSet.of(LabourViolation.WAGES_WITHHELD, LabourViolation.DOCUMENTS_RETAINED,
                        LabourViolation.NO_CONTRACT), EnumSet.of(IloIndicator.RETENTION_OF_IDENTITY_DOCUMENTS,
                                IloIndicator.WITHHOLDING_OF_WAGES, IloIndicator.DEBT_BONDAGE));
        InspectionCommands.Recording farm = new InspectionCommands.Recording(null, "Демо Инспектор труда",
                day.minusDays(1), day.minusDays(1), SyntheticBin.of(random), "КХ «Жаңа Өріс» (демо)",
                InspectionSite.FARM, IsicSection.A, new RegionCode("KZ-19"), "Балхашский район", "с. Бақанас", true,
                false, InspectionTrigger.MOBILE_TEAM, false, null, Set.of(Participant.NGO), 14, 3, 11, 0, 9, List.of(
                        new InspectionCommands.ForeignWorkers("KG", 9)), List.of(), EnumSet.of(
                                LabourViolation.EXCESSIVE_HOURS, LabourViolation.UNSAFE_CONDITIONS), EnumSet.of(
                                        IloIndicator.ISOLATION, IloIndicator.RESTRICTION_OF_MOVEMENT,
                                        IloIndicator.EXCESSIVE_OVERTIME));
        InspectionCommands.Recording market = inspection(random, regions.validOn(day, Locale.ROOT), day.minusDays(5),
                false);
        ActingAs.call(inspector, () -> {
            long constructionSite = register.record(site);
            register.record(farm);
            register.record(market);
            notifications.notifyPolice(constructionSite, new InspectionCommands.Notification(almatyPolice));
            return null;
        });
    }

    /** A random inspection of the day, in a region of the year; with indicators, on a farm or construction site. */
    private static InspectionCommands.Recording inspection(Random random, List<Region> regions, LocalDate day,
            boolean indicators) {
        InspectionSite site = indicators ? (random.nextBoolean() ? InspectionSite.FARM
                : InspectionSite.CONSTRUCTION_SITE) : SITES[random.nextInt(SITES.length)];
        int workers = 2 + random.nextInt(site == InspectionSite.DOMESTIC_HOUSEHOLD ? 2 : 60);
        int women = random.nextInt(workers + 1) / 2;
        int children = random.nextInt(40) == 0 ? 1 : 0;
        int foreign = random.nextInt(3) == 0 ? random.nextInt(workers + 1) : 0;
        List<InspectionCommands.ForeignWorkers> byCitizenship = new ArrayList<>();
        if (foreign > 0) {
            byCitizenship.add(new InspectionCommands.ForeignWorkers(FOREIGN[random.nextInt(FOREIGN.length)],
                    foreign));
        }
        List<InspectionCommands.ContractorLine> chain = site == InspectionSite.CONSTRUCTION_SITE && random
                .nextInt(3) == 0 ? List.of(new InspectionCommands.ContractorLine(ContractorRole.MAIN_CONTRACTOR, null,
                        SyntheticBin.of(random), false), new InspectionCommands.ContractorLine(
                                ContractorRole.INTERMEDIARY, "«Кадровый партнёр» (демо)", null, random.nextInt(4) == 0))
                        : List.of();
        Set<LabourViolation> violations = EnumSet.noneOf(LabourViolation.class);
        if (random.nextInt(5) < 2) {
            violations.add(LabourViolation.values()[random.nextInt(LabourViolation.values().length)]);
        }
        Set<IloIndicator> found = EnumSet.noneOf(IloIndicator.class);
        if (indicators) {
            found.add(IloIndicator.WITHHOLDING_OF_WAGES);
            found.add(IloIndicator.values()[random.nextInt(IloIndicator.values().length)]);
            violations.add(LabourViolation.WAGES_WITHHELD);
        }
        boolean remote = site == InspectionSite.FARM && random.nextInt(3) == 0;
        InspectionTrigger trigger = indicators ? InspectionTrigger.COMPLAINT : TRIGGERS[random.nextInt(
                TRIGGERS.length)];
        boolean announced = trigger == InspectionTrigger.PLAN && random.nextInt(4) > 0;
        boolean moratorium = random.nextInt(25) == 0;
        return new InspectionCommands.Recording(null, "Демо Инспектор труда", day, day.plusDays(random.nextInt(2)),
                random.nextInt(10) == 0 ? null : SyntheticBin.of(random), EMPLOYERS[random.nextInt(EMPLOYERS.length)]
                        + " (демо)", site, site == InspectionSite.FARM ? IsicSection.A
                                : site == InspectionSite.CONSTRUCTION_SITE ? IsicSection.F : null, regions.get(random
                                        .nextInt(regions.size())).code(), null, null, remote, announced, trigger,
                moratorium, moratorium ? "Обращение работника о невыплате заработной платы" : null, Set.of(), workers,
                women, workers - women - children, children, foreign, byCitizenship, chain, violations, found);
    }
}
