package kz.qorgau.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.prevention.ActionPlan;
import kz.qorgau.prevention.Audience;
import kz.qorgau.prevention.BodyKind;
import kz.qorgau.prevention.CampaignAudience;
import kz.qorgau.prevention.CampaignCommands;
import kz.qorgau.prevention.Campaigns;
import kz.qorgau.prevention.Channel;
import kz.qorgau.prevention.Coordination;
import kz.qorgau.prevention.CoordinationCommands;
import kz.qorgau.prevention.FundingSource;
import kz.qorgau.prevention.MilestoneKind;
import kz.qorgau.prevention.Milestones;
import kz.qorgau.prevention.PlanCommands;
import kz.qorgau.prevention.PlanStatus;
import kz.qorgau.prevention.TaskStatus;
import kz.qorgau.prevention.TrainingCommands;
import kz.qorgau.prevention.TrainingTopic;
import kz.qorgau.prevention.Trainings;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.DeploymentMode;

/**
 * The demo's prevention and coordination records, entered by the demo analyst through the module's services for
 * {@link DemoPrevention} (one set of demo data per module). As the seed report says: the interagency working group led
 * by the Ministry of Internal Affairs, which in July 2022 took in the Ombudsman, the Prosecutor General's Office and the
 * Financial Monitoring Agency; the transnational working group of Kazakhstan, Kyrgyzstan and Uzbekistan of August 2022;
 * trainings for diplomats and for military personnel before peacekeeping missions in 2022; the National Action Plan
 * 2021–2023. Dates other than those, members, participants, items and tasks are made up.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoCoordination {

    static final LocalDate IWG_EXPANDED = LocalDate.of(2022, 7, 14);
    static final LocalDate TRANSNATIONAL_CREATED = LocalDate.of(2022, 8, 25);
    static final List<String> IWG_FOUNDERS = List.of("Министерство внутренних дел",
            "Министерство труда и социальной защиты населения", "Министерство иностранных дел",
            "Министерство просвещения", "Министерство здравоохранения",
            "Министерство информации и общественного развития", "Международная организация по миграции (МОМ)",
            "ОФ «Аман-саулык» (демо)");
    static final List<String> IWG_JOINED_2022 = List.of("Уполномоченный по правам человека",
            "Генеральная прокуратура", "Агентство по финансовому мониторингу");

    private final Coordination coordination;
    private final Trainings trainings;
    private final ActionPlan plan;
    private final Campaigns campaigns;
    private final Milestones milestones;
    private final JdbcClient jdbc;

    DemoCoordination(Coordination coordination, Trainings trainings, ActionPlan plan, Campaigns campaigns,
            Milestones milestones, JdbcClient jdbc) {
        this.coordination = coordination;
        this.trainings = trainings;
        this.plan = plan;
        this.campaigns = campaigns;
        this.milestones = milestones;
        this.jdbc = jdbc;
    }

    void enter(QorgauUser analyst) {
        if (jdbc.sql("select count(*) from prevention_body").query(Long.class).single() == 0) {
            ActingAs.call(analyst, () -> {
                bodies();
                return null;
            });
        }
        if (jdbc.sql("select count(*) from prevention_training").query(Long.class).single() == 0) {
            ActingAs.call(analyst, () -> {
                trainings();
                return null;
            });
        }
        if (jdbc.sql("select count(*) from prevention_plan").query(Long.class).single() == 0) {
            ActingAs.call(analyst, () -> {
                plans();
                return null;
            });
        }
        if (jdbc.sql("select count(*) from prevention_campaign").query(Long.class).single() == 0) {
            ActingAs.call(analyst, () -> {
                campaigns();
                return null;
            });
        }
        if (jdbc.sql("select count(*) from prevention_milestone").query(Long.class).single() == 0) {
            ActingAs.call(analyst, () -> {
                milestones();
                return null;
            });
        }
    }

    private void campaigns() {
        campaigns.record(new CampaignCommands.Campaign("«Будь в курсе!» — безопасный выезд за рубеж (демо)",
                "Министерство информации и общественного развития", Set.of(CampaignAudience.CITIZENS_GOING_ABROAD,
                        CampaignAudience.MIGRANTS), Set.of(Channel.SOCIAL_MEDIA, Channel.TELEVISION,
                                Channel.OUTDOOR), Set.of("kk", "ru"), Set.of(), LocalDate.of(2022, 3, 1), LocalDate
                                        .of(2022, 11, 30), 1_200_000L, "Просмотры роликов и публикаций (по отчёту"
                                                + " подрядчика)", 18_000_000L, FundingSource.STATE));
        campaigns.record(new CampaignCommands.Campaign("Уроки безопасности в школах (демо)",
                "Министерство просвещения", Set.of(CampaignAudience.CHILDREN), Set.of(Channel.EVENTS,
                        Channel.PRINT), Set.of("kk", "ru"), Set.of(RegionCode.of("KZ-61"), RegionCode.of("KZ-79")),
                LocalDate.of(2022, 9, 1), LocalDate.of(2022, 12, 20), 45_000L, "Число учащихся на занятиях",
                null, null));
        campaigns.record(new CampaignCommands.Campaign("Права трудовых мигрантов (демо)",
                "Международная организация по миграции (МОМ)", Set.of(CampaignAudience.MIGRANTS,
                        CampaignAudience.EMPLOYERS), Set.of(Channel.MESSENGERS, Channel.PRINT), Set.of("ru", "ky",
                                "uz", "tg"), Set.of(RegionCode.of("KZ-75")), LocalDate.of(2021, 5, 1), LocalDate.of(
                                        2021, 10, 31), null, null, 6_500_000L, FundingSource.INTERNATIONAL));
    }

    private void milestones() {
        milestones.record(new CampaignCommands.Milestone(LocalDate.of(2022, 7, 1), MilestoneKind.ORDER,
                "Создано подразделение МВД по противодействию торговле людьми (день — демо)",
                "ІІМ-нің адам саудасына қарсы іс-қимыл бөлімшесі құрылды (күні — демо)",
                "MVD anti-trafficking unit created (day made up)", "Приказ МВД (демо)"));
        milestones.record(new CampaignCommands.Milestone(IWG_EXPANDED, MilestoneKind.ORDER,
                "В состав Межведомственной рабочей группы включены Уполномоченный по правам человека, Генеральная"
                        + " прокуратура и АФМ", "Ведомствоаралық жұмыс тобының құрамына Адам құқықтары жөніндегі"
                                + " уәкіл, Бас прокуратура және ҚМА енгізілді",
                "The Ombudsman, the Prosecutor General's Office and the Financial Monitoring Agency join the IWG",
                null));
        milestones.record(new CampaignCommands.Milestone(LocalDate.of(2022, 11, 30), MilestoneKind.POLICY,
                "Проект закона о противодействии торговле людьми опубликован для публичного обсуждения",
                "Адам саудасына қарсы іс-қимыл туралы заң жобасы қоғамдық талқылауға жарияланды",
                "Draft law on combating trafficking in persons published for public discussion", null));
        milestones.record(new CampaignCommands.Milestone(LocalDate.of(2024, 7, 5), MilestoneKind.LAW,
                "Подписан Закон «О противодействии торговле людьми»",
                "«Адам саудасына қарсы іс-қимыл туралы» Заңға қол қойылды",
                "Law on Combating Human Trafficking signed", null));
    }

    private void bodies() {
        LocalDate iwgCreated = LocalDate.of(2019, 2, 12);
        long iwg = coordination.create(new CoordinationCommands.NewBody(BodyKind.INTERAGENCY,
                "Межведомственная рабочая группа по вопросам противодействия торговле людьми",
                "Адам саудасына қарсы іс-қимыл мәселелері жөніндегі ведомствоаралық жұмыс тобы",
                "Interagency Working Group on Combating Trafficking in Persons", "Министерство внутренних дел", null,
                iwgCreated));
        for (String member : IWG_FOUNDERS) {
            coordination.join(iwg, new CoordinationCommands.Join(member, iwgCreated));
        }
        long march = coordination.meet(iwg, new CoordinationCommands.Meeting(LocalDate.of(2022, 3, 17),
                "МВД, МТСЗН, МИД, Минпросвещения, Минздрав, МИОР, МОМ, НПО",
                "О помощи жертвам — иностранным гражданам; о проекте закона о противодействии торговле людьми",
                "Подготовить поправки о помощи жертвам-иностранцам; создать подгруппу по проекту закона"));
        long amendments = coordination.assign(iwg, new CoordinationCommands.Task(march,
                "Поправки о помощи жертвам — иностранным гражданам", "Министерство труда и социальной защиты населения",
                LocalDate.of(2022, 9, 30)));
        coordination.close(iwg, new CoordinationCommands.Closing(amendments, TaskStatus.DONE, LocalDate.of(2022, 9, 20),
                "Поправки внесены в Правительство"));
        for (String member : IWG_JOINED_2022) {
            coordination.join(iwg, new CoordinationCommands.Join(member, IWG_EXPANDED));
        }
        long july = coordination.meet(iwg, new CoordinationCommands.Meeting(IWG_EXPANDED,
                "МВД, МТСЗН, МИД, Уполномоченный по правам человека, Генеральная прокуратура, АФМ, МОМ, НПО",
                "О расширении состава рабочей группы; о проекте отдельного закона о торговле людьми",
                "Включить в состав Уполномоченного по правам человека, Генеральную прокуратуру и АФМ; вынести проект"
                        + " закона на публичное обсуждение"));
        long draft = coordination.assign(iwg, new CoordinationCommands.Task(july,
                "Проект закона о противодействии торговле людьми на публичное обсуждение",
                "Министерство внутренних дел", LocalDate.of(2022, 12, 31)));
        coordination.close(iwg, new CoordinationCommands.Closing(draft, TaskStatus.DONE, LocalDate.of(2022, 11, 30),
                "Проект опубликован для обсуждения"));
        coordination.assign(iwg, new CoordinationCommands.Task(july, "Обзор финансовых расследований по делам о"
                + " торговле людьми", "Агентство по финансовому мониторингу", LocalDate.of(2023, 6, 30)));
        coordination.meet(iwg, new CoordinationCommands.Meeting(LocalDate.of(2022, 11, 24),
                "МВД, МТСЗН, МИД, Генеральная прокуратура, АФМ, МОМ, НПО", "Итоги года; план на 2023 год",
                "Одобрить план работы на 2023 год"));

        long transnational = coordination.create(new CoordinationCommands.NewBody(BodyKind.TRANSNATIONAL,
                "Рабочая группа по транснациональному механизму перенаправления жертв торговли людьми",
                "Адам саудасының құрбандарын трансұлттық бағыттау тетігі жөніндегі жұмыс тобы",
                "Working group on a transnational referral mechanism for victims of trafficking",
                "Министерство внутренних дел", null, TRANSNATIONAL_CREATED));
        for (String member : List.of("Министерство внутренних дел Республики Казахстан",
                "Министерство внутренних дел Кыргызской Республики",
                "Министерство внутренних дел Республики Узбекистан",
                "Международная организация по миграции (МОМ)")) {
            coordination.join(transnational, new CoordinationCommands.Join(member, TRANSNATIONAL_CREATED));
        }
        long founding = coordination.meet(transnational, new CoordinationCommands.Meeting(TRANSNATIONAL_CREATED,
                "Делегации Казахстана, Кыргызстана и Узбекистана; МОМ",
                "Учреждение рабочей группы; порядок перенаправления жертв между странами",
                "Учредить рабочую группу; подготовить проект соглашения о перенаправлении"));
        coordination.assign(transnational, new CoordinationCommands.Task(founding,
                "Проект соглашения о транснациональном перенаправлении жертв",
                "Министерство внутренних дел Республики Казахстан", LocalDate.of(2023, 12, 31)));

        long commission = coordination.create(new CoordinationCommands.NewBody(BodyKind.REGIONAL,
                "Региональная комиссия по противодействию торговле людьми Туркестанской области (демо)", null, null,
                "Акимат Туркестанской области", RegionCode.of("KZ-61"), LocalDate.of(2020, 4, 1)));
        for (String member : List.of("Акимат Туркестанской области", "Департамент полиции Туркестанской области",
                "Департамент труда Туркестанской области", "Кризисный центр (демо)")) {
            coordination.join(commission, new CoordinationCommands.Join(member, LocalDate.of(2020, 4, 1)));
        }
        coordination.meet(commission, new CoordinationCommands.Meeting(LocalDate.of(2022, 5, 19),
                "Акимат, полиция, департамент труда, кризисный центр", "Проверки на фермах в сезон сбора урожая",
                "Провести совместные рейды на фермах"));
    }

    private void trainings() {
        trainings.record(new TrainingCommands.Training("Выявление жертв торговли людьми среди граждан за рубежом",
                "Министерство иностранных дел", "Международная организация по миграции (МОМ)", LocalDate.of(2022, 4,
                        12), LocalDate.of(2022, 4, 13), null, Audience.DIPLOMATS, 34L, 12L, 22L, 0L, 12L, Set.of(
                                TrainingTopic.PSYCHOLOGICAL_COERCION, TrainingTopic.NON_PUNISHMENT,
                                TrainingTopic.COMPENSATION), "Руководство для консульских служб (демо)"));
        trainings.record(new TrainingCommands.Training("Противодействие торговле людьми: подготовка к миротворческой"
                + " миссии ООН", "Министерство обороны", "ОБСЕ", LocalDate.of(2022, 9, 5), LocalDate.of(2022, 9, 6),
                null, Audience.PEACEKEEPERS, 48L, 6L, 42L, 0L, 8L, Set.of(TrainingTopic.PSYCHOLOGICAL_COERCION,
                        TrainingTopic.VICTIM_CENTRED_INTERVIEWING), "Модуль ООН по предотвращению эксплуатации"
                                + " (демо)"));
        trainings.record(new TrainingCommands.Training("Опрос жертв, ориентированный на жертву",
                "Министерство внутренних дел", "МОМ; ОФ «Аман-саулык» (демо)", LocalDate.of(2022, 6, 20), LocalDate
                        .of(2022, 6, 24), RegionCode.of("KZ-75"), Audience.INVESTIGATORS, 26L, 9L, 16L, 1L, 40L, Set
                                .of(TrainingTopic.VICTIM_CENTRED_INTERVIEWING, TrainingTopic.NON_PUNISHMENT,
                                        TrainingTopic.ONLINE_RECRUITMENT), null));
        trainings.record(new TrainingCommands.Training("Признаки принудительного труда на фермах",
                "Министерство труда и социальной защиты населения", "Международная организация труда", LocalDate.of(
                        2022, 8, 15), LocalDate.of(2022, 8, 16), RegionCode.of("KZ-61"), Audience.LABOUR_INSPECTORS,
                30L, 17L, 13L, 0L, 16L, Set.of(TrainingTopic.FORCED_LABOUR_ON_FARMS,
                        TrainingTopic.PSYCHOLOGICAL_COERCION), null));
        trainings.record(new TrainingCommands.Training("Компенсация жертвам торговли людьми в уголовном процессе",
                "Верховный суд", "ОБСЕ", LocalDate.of(2021, 11, 10), LocalDate.of(2021, 11, 10), null,
                Audience.JUDGES, 22L, 10L, 12L, 0L, 6L, Set.of(TrainingTopic.COMPENSATION,
                        TrainingTopic.NON_PUNISHMENT), null));
    }

    private void plans() {
        long nap = plan.adopt(new PlanCommands.Plan(
                "План мероприятий по противодействию торговле людьми на 2021–2023 годы",
                "Адам саудасына қарсы іс-қимыл жөніндегі 2021–2023 жылдарға арналған іс-шаралар жоспары",
                "Action Plan on Combating Trafficking in Persons 2021-2023", 2021, 2023));
        long law = plan.add(nap, new PlanCommands.Item("1", "Разработать проект закона о противодействии торговле"
                + " людьми", "Адам саудасына қарсы іс-қимыл туралы заң жобасын әзірлеу",
                "Draft a law on combating trafficking in persons", "Министерство внутренних дел",
                "МТСЗН, Генеральная прокуратура", LocalDate.of(2023, 12, 31), "Проект закона внесён в Мажилис",
                "1 проект"));
        long training = plan.add(nap, new PlanCommands.Item("2", "Обучить сотрудников полиции и инспекторов труда"
                + " выявлению жертв", "Полиция қызметкерлері мен еңбек инспекторларын құрбандарды анықтауға оқыту",
                "Train police officers and labour inspectors to identify victims", "Министерство внутренних дел",
                "МТСЗН", LocalDate.of(2022, 12, 31), "Обучено сотрудников", "200 человек"));
        long guide = plan.add(nap, new PlanCommands.Item("3", "Утвердить руководство по выявлению и перенаправлению"
                + " жертв", "Құрбандарды анықтау және бағыттау жөніндегі нұсқаулықты бекіту",
                "Adopt guidelines on identifying and referring victims",
                "Министерство труда и социальной защиты населения", "МВД, МИД, Минздрав", LocalDate.of(2022, 6, 30),
                "Руководство утверждено", "1 приказ"));
        long hotline = plan.add(nap, new PlanCommands.Item("4", "Финансировать горячую линию по противодействию"
                + " торговле людьми", "Адам саудасына қарсы сенім телефонын қаржыландыру",
                "Fund the anti-trafficking hotline", "Министерство информации и общественного развития", null,
                LocalDate.of(2022, 12, 31), "Выделено средств", "не менее 10 млн тенге"));
        long shelters = plan.add(nap, new PlanCommands.Item("5", "Провести обзор финансирования кризисных центров",
                "Дағдарыс орталықтарын қаржыландыруға шолу жүргізу", "Review the funding of crisis centres",
                "Министерство труда и социальной защиты населения", null, LocalDate.of(2023, 6, 30),
                "Обзор подготовлен",
                "1 обзор"));
        plan.report(nap, new PlanCommands.Report(law, 2021, PlanStatus.IN_PROGRESS, "Создана подгруппа рабочей группы",
                null, null));
        plan.report(nap, new PlanCommands.Report(law, 2022, PlanStatus.IN_PROGRESS,
                "Проект опубликован для публичного обсуждения", null, null));
        plan.report(nap, new PlanCommands.Report(training, 2022, PlanStatus.DONE, "Обучено 236 человек",
                "Сводка МВД и МТСЗН об обучении за 2022 год (демо)", null));
        plan.report(nap, new PlanCommands.Report(guide, 2022, PlanStatus.DONE, "Руководство утверждено и разослано",
                "Совместный приказ (демо)", null));
        plan.report(nap, new PlanCommands.Report(hotline, 2022, PlanStatus.IN_PROGRESS,
                "Средства в 2022 году не выделены", null, null));
        plan.report(nap, new PlanCommands.Report(shelters, 2023, PlanStatus.DROPPED, "Снято",
                null, "Включено в проект закона о противодействии торговле людьми"));

        long next = plan.adopt(new PlanCommands.Plan(
                "План мероприятий по противодействию торговле людьми на 2024–2026 годы",
                "Адам саудасына қарсы іс-қимыл жөніндегі 2024–2026 жылдарға арналған іс-шаралар жоспары",
                "Action Plan on Combating Trafficking in Persons 2024-2026", 2024, 2026));
        long rules = plan.add(next, new PlanCommands.Item("1", "Принять подзаконные акты к закону о противодействии"
                + " торговле людьми", "Адам саудасына қарсы іс-қимыл туралы заңға заңға тәуелді актілер қабылдау",
                "Adopt the regulations of the law on combating trafficking in persons", "Министерство внутренних дел",
                "МТСЗН, МИД", LocalDate.of(2024, 12, 31), "Приняты акты", "5 актов"));
        plan.add(next, new PlanCommands.Item("2", "Создать централизованную систему сбора данных о торговле людьми",
                "Адам саудасы туралы деректерді жинаудың орталықтандырылған жүйесін құру",
                "Create a centralised data collection system on trafficking", "Министерство внутренних дел",
                "Генеральная прокуратура", LocalDate.of(2026, 12, 31), "Система введена в эксплуатацию", "1 система"));
        plan.report(next, new PlanCommands.Report(rules, 2024, PlanStatus.DONE, "Приняты пять подзаконных актов",
                "Приказы МВД и МТСЗН (демо)", null));
    }
}
