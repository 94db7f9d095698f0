package kz.qorgau.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.springframework.context.annotation.Conditional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.hotline.CallLog;
import kz.qorgau.hotline.CallNotifications;
import kz.qorgau.hotline.CallType;
import kz.qorgau.hotline.CallerType;
import kz.qorgau.hotline.Channel;
import kz.qorgau.hotline.FundingSource;
import kz.qorgau.hotline.HotlineCommands;
import kz.qorgau.hotline.HotlineFunding;
import kz.qorgau.hotline.TipBox;
import kz.qorgau.hotline.Topic;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Today;
import kz.qorgau.system.DeploymentMode;

/**
 * The hotline's demo records: its real calls of each year from 2016 (841, 1,350, 1,834 and 1,834 in 2016 to 2019, the
 * figures public sources give; made-up counts after), with about one in nine more counted apart (wrong numbers,
 * silent calls, spam, abuse), entered as earlier records whose requests and reports were closed before Qorgau; its
 * funding by year and source (no state money in 2022, as the seed report says); and this week's calls through the
 * operators' own services: a report notified to the Almaty police and registered in ERDR, one notified and awaiting
 * the answer, a request for help whose caller became a victim record, two awaiting a follow-up, and a tip from the
 * public form.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoHotline implements DemoData {

    /** Real calls by year: 2016–2019 as published, the later years made up. */
    static final Map<Integer, Integer> REAL_CALLS = Map.ofEntries(Map.entry(2016, 841), Map.entry(2017, 1_350), Map
            .entry(2018, 1_834), Map.entry(2019, 1_834), Map.entry(2020, 1_512), Map.entry(2021, 1_633), Map.entry(
                    2022, 1_701), Map.entry(2023, 1_688), Map.entry(2024, 1_745), Map.entry(2025, 1_790));
    static final String CLOSED = "Обращение принято до Qorgau; меры по нему не перенесены (демо).";

    private static final List<Channel> CHANNELS = List.of(Channel.PHONE, Channel.PHONE, Channel.PHONE, Channel.PHONE,
            Channel.PHONE, Channel.PHONE, Channel.PHONE, Channel.WHATSAPP, Channel.WHATSAPP, Channel.TELEGRAM,
            Channel.EMAIL, Channel.WALK_IN);
    private static final List<CallType> TYPES = List.of(CallType.INFORMATION_ABROAD, CallType.INFORMATION_ABROAD,
            CallType.INFORMATION_ABROAD, CallType.INFORMATION_ABROAD, CallType.AGENCY_CHECK, CallType.AGENCY_CHECK,
            CallType.HELP_REQUEST, CallType.SUSPECTED_CASE, CallType.OTHER, CallType.OTHER);
    private static final List<CallType> APART = List.of(CallType.WRONG_NUMBER, CallType.WRONG_NUMBER,
            CallType.WRONG_NUMBER, CallType.SILENT, CallType.SILENT, CallType.SPAM, CallType.ABUSIVE);
    private static final List<String> LANGUAGES = List.of("ru", "ru", "ru", "ru", "kk", "kk", "ky", "uz", "tg", "en");
    private static final List<String> REGIONS = List.of("KZ-75", "KZ-75", "KZ-71", "KZ-71", "KZ-19", "KZ-79", "KZ-55",
            "KZ-61", "KZ-23", "KZ-33");

    private final CallLog log;
    private final CallNotifications notifications;
    private final TipBox tips;
    private final HotlineFunding funding;
    private final OrganisationRegistry organisations;
    private final DemoDataEntry entry;
    private final JdbcClient jdbc;
    private final Today today;

    DemoHotline(CallLog log, CallNotifications notifications, TipBox tips, HotlineFunding funding,
            OrganisationRegistry organisations, DemoDataEntry entry, JdbcClient jdbc, Today today) {
        this.log = log;
        this.notifications = notifications;
        this.tips = tips;
        this.funding = funding;
        this.organisations = organisations;
        this.entry = entry;
        this.jdbc = jdbc;
        this.today = today;
    }

    @Override
    public Class<?> module() {
        return CallLog.class;
    }

    @Override
    public void enter() {
        if (jdbc.sql("select count(*) from hotline_call").query(Long.class).single() > 0) {
            return;
        }
        LocalDate now = today.date();
        ZoneId zone = today.zone();
        for (int year = 2016; year <= now.getYear(); year++) {
            // the current year's calls until last week, at the same pace
            int days = year < now.getYear() ? LocalDate.of(year, 12, 31).getDayOfYear() : now.getDayOfYear() - 7;
            int real = REAL_CALLS.getOrDefault(year, 1_700) * days / LocalDate.of(year, 12, 31).getDayOfYear();
            List<HotlineCommands.CallEntry> calls = year(year, real, days, zone);
            entry.as(DemoOrganisations.HOTLINE, user -> log.logEarlier(calls, CLOSED));
        }
        funding();
        thisWeek(now, zone);
    }

    /** A year's calls, spread over its first days: the real ones, and one in nine more counted apart. */
    private static List<HotlineCommands.CallEntry> year(int year, int real, int days, ZoneId zone) {
        Random random = new Random(year);
        List<HotlineCommands.CallEntry> calls = new ArrayList<>();
        for (int i = 0; i < real + real / 9; i++) {
            boolean apart = i >= real;
            Instant at = LocalDate.ofYearDay(year, 1 + random.nextInt(days)).atTime(8 + random.nextInt(12), random
                    .nextInt(60)).atZone(zone).toInstant();
            if (apart) {
                calls.add(new HotlineCommands.CallEntry(Channel.PHONE, at, null, 0, CallerType.UNKNOWN, true, null,
                        null, APART.get(random.nextInt(APART.size())), Set.of(), null, null));
                continue;
            }
            CallType type = TYPES.get(random.nextInt(TYPES.size()));
            Set<Topic> topics = EnumSet.noneOf(Topic.class);
            topics.add(type == CallType.INFORMATION_ABROAD || type == CallType.AGENCY_CHECK ? Topic.WORK_ABROAD
                    : Topic.values()[random.nextInt(Topic.values().length)]);
            CallerType caller = type == CallType.HELP_REQUEST ? CallerType.POSSIBLE_VICTIM
                    : CallerType.values()[random.nextInt(CallerType.values().length)];
            String region = random.nextInt(5) == 0 ? null : REGIONS.get(random.nextInt(REGIONS.size()));
            calls.add(new HotlineCommands.CallEntry(CHANNELS.get(random.nextInt(CHANNELS.size())), at, LANGUAGES.get(
                    random.nextInt(LANGUAGES.size())), 2 + random.nextInt(15), caller, true, region == null ? null
                            : RegionCode.of(region), random.nextInt(4) == 0 ? CountryCode.of(List.of("RU", "KR", "TR",
                                    "AE").get(random.nextInt(4))) : null, type, topics, null, null));
        }
        return calls;
    }

    /** The hotline's money by year: international and donors' money; from the state only before 2022. */
    private void funding() {
        entry.as(DemoOrganisations.HOTLINE, user -> {
            for (int year = 2019; year <= 2025; year++) {
                funding.record(new HotlineCommands.Funding(year, FundingSource.STATE, year < 2022 ? 9_600_000L : 0L,
                        "Отчёт НПО о финансировании горячей линии за " + year + " год (демо)", null));
                funding.record(new HotlineCommands.Funding(year, FundingSource.INTERNATIONAL, 14_000_000L + 500_000L
                        * (year - 2019), "Грантовое соглашение с международной организацией, " + year + " (демо)",
                        null));
                funding.record(new HotlineCommands.Funding(year, FundingSource.PRIVATE_DONORS, 1_200_000L,
                        "Пожертвования, " + year + " (демо)", null));
            }
            return null;
        });
    }

    /** This week's calls, through the operators' and the police's own services. */
    private void thisWeek(LocalDate now, ZoneId zone) {
        long police = organisations.findByName(DemoOrganisations.POLICE_ALMATY).orElseThrow().id();
        Instant monday = now.minusDays(3).atTime(10, 5).atZone(zone).toInstant();
        long registered = entry.as(DemoOrganisations.HOTLINE, user -> {
            long id = log.log(new HotlineCommands.CallEntry(Channel.PHONE, monday, "ru", 9, CallerType.RELATIVE, true,
                    RegionCode.of("KZ-75"), CountryCode.of("KZ"), CallType.SUSPECTED_CASE, EnumSet.of(
                            Topic.LABOUR_EXPLOITATION, Topic.DOCUMENTS_RETAINED), "Демо: брат работает на складе в"
                                    + " Алматы, паспорт у работодателя, зарплату не платят третий месяц.", null));
            log.notifyPolice(id, police);
            return id;
        });
        String erdr = jdbc.sql("""
                select c.erdr_number from statistics_case s join cases_case c on c.id = s.id
                where s.forced_labour order by s.registered_on desc, c.id limit 1""").query(String.class).optional()
                .orElse(null);
        if (erdr != null) {
            entry.as(DemoOrganisations.POLICE_ALMATY, user -> {
                notifications.registered(registered, erdr);
                return null;
            });
        }
        entry.as(DemoOrganisations.HOTLINE, user -> {
            long awaiting = log.log(new HotlineCommands.CallEntry(Channel.TELEGRAM, now.minusDays(1).atTime(16, 40)
                    .atZone(zone).toInstant(), "kk", 5, CallerType.WITNESS, true, RegionCode.of("KZ-75"), null,
                    CallType.SUSPECTED_CASE, EnumSet.of(Topic.SEXUAL_EXPLOITATION), "Демо: в сауне на окраине живут"
                            + " девушки, которых не выпускают.", null));
            log.notifyPolice(awaiting, police);
            long helped = log.log(new HotlineCommands.CallEntry(Channel.WHATSAPP, now.minusDays(2).atTime(11, 20)
                    .atZone(zone).toInstant(), "ky", 14, CallerType.POSSIBLE_VICTIM, false, RegionCode.of("KZ-75"),
                    CountryCode.of("KG"), CallType.HELP_REQUEST, EnumSet.of(Topic.DEBT_BONDAGE,
                            Topic.MIGRATION_STATUS), "Демо: работник из Кыргызстана, долг перед посредником,"
                                    + " просит помочь вернуться домой.", "+996 555 000 111 (демо)"));
            jdbc.sql("select reference from victims_victim where registered_by_organisation_id = ? order by id desc"
                    + " limit 1").param(user.organisationId()).query(String.class).optional().ifPresent(
                            victim -> log.identified(helped, victim));
            log.log(new HotlineCommands.CallEntry(Channel.PHONE, null, "ru", 7, CallerType.POSSIBLE_VICTIM, true,
                    RegionCode.of("KZ-71"), CountryCode.of("RU"), CallType.HELP_REQUEST, EnumSet.of(
                            Topic.RECRUITMENT_FRAUD, Topic.WORK_ABROAD), "Демо: звонок из России, работу обещали"
                                    + " другую, документы забрали.", null));
            log.log(HotlineCommands.CallEntry.quick(CallType.WRONG_NUMBER));
            return null;
        });
        tips.receive(new HotlineCommands.Tip("Демо: на стройке у трассы рабочие-мигранты живут в вагончиках под"
                + " замком, их выводят только на работу.", RegionCode.of("KZ-19"), CountryCode.of("KZ"), null, "uz"),
                "demo");
    }
}
