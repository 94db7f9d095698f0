package kz.qorgau.demo;

import java.util.List;

import org.springframework.context.annotation.Conditional;
import kz.qorgau.system.DeploymentMode;
import org.springframework.stereotype.Component;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.SystemActor;
import kz.qorgau.organisations.OrganisationDetails;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;

/**
 * Demo mode: fictitious organisations, one for each kind of user of DESIGN.md §1. Names are invented
 * and marked as demo; nothing here describes a real body's staff or records.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
public class DemoOrganisations implements DemoData {

    /** Russian names of the demo organisations, by the role of the demo user who belongs to it. */
    public static final String OPERATOR = "Оператор системы Qorgau (демо)";
    public static final String POLICE_NATIONAL = "МВД РК, Департамент по противодействию торговле людьми (демо)";
    public static final String POLICE_ALMATY = "ДП г. Алматы, отдел по противодействию торговле людьми (демо)";
    public static final String PROSECUTOR_ALMATY = "Прокуратура г. Алматы (демо)";
    public static final String COURT_ALMATY = "Специализированный межрайонный суд по уголовным делам г. Алматы (демо)";
    public static final String LABOUR_ALMATY_REGION = "Инспекция труда Алматинской области (демо)";
    public static final String MIGRATION_ASTANA = "Управление миграционной службы ДП г. Астаны (демо)";
    public static final String CONSULATE = "Генеральное консульство РК (демо)";
    public static final String SHELTER_ALMATY = "Кризисный центр «Жарық» (демо)";
    public static final String CRISIS_CENTRES = "Союз кризисных центров Казахстана (демо)";
    public static final String HOTLINE = "Горячая линия по вопросам торговли людьми (демо)";
    public static final String WORKING_GROUP = "Межведомственная рабочая группа (демо)";
    public static final String OMBUDSMAN = "Аппарат Уполномоченного по правам человека (демо)";
    public static final String MINISTRY_SOCIAL = "Министерство труда и социальной защиты населения РК (демо)";

    private final OrganisationRegistry registry;

    DemoOrganisations(OrganisationRegistry registry) {
        this.registry = registry;
    }

    private record Demo(String nameRu, String nameKk, String nameEn, OrganisationType type, String region,
            String parent) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo(OPERATOR, "Qorgau жүйесінің операторы (демо)", "Qorgau system operator (demo)",
                    OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, null),
            new Demo(POLICE_NATIONAL, "ҚР ІІМ, Адам саудасына қарсы іс-қимыл департаменті (демо)",
                    "Ministry of Internal Affairs, Anti-Trafficking Department (demo)", OrganisationType.POLICE_UNIT,
                    null, null),
            new Demo(POLICE_ALMATY, "Алматы қ. ПД, адам саудасына қарсы іс-қимыл бөлімі (демо)",
                    "Almaty City Police, anti-trafficking unit (demo)", OrganisationType.POLICE_UNIT, "KZ-75",
                    POLICE_NATIONAL),
            new Demo(PROSECUTOR_ALMATY, "Алматы қ. прокуратурасы (демо)", "Almaty City Prosecutor's Office (demo)",
                    OrganisationType.PROSECUTOR_OFFICE, "KZ-75", null),
            new Demo(COURT_ALMATY, "Алматы қ. қылмыстық істер жөніндегі мамандандырылған ауданаралық соты (демо)",
                    "Almaty City Specialised Inter-District Criminal Court (demo)", OrganisationType.COURT, "KZ-75",
                    null),
            new Demo(LABOUR_ALMATY_REGION, "Алматы облысының еңбек инспекциясы (демо)",
                    "Almaty Region Labour Inspectorate (demo)", OrganisationType.LABOUR_INSPECTORATE, "KZ-19", null),
            new Demo(MIGRATION_ASTANA, "Астана қ. ПД көші-қон қызметі басқармасы (демо)",
                    "Astana City Police Migration Service (demo)", OrganisationType.MIGRATION_SERVICE, "KZ-71", null),
            new Demo(CONSULATE, "ҚР Бас консулдығы (демо)", "Consulate General of Kazakhstan (demo)",
                    OrganisationType.DIPLOMATIC_MISSION, null, null),
            new Demo(SHELTER_ALMATY, "«Жарық» дағдарыс орталығы (демо)", "Zharyk crisis centre (demo)",
                    OrganisationType.SHELTER, "KZ-75", null),
            new Demo(CRISIS_CENTRES, "Қазақстан дағдарыс орталықтарының одағы (демо)",
                    "Union of Crisis Centres of Kazakhstan (demo)", OrganisationType.NGO, null, null),
            new Demo(HOTLINE, "Адам саудасы мәселелері жөніндегі сенім телефоны (демо)",
                    "Anti-trafficking hotline (demo)",
                    OrganisationType.HOTLINE, null, null),
            new Demo(WORKING_GROUP, "Ведомствоаралық жұмыс тобы (демо)", "Interagency working group (demo)",
                    OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, null),
            new Demo(OMBUDSMAN, "Адам құқықтары жөніндегі уәкілдің аппараты (демо)",
                    "Office of the Human Rights Commissioner (demo)", OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION,
                    null, null),
            new Demo(MINISTRY_SOCIAL, "ҚР Еңбек және халықты әлеуметтік қорғау министрлігі (демо)",
                    "Ministry of Labour and Social Protection of the Population (demo)",
                    OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, null));

    @Override
    public Class<?> module() {
        return OrganisationRegistry.class;
    }

    @Override
    public void enter() {
        SystemActor.run(() -> {
            for (Demo demo : DEMO) {
                if (registry.findByName(demo.nameRu()).isEmpty()) {
                    Long parent = demo.parent() == null ? null
                            : registry.findByName(demo.parent()).map(OrganisationSummary::id).orElse(null);
                    registry.register(new OrganisationDetails(demo.nameRu(), demo.nameKk(), demo.nameEn(), demo.type(),
                            demo.region() == null ? null : new RegionCode(demo.region()), parent));
                }
            }
        });
    }
}
