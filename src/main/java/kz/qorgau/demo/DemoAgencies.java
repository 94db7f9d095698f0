package kz.qorgau.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.agencies.AgencyCommands;
import kz.qorgau.agencies.Allegation;
import kz.qorgau.agencies.ComplaintBook;
import kz.qorgau.agencies.ComplaintOutcome;
import kz.qorgau.agencies.ComplaintSource;
import kz.qorgau.agencies.AgencyRegister;
import kz.qorgau.agencies.DecisionKind;
import kz.qorgau.agencies.IntermediaryActivity;
import kz.qorgau.agencies.IntermediaryBook;
import kz.qorgau.agencies.IntermediaryKind;
import kz.qorgau.agencies.ReportSource;
import kz.qorgau.agencies.Placement;
import kz.qorgau.agencies.SanctionKind;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Today;
import kz.qorgau.system.DeploymentMode;

/**
 * Demo mode: a plausible register of private employment agencies, made up (names, BINs, addresses), entered by the
 * licensing authority: twenty-four agencies in the large cities and regions, most placing workers within
 * Kazakhstan, some abroad (the Republic of Korea, Türkiye, the United Arab Emirates, Russia) and some bringing foreign
 * workers in (from Uzbekistan, Kyrgyzstan, Tajikistan). Licences issued from 2016, most with a five-year term and some
 * renewed, the newer ones notifications without a term. Among them, one whose licence expired unrenewed, one
 * suspended and reinstated, one suspended now, one revoked and referred to the police; warnings and fines, some
 * within the last year (in force) and some older; four complaints, three decided.
 * <p>
 * Seeded once: nothing is added when an agency exists.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoAgencies implements DemoData {

    private static final long SEED = 20_230_101L;
    private static final String BODY = "Управление занятости и социальных программ (демо)";

    /** A made-up agency: names, region, what it does. */
    private record Made(String ru, String kk, String en, String region, Set<Placement> placements,
            Set<String> countries) {
    }

    static final List<Made> AGENCIES = List.of(
            made("ТОО «Жол Кадры» (демо)", "«Жол Кадрлар» ЖШС (демо)", "Zhol Kadry LLP (demo)", "KZ-75",
                    EnumSet.of(Placement.WITHIN_KAZAKHSTAN)),
            made("ТОО «Алатау Персонал» (демо)", "«Алатау Персонал» ЖШС (демо)", "Alatau Personnel LLP (demo)",
                    "KZ-75", EnumSet.of(Placement.WITHIN_KAZAKHSTAN, Placement.ABROAD), "KR", "AE"),
            made("ТОО «Евразия Трудовые Ресурсы» (демо)", "«Еуразия Еңбек Ресурстары» ЖШС (демо)",
                    "Eurasia Labour Resources LLP (demo)", "KZ-75", EnumSet.of(Placement.FOREIGN_WORKERS_IN), "UZ",
                    "KG", "TJ"),
            made("ТОО «Сункар Рекрутинг» (демо)", "«Сұңқар Рекрутинг» ЖШС (демо)", "Sunkar Recruiting LLP (demo)",
                    "KZ-75", EnumSet.of(Placement.ABROAD), "TR", "AE"),
            made("ТОО «Астана Жумыс» (демо)", "«Астана Жұмыс» ЖШС (демо)", "Astana Zhumys LLP (demo)", "KZ-71",
                    EnumSet.of(Placement.WITHIN_KAZAKHSTAN)),
            made("ТОО «Есиль Стафф» (демо)", "«Есіл Стафф» ЖШС (демо)", "Esil Staff LLP (demo)", "KZ-71",
                    EnumSet.of(Placement.WITHIN_KAZAKHSTAN, Placement.FOREIGN_WORKERS_IN), "UZ"),
            made("ТОО «Кадровый центр Байтерек» (демо)", "«Бәйтерек кадр орталығы» ЖШС (демо)",
                    "Baiterek Staffing Centre LLP (demo)", "KZ-71", EnumSet.of(Placement.ABROAD), "KR"),
            made("ТОО «Шымкент Еңбек» (демо)", "«Шымкент Еңбек» ЖШС (демо)", "Shymkent Enbek LLP (demo)", "KZ-79",
                    EnumSet.of(Placement.WITHIN_KAZAKHSTAN, Placement.ABROAD), "RU", "TR"),
            made("ТОО «Южный Персонал» (демо)", "«Оңтүстік Персонал» ЖШС (демо)", "Southern Personnel LLP (demo)",
                    "KZ-61", EnumSet.of(Placement.FOREIGN_WORKERS_IN), "UZ", "TJ"),
            made("ТОО «Туркестан Жумыс Орталыгы» (демо)", "«Түркістан Жұмыс Орталығы» ЖШС (демо)",
                    "Turkistan Job Centre LLP (demo)", "KZ-61", EnumSet.of(Placement.WITHIN_KAZAKHSTAN)),
            made("ТОО «Караганда Кадр» (демо)", "«Қарағанды Кадр» ЖШС (демо)", "Karaganda Kadr LLP (demo)", "KZ-35",
                    EnumSet.of(Placement.WITHIN_KAZAKHSTAN)),
            made("ТОО «Горняк Персонал» (демо)", "«Кенші Персонал» ЖШС (демо)", "Miner Personnel LLP (demo)",
                    "KZ-35", EnumSet.of(Placement.WITHIN_KAZAKHSTAN, Placement.FOREIGN_WORKERS_IN), "KG"),
            made("ТОО «Актобе Рекрут» (демо)", "«Ақтөбе Рекрут» ЖШС (демо)", "Aktobe Recruit LLP (demo)", "KZ-15",
                    EnumSet.of(Placement.WITHIN_KAZAKHSTAN)),
            made("ТОО «Каспий Вахта» (демо)", "«Каспий Вахта» ЖШС (демо)", "Caspian Shift LLP (demo)", "KZ-47",
                    EnumSet.of(Placement.WITHIN_KAZAKHSTAN, Placement.FOREIGN_WORKERS_IN), "UZ", "RU"),
            made("ТОО «Атырау Ойл Стафф» (демо)", "«Атырау Ойл Стафф» ЖШС (демо)", "Atyrau Oil Staff LLP (demo)",
                    "KZ-23", EnumSet.of(Placement.WITHIN_KAZAKHSTAN, Placement.ABROAD), "AE"),
            made("ТОО «Павлодар Еңбек» (демо)", "«Павлодар Еңбек» ЖШС (демо)", "Pavlodar Enbek LLP (demo)", "KZ-55",
                    EnumSet.of(Placement.WITHIN_KAZAKHSTAN)),
            made("ТОО «Усть-Каменогорск Кадры» (демо)", "«Өскемен Кадрлары» ЖШС (демо)",
                    "Oskemen Staffing LLP (demo)", "KZ-63", EnumSet.of(Placement.WITHIN_KAZAKHSTAN)),
            made("ТОО «Жетысу Агро Персонал» (демо)", "«Жетісу Агро Персонал» ЖШС (демо)",
                    "Zhetysu Agro Personnel LLP (demo)", "KZ-19", EnumSet.of(Placement.WITHIN_KAZAKHSTAN,
                            Placement.FOREIGN_WORKERS_IN), "UZ", "KG"),
            made("ТОО «Капшагай Сезон» (демо)", "«Қапшағай Маусым» ЖШС (демо)", "Kapshagay Season LLP (demo)",
                    "KZ-19", EnumSet.of(Placement.FOREIGN_WORKERS_IN), "UZ", "TJ"),
            made("ТОО «Тараз Жумысшы» (демо)", "«Тараз Жұмысшы» ЖШС (демо)", "Taraz Worker LLP (demo)", "KZ-31",
                    EnumSet.of(Placement.WITHIN_KAZAKHSTAN, Placement.ABROAD), "RU"),
            made("ТОО «Кызылорда Персонал» (демо)", "«Қызылорда Персонал» ЖШС (демо)",
                    "Kyzylorda Personnel LLP (demo)", "KZ-43", EnumSet.of(Placement.WITHIN_KAZAKHSTAN)),
            made("ТОО «Костанай Кадр Сервис» (демо)", "«Қостанай Кадр Сервис» ЖШС (демо)",
                    "Kostanay Staff Service LLP (demo)", "KZ-39", EnumSet.of(Placement.WITHIN_KAZAKHSTAN)),
            made("ТОО «Петропавловск Жумыс» (демо)", "«Петропавл Жұмыс» ЖШС (демо)", "Petropavl Zhumys LLP (demo)",
                    "KZ-59", EnumSet.of(Placement.WITHIN_KAZAKHSTAN, Placement.ABROAD), "RU"),
            made("ТОО «Уральск Трудовой Центр» (демо)", "«Орал Еңбек Орталығы» ЖШС (демо)",
                    "Oral Labour Centre LLP (demo)", "KZ-27", EnumSet.of(Placement.WITHIN_KAZAKHSTAN)));

    private static Made made(String ru, String kk, String en, String region, Set<Placement> placements,
            String... countries) {
        return new Made(ru, kk, en, region, placements, new TreeSet<>(List.of(countries)));
    }

    private final AgencyRegister register;
    private final ComplaintBook complaints;
    private final IntermediaryBook intermediaries;
    private final DemoDataEntry entry;
    private final JdbcClient jdbc;
    private final Today today;

    DemoAgencies(AgencyRegister register, ComplaintBook complaints, IntermediaryBook intermediaries,
            DemoDataEntry entry, JdbcClient jdbc,
            Today today) {
        this.register = register;
        this.complaints = complaints;
        this.intermediaries = intermediaries;
        this.entry = entry;
        this.jdbc = jdbc;
        this.today = today;
    }

    @Override
    public Class<?> module() {
        return AgencyRegister.class;
    }

    @Override
    public void enter() {
        if (jdbc.sql("select count(*) from agencies_agency").query(Long.class).single() > 0) {
            return;
        }
        Random random = new Random(SEED);
        LocalDate now = today.date();
        List<Long> ids = new ArrayList<>();
        // each agency's last fine, for the complaint that led to it
        Map<Long, Long> fines = new HashMap<>();
        entry.as(DemoOrganisations.LABOUR_ALMATY_REGION, user -> {
            for (int i = 0; i < AGENCIES.size(); i++) {
                Made made = AGENCIES.get(i);
                // the older ones licensed for five years, those since 2021 by notification without a term
                LocalDate issued = LocalDate.of(2016 + i % 8, 1 + random.nextInt(12), 1 + random.nextInt(28));
                LocalDate expires = issued.getYear() < 2021 ? issued.plusYears(5) : null;
                long id = register.register(new AgencyCommands.Registration(SyntheticBin.of(random), made.ru(), made
                        .kk(), made.en(), "г. " + (i + 1) + "-й демонстрационный проезд, " + (10 + i)
                                + " (вымышленный адрес)", RegionCode.of(made.region()), String.format(
                                        "%s-%d-%03d", made.region(), issued.getYear(), 10 + i), issued, expires, made
                                                .placements(), made.countries().stream().map(CountryCode::of)
                                                        .collect(Collectors.toCollection(TreeSet::new))));
                story(i, id, issued, expires, now, fines);
                ids.add(id);
            }
            return null;
        });
        complaints(ids, fines, now);
    }

    /**
     * Complaints brought against some of them, with their outcomes: the hotline's about fees charged for jobs in
     * Korea, which led to the fine; a consulate's about workers deceived abroad, referred to the police with the
     * revocation; an NGO's found unfounded; a worker's still pending.
     */
    private void complaints(List<Long> ids, Map<Long, Long> fines, LocalDate now) {
        long fined = ids.get(1);
        long fees = entry.as(DemoOrganisations.HOTLINE, user -> complaints.receive(fined,
                new AgencyCommands.ComplaintReceipt(now.minusMonths(5), ComplaintSource.HOTLINE, EnumSet.of(
                        Allegation.FEES_CHARGED, Allegation.NO_CONTRACT),
                        "Звонок на горячую линию (демо): с трёх работников взято по 300 000 тенге за визу в Корею.")));
        long revoked = ids.get(19);
        long deceived = entry.as(DemoOrganisations.CONSULATE, user -> complaints.receive(revoked,
                new AgencyCommands.ComplaintReceipt(now.minusMonths(7), ComplaintSource.CONSULATE, EnumSet.of(
                        Allegation.JOB_DECEPTION, Allegation.DOCUMENTS_RETAINED, Allegation.TRAFFICKING_INDICATORS),
                        "Обращение консульства (демо): работницы в ОАЭ без паспортов.")));
        long unfounded = entry.as(DemoOrganisations.CRISIS_CENTRES, user -> complaints.receive(ids.get(5),
                new AgencyCommands.ComplaintReceipt(now.minusMonths(3), ComplaintSource.NGO, EnumSet.of(
                        Allegation.NO_CONTRACT), null)));
        long pending = entry.as(DemoOrganisations.LABOUR_ALMATY_REGION, user -> {
            complaints.decide(fees, new AgencyCommands.ComplaintDecision(ComplaintOutcome.SANCTIONED, now.minusMonths(
                    4), fines.get(fined)));
            complaints.decide(deceived, new AgencyCommands.ComplaintDecision(ComplaintOutcome.REFERRED_TO_POLICE, now
                    .minusMonths(6), null));
            complaints.decide(unfounded, new AgencyCommands.ComplaintDecision(ComplaintOutcome.UNFOUNDED, now
                    .minusMonths(2), null));
            // a worker who came to the inspectorate: pending
            return complaints.receive(ids.get(11), new AgencyCommands.ComplaintReceipt(now.minusDays(9),
                    ComplaintSource.WORKER, EnumSet.of(Allegation.JOB_DECEPTION),
                    "Работник (демо): зарплата вдвое ниже обещанной."));
        });
        intermediaries(fees, deceived, pending, now);
    }

    /**
     * Informal intermediaries named in the complaints: a visa company named by the hotline and again, with its BIN, by
     * the worker who came to the inspectorate (one intermediary, two reports); a person who took the women to the
     * Emirates, named by the consulate.
     */
    private void intermediaries(long fees, long deceived, long pending, LocalDate now) {
        Set<IntermediaryActivity> abroad = EnumSet.of(IntermediaryActivity.JOBS_ABROAD, IntermediaryActivity.DOCUMENTS);
        entry.as(DemoOrganisations.HOTLINE, user -> intermediaries.report(new AgencyCommands.IntermediaryReport(
                IntermediaryKind.COMPANY, null, "ТОО «Синтетик Виза Сервис»", now.minusMonths(5),
                ReportSource.COMPLAINT,
                fees, null, abroad, RegionCode.of("KZ-75"))));
        entry.as(DemoOrganisations.CONSULATE, user -> intermediaries.report(new AgencyCommands.IntermediaryReport(
                IntermediaryKind.PERSON, null, "Демо Посредников Арман", now.minusMonths(7), ReportSource.COMPLAINT,
                deceived, null, EnumSet.of(IntermediaryActivity.JOBS_ABROAD, IntermediaryActivity.TRANSPORT), null)));
        entry.as(DemoOrganisations.LABOUR_ALMATY_REGION, user -> intermediaries.report(
                new AgencyCommands.IntermediaryReport(IntermediaryKind.COMPANY, SyntheticBin.of(new Random(16)),
                        "Синтетик виза сервис ТОО", now.minusDays(9), ReportSource.COMPLAINT, pending, null,
                        abroad, RegionCode.of("KZ-19"))));
    }

    /** A step of an agency's story, taken on its day. */
    private record Step(LocalDate on, Runnable take) {
    }

    /**
     * What happened to some of the agencies since, taken in the order of their days (a licence's decisions are
     * appended in that order): renewals, suspensions, a revocation, warnings and fines.
     */
    private void story(int i, long id, LocalDate issued, LocalDate expires, LocalDate now, Map<Long, Long> fines) {
        List<Step> steps = new ArrayList<>();
        // renewed a month before it runs out, for five more years each time (the ninth left to expire)
        for (LocalDate until = expires; until != null && i != 8 && !until.isAfter(now.plusMonths(1)); until = until
                .plusYears(5)) {
            LocalDate on = until.minusMonths(1);
            LocalDate renewed = until.plusYears(5);
            steps.add(new Step(on, () -> register.decide(id, new AgencyCommands.LicenceDecision(DecisionKind.RENEWED,
                    on, renewed, BODY, "Приказ о продлении № " + (100 + i) + " (демо)"))));
        }
        switch (i) {
            case 1 -> {
                steps.add(sanction(id, fines, SanctionKind.WARNING, issued.plusYears(2), null,
                        "Договор с работником не заключён в письменной форме"));
                steps.add(sanction(id, fines, SanctionKind.FINE, now.minusMonths(4), 368_000L,
                        "С работников взята плата за трудоустройство за рубежом"));
            }
            case 3 -> {
                steps.add(sanction(id, fines, SanctionKind.SUSPENSION, issued.plusYears(1).plusMonths(2), null,
                        "Не представлены сведения о трудоустроенных за рубежом"));
                LocalDate reinstated = issued.plusYears(1).plusMonths(5);
                steps.add(new Step(reinstated, () -> register.decide(id, new AgencyCommands.LicenceDecision(
                        DecisionKind.REINSTATED, reinstated, null, BODY, "Приказ о возобновлении № 31 (демо)"))));
            }
            case 11 -> steps.add(sanction(id, fines, SanctionKind.WARNING, now.minusMonths(2), null,
                    "Вакансии размещены без указания условий труда"));
            case 18 -> {
                steps.add(sanction(id, fines, SanctionKind.FINE, now.minusMonths(8), 552_000L,
                        "Удержание документов работников-мигрантов"));
                steps.add(sanction(id, fines, SanctionKind.SUSPENSION, now.minusMonths(1), null,
                        "Повторное удержание документов работников-мигрантов"));
            }
            case 19 -> {
                steps.add(sanction(id, fines, SanctionKind.REVOCATION, now.minusMonths(6), null,
                        "Признаки торговли людьми: обман об условиях работы за рубежом"));
                steps.add(sanction(id, fines, SanctionKind.POLICE_REFERRAL, now.minusMonths(6), null,
                        "Признаки торговли людьми: обман об условиях работы за рубежом"));
            }
            case 21 -> steps.add(sanction(id, fines, SanctionKind.FINE, now.minusYears(2), 184_000L,
                    "Не представлена отчётность о трудоустроенных"));
            default -> {
                // no sanction
            }
        }
        steps.stream().sorted(Comparator.comparing(Step::on)).forEach(step -> step.take().run());
    }

    /** A sanction of the agency on its day; a fine's id kept in {@code fines}. */
    private Step sanction(long id, Map<Long, Long> fines, SanctionKind kind, LocalDate on, Long fine,
            String violation) {
        return new Step(on, () -> {
            long sanction = register.sanction(id, new AgencyCommands.SanctionDecision(kind, on, BODY,
                    "Постановление № " + on.getYear() + "/" + on.getDayOfYear() + " (демо)", fine, violation));
            if (kind == SanctionKind.FINE) {
                fines.put(id, sanction);
            }
        });
    }
}
