package kz.qorgau.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.referrals.FundingSource;
import kz.qorgau.referrals.ReferralCommands;
import kz.qorgau.referrals.ReferralKind;
import kz.qorgau.referrals.ReferralList;
import kz.qorgau.referrals.ReferralMechanism;
import kz.qorgau.referrals.ReferralStatus;
import kz.qorgau.referrals.ReferralViews;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shelters.AllocationSource;
import kz.qorgau.shelters.BedGroup;
import kz.qorgau.shelters.DischargeReason;
import kz.qorgau.shelters.OverflowReason;
import kz.qorgau.shelters.Settlement;
import kz.qorgau.shelters.ShelterCommands;
import kz.qorgau.shelters.ShelterFunding;
import kz.qorgau.shelters.ShelterKind;
import kz.qorgau.shelters.ShelterRegister;
import kz.qorgau.shelters.ShelterStays;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.SystemActor;
import kz.qorgau.system.SystemSettings;
import kz.qorgau.victims.VictimDetails;

/**
 * Demo mode: the Almaty crisis centre «Жарық» in the register (entered by the demo special social services officer,
 * its beds set by its case worker) and the stay of the farm worker whom the labour inspectorate referred to it: admitted
 * the day after identification and still there, his special social services period ending within the month (the
 * police see on their case that he is sheltered, not where).
 * <p>
 * The seed report's shelter figures from records: 10 NGO-run shelters funded by the state in 2021 and 2022, with
 * 107,000,000 KZT (USD 231,330) in 2021 and 101,000,000 KZT (USD 218,360) in 2022. «Жарық» and nine shelters of the
 * union of crisis centres in other regions ({@link #FUNDED}, most in cities, two in rural districts), each with its
 * year's allocation from the local budget or the state social order at the year's rate (the report's tenge over its
 * dollars), «Жарық» also with a donor's grant in 2022 (not state funding); the same allocations again in the current
 * year. The victims that «Жарық» identified itself in 2021 and 2022 ({@link DemoVictimYears}) stayed there as walk-ins
 * from the day they were identified, one of them with the special social services period extended to nine months.
 * Up to three victims of 2021 and 2022 in each region of the union's shelters were referred there for shelter by the
 * organisation that keeps their record ({@link #referredToTheUnion}), so that the funding model compares each
 * shelter's money with victims it served.
 * <p>
 * At {@code qorgau.demo.scale} s > 1 the union's shelters also take in a third of the random victims of their regions
 * ({@link #volume}), so that the funding model and the occupancy are measured over stays at that volume.
 * <p>
 * Addresses are synthetic. Seeded once: nothing is added when a shelter exists.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoShelters implements DemoData {

    /**
     * A shelter of the union with its beds (women, men, children, families), the day it opened and its state funding
     * of 2021 and 2022 (KZT).
     */
    private record Funded(String name, String region, String district, Settlement settlement, int women, int men,
            int children, int families, LocalDate opened, AllocationSource source, long kzt2021, long kzt2022) {

        int beds(BedGroup group) {
            return switch (group) {
                case WOMEN -> women;
                case MEN -> men;
                case CHILDREN -> children;
                case FAMILIES -> families;
            };
        }
    }

    static final List<Funded> FUNDED = List.of(
            new Funded("Приют «Шапағат» (демо)", "KZ-71", "район Сарыарка", Settlement.URBAN, 10, 4, 4, 2,
                    LocalDate.of(2014, 9, 1), AllocationSource.STATE_SOCIAL_ORDER, 14_000_000, 13_500_000),
            new Funded("Кризисный центр «Мейірім» (демо)", "KZ-79", "Абайский район", Settlement.URBAN, 8, 4, 4, 2,
                    LocalDate.of(2016, 2, 1), AllocationSource.STATE_SOCIAL_ORDER, 12_500_000, 12_000_000),
            new Funded("Приют «Сенім» (демо)", "KZ-35", "г. Караганда", Settlement.URBAN, 8, 2, 4, 2,
                    LocalDate.of(2013, 5, 1), AllocationSource.LOCAL_BUDGET, 11_000_000, 10_500_000),
            new Funded("Приют «Үміт» (демо)", "KZ-15", "г. Актобе", Settlement.URBAN, 6, 2, 2, 2,
                    LocalDate.of(2017, 3, 1), AllocationSource.LOCAL_BUDGET, 9_500_000, 9_000_000),
            new Funded("Приют «Жол» (демо)", "KZ-61", "Сайрамский район", Settlement.RURAL, 6, 6, 2, 2,
                    LocalDate.of(2018, 6, 1), AllocationSource.STATE_SOCIAL_ORDER, 10_000_000, 9_500_000),
            new Funded("Кризисный центр «Ана үйі» (демо)", "KZ-63", "г. Усть-Каменогорск", Settlement.URBAN, 6, 2, 2,
                    2, LocalDate.of(2015, 11, 1), AllocationSource.LOCAL_BUDGET, 9_000_000, 8_500_000),
            new Funded("Приют «Достық» (демо)", "KZ-55", "г. Павлодар", Settlement.URBAN, 6, 2, 2, 0,
                    LocalDate.of(2016, 8, 1), AllocationSource.STATE_SOCIAL_ORDER, 8_500_000, 8_000_000),
            new Funded("Приют «Бірлік» (демо)", "KZ-39", "г. Костанай", Settlement.URBAN, 5, 2, 2, 0,
                    LocalDate.of(2019, 1, 15), AllocationSource.LOCAL_BUDGET, 8_000_000, 7_500_000),
            new Funded("Приют «Таң» (демо)", "KZ-31", "Байзакский район", Settlement.RURAL, 5, 3, 2, 0,
                    LocalDate.of(2019, 4, 1), AllocationSource.STATE_SOCIAL_ORDER, 8_500_000, 7_500_000));
    /** «Жарық»'s state funding of 2021 and 2022 (the state social order), completing the report's totals. */
    private static final long ZHARYK_2021 = 16_000_000;
    private static final long ZHARYK_2022 = 15_000_000;
    /** The tenge per dollar of each year: the report's tenge over its dollars, to four places. */
    private static final BigDecimal RATE_2021 = new BigDecimal("462.5427");
    private static final BigDecimal RATE_2022 = new BigDecimal("462.5389");
    /** The nights each of «Жарық»'s own victims of 2021 and 2022 stayed, in the order they were identified. */
    private static final int[] NIGHTS = { 40, 200, 60, 30, 90 };
    private static final long KZT_A_NIGHT = 6_000;
    /** The victims of a region referred to the union's shelter there, and the nights each stayed, in turn. */
    private static final int REFERRED_A_REGION = 3;
    private static final int[] UNION_NIGHTS = { 45, 120, 30, 75, 60, 21, 90, 150 };
    private static final long VOLUME_SEED = 20_230_114L;
    private static final Logger log = LoggerFactory.getLogger(DemoShelters.class);

    private final ShelterRegister register;
    private final ShelterStays stays;
    private final ShelterFunding funding;
    private final ReferralList referrals;
    private final OrganisationRegistry organisations;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final DisplayFormat format;
    private final DemoDataEntry entry;
    private final ReferralMechanism mechanism;
    private final VictimDetails victims;
    private final int scale;
    private final TransactionTemplate transactions;

    DemoShelters(ShelterRegister register, ShelterStays stays, ShelterFunding funding, ReferralList referrals,
            OrganisationRegistry organisations, Accounts accounts, JdbcClient jdbc, DisplayFormat format,
            DemoDataEntry entry, ReferralMechanism mechanism, VictimDetails victims, SystemSettings settings,
            TransactionTemplate transactions) {
        this.scale = settings.demo().scale();
        this.transactions = transactions;
        this.entry = entry;
        this.mechanism = mechanism;
        this.victims = victims;
        this.register = register;
        this.stays = stays;
        this.funding = funding;
        this.referrals = referrals;
        this.organisations = organisations;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.format = format;
    }

    @Override
    public Class<?> module() {
        return ShelterRegister.class;
    }

    @Override
    public void enter() {
        if (jdbc.sql("select count(*) from shelters_shelter").query(Long.class).single() > 0
                || accounts.principal("social").isEmpty() || accounts.principal("caseworker").isEmpty()) {
            return;
        }
        QorgauUser social = accounts.principal("social").orElseThrow();
        QorgauUser caseworker = accounts.principal("caseworker").orElseThrow();
        long operator = organisations.findByName(DemoOrganisations.SHELTER_ALMATY).orElseThrow().id();
        LocalDate opened = LocalDate.of(2015, 3, 1);
        long shelter = ActingAs.call(social, () -> register.register(new ShelterCommands.Registration(operator,
                DemoOrganisations.SHELTER_ALMATY,
                ShelterKind.CRISIS_CENTRE, new RegionCode("KZ-75"), "Алмалинский район", Settlement.URBAN,
                "г. Алматы, ул. Демонстрационная, 1 (вымышленный адрес)", Set.of(ServiceType.SHELTER,
                        ServiceType.PSYCHOLOGICAL, ServiceType.LEGAL, ServiceType.MEDICAL), Set.of("kk", "ru", "en"),
                true, opened)));
        ActingAs.call(caseworker, () -> {
            register.changeCapacity(shelter, new ShelterCommands.CapacityChange(BedGroup.WOMEN, 12, opened));
            register.changeCapacity(shelter, new ShelterCommands.CapacityChange(BedGroup.CHILDREN, 6, opened));
            register.changeCapacity(shelter, new ShelterCommands.CapacityChange(BedGroup.FAMILIES, 4, opened));
            register.changeCapacity(shelter, new ShelterCommands.CapacityChange(BedGroup.MEN, 2, opened));
            register.changeCapacity(shelter, new ShelterCommands.CapacityChange(BedGroup.MEN, 4, LocalDate.of(2022, 7,
                    1)));
            return null;
        });
        LocalDate today = format.today();
        long union = organisations.findByName(DemoOrganisations.CRISIS_CENTRES).orElseThrow().id();
        Map<Long, Funded> unionShelters = new LinkedHashMap<>();
        ActingAs.call(social, () -> {
            int year = today.getYear();
            allocate(shelter, 2021, AllocationSource.STATE_SOCIAL_ORDER, ZHARYK_2021, RATE_2021);
            allocate(shelter, 2022, AllocationSource.STATE_SOCIAL_ORDER, ZHARYK_2022, RATE_2022);
            funding.allocate(shelter, new ShelterCommands.AllocationEntry(2022, AllocationSource.INTERNATIONAL_DONOR,
                    null, 5_000_000L, RATE_2022, "Грантовое соглашение № G-22/07 (демо)"));
            if (year > 2022) {
                allocate(shelter, year, AllocationSource.STATE_SOCIAL_ORDER, ZHARYK_2022, RATE_2022);
            }
            for (Funded funded : FUNDED) {
                long id = register.register(new ShelterCommands.Registration(union, funded.name(),
                        ShelterKind.SHELTER, new RegionCode(funded.region()), funded.district(), funded.settlement(),
                        funded.district() + ", ул. Демонстрационная, " + (FUNDED.indexOf(funded) + 2)
                                + " (вымышленный адрес)",
                        Set.of(ServiceType.SHELTER, ServiceType.PSYCHOLOGICAL, ServiceType.LEGAL), Set.of("kk", "ru"),
                        funded.settlement() == Settlement.URBAN, funded.opened()));
                unionShelters.put(id, funded);
                beds(id, BedGroup.WOMEN, funded.women(), funded.opened());
                beds(id, BedGroup.MEN, funded.men(), funded.opened());
                beds(id, BedGroup.CHILDREN, funded.children(), funded.opened());
                beds(id, BedGroup.FAMILIES, funded.families(), funded.opened());
                allocate(id, 2021, funded.source(), funded.kzt2021(), RATE_2021);
                allocate(id, 2022, funded.source(), funded.kzt2022(), RATE_2022);
                if (year > 2022) {
                    allocate(id, year, funded.source(), funded.kzt2022(), RATE_2022);
                }
            }
            return null;
        });
        ActingAs.call(caseworker, () -> {
            walkIns(shelter, operator, today);
            return null;
        });
        referredToTheUnion(unionShelters, union, today);
        if (scale > 1) {
            transactions.executeWithoutResult(status -> volume(unionShelters, union, today));
        }
        ActingAs.call(caseworker, () -> {
            referrals.inbox(ReferralStatus.ACCEPTED, PageRequest.of(0, 20)).items().stream()
                    .filter(referral -> referral.services().contains(ServiceType.SHELTER)).findFirst()
                    .ifPresent(referral -> {
                        LocalDate arrived = jdbc.sql("select identified_on from victims_victim where id = ?")
                                .param(referral.victimId()).query(LocalDate.class).single().plusDays(1);
                        stays.admit(shelter, new ShelterCommands.Admission(referral.victimId(), referral.id(),
                                BedGroup.MEN, arrived.isAfter(today) ? today : arrived, null,
                                FundingSource.STATE_BUDGET));
                    });
            return null;
        });
    }

    private record WalkIn(long id, LocalDate identifiedOn, boolean child, String sex) {
    }

    /** The nights a bed is held: from admission to the morning of discharge. */
    private record Held(LocalDate admittedOn, LocalDate dischargedOn) {
    }

    /** A victim of 2021 or 2022 in a region where the union runs a shelter, with the organisation that keeps it. */
    private record Referable(long id, long owner, LocalDate identifiedOn, boolean child, String sex, String region) {
    }

    /**
     * The victims of 2021 and 2022 identified in the regions of the union's shelters (at most {@link #REFERRED_A_REGION}
     * a region, in the order they were registered, those whose consent allows it): referred for shelter by the
     * organisation that keeps the record, accepted by the union and admitted to its shelter of the region the day after
     * identification, discharged after {@link #UNION_NIGHTS} nights. A bed group full on a night is left alone (no
     * overflow in the demo). So the funding model has victims served beside each shelter's money, and the shelters'
     * money follows neither: one region's shelter served three, another none.
     */
    private void referredToTheUnion(Map<Long, Funded> shelters, long union, LocalDate today) {
        Map<String, Long> inRegion = new HashMap<>();
        shelters.forEach((id, funded) -> inRegion.put(funded.region(), id));
        List<Referable> referable = jdbc.sql("""
                select v.id, v.owner_organisation_id, v.identified_on,
                       v.child or coalesce(v.age_at_identification < 18, false), v.sex, v.region_code
                from victims_victim v
                where v.region_code = any(:regions) and v.owner_organisation_id <> :union
                  and v.identified_on >= date '2021-01-01' and v.identified_on < date '2023-01-01'
                  and not exists (select 1 from shelters_stay s where s.victim_id = v.id)
                order by v.id""").param("regions", inRegion.keySet().toArray(String[]::new)).param("union", union)
                .query((rs, n) -> new Referable(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs
                        .getBoolean(4), rs.getString(5), rs.getString(6)))
                .list();
        Map<String, Integer> referred = new HashMap<>();
        Map<String, List<Held>> taken = new HashMap<>();
        int n = 0;
        for (Referable victim : referable) {
            long shelter = inRegion.get(victim.region());
            Funded funded = shelters.get(shelter);
            BedGroup group = victim.child() ? BedGroup.CHILDREN
                    : "MALE".equals(victim.sex()) ? BedGroup.MEN : BedGroup.WOMEN;
            int nights = UNION_NIGHTS[n % UNION_NIGHTS.length];
            LocalDate admitted = victim.identifiedOn().plusDays(1);
            Held period = new Held(admitted, admitted.plusDays(nights));
            List<Held> held = taken.computeIfAbsent(shelter + "/" + group, key -> new ArrayList<>());
            long overlapping = held.stream().filter(other -> other.admittedOn().isBefore(period.dischargedOn())
                    && period.admittedOn().isBefore(other.dischargedOn())).count();
            if (referred.getOrDefault(victim.region(), 0) >= REFERRED_A_REGION || admitted.isAfter(today)
                    || overlapping >= funded.beds(group)) {
                continue;
            }
            String owner = organisations.find(victim.owner()).orElseThrow().nameRu();
            ReferralViews.ReferralView referral = entry.as(owner, user -> victims.referralFacts(victim.id())
                    .mayBeReferred() ? mechanism.send(new ReferralCommands.NewReferral(victim.id(), union, Set.of(
                            ServiceType.SHELTER, ServiceType.PSYCHOLOGICAL), ReferralKind.REFERRAL, null, null))
                            : null);
            if (referral == null) {
                continue;
            }
            referred.merge(victim.region(), 1, Integer::sum);
            held.add(period);
            int i = n++;
            entry.as(DemoOrganisations.CRISIS_CENTRES, user -> {
                mechanism.accept(referral.id());
                long stay = stays.admit(shelter, new ShelterCommands.Admission(victim.id(), referral.id(), group,
                        admitted, null, FundingSource.STATE_BUDGET));
                if (!period.dischargedOn().isAfter(today)) {
                    stays.discharge(shelter, stay, new ShelterCommands.Discharge(i % 3 == 2
                            ? DischargeReason.LEFT_ON_OWN_DECISION : DischargeReason.SERVICES_COMPLETED, period
                                    .dischargedOn(), nights * KZT_A_NIGHT));
                }
                return null;
            });
        }
    }

    /**
     * Benchmark volume ({@code qorgau.demo.scale} s > 1): one in three of the random victims identified in a region of
     * the union's shelters, in the order they were registered, whose consent allows it and who were identified after the
    * shelter opened, referred there for shelter by
     * the organisation that keeps the record, accepted and admitted the day after identification, discharged after
     * {@link #UNION_NIGHTS} nights in turn (those whose nights end after today still there). The victims are s − 1
     * times the country's and the beds are not, so a group whose beds are all taken admits over capacity with its
     * reason: the nights over capacity are counted like the others. Seeded by the scale.
     */
    private void volume(Map<Long, Funded> shelters, long union, LocalDate today) {
        long started = System.nanoTime();
        Map<String, Long> inRegion = new HashMap<>();
        shelters.forEach((id, funded) -> inRegion.put(funded.region(), id));
        List<Referable> referable = jdbc.sql("""
                select v.id, v.owner_organisation_id, v.identified_on,
                       v.child or coalesce(v.age_at_identification < 18, false), v.sex, v.region_code
                from victims_victim v
                where v.registered_by = :system and v.region_code = any(:regions)
                  and v.owner_organisation_id <> :union and v.person_id is not null
                  and not exists (select 1 from shelters_stay s where s.victim_id = v.id)
                  and not exists (select 1 from referrals_referral r where r.victim_id = v.id)
                order by v.id""").param("system", SystemActor.NAME)
                .param("regions", inRegion.keySet().toArray(String[]::new)).param("union", union)
                .query((rs, n) -> new Referable(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs
                        .getBoolean(4), rs.getString(5), rs.getString(6)))
                .list();
        Random random = new Random(VOLUME_SEED + scale);
        Map<Long, String> owners = new HashMap<>();
        int admitted = 0;
        for (Referable victim : referable) {
            LocalDate arrived = victim.identifiedOn().plusDays(1);
            long shelter = inRegion.get(victim.region());
            if (random.nextInt(3) != 0 || arrived.isAfter(today) || arrived.isBefore(shelters.get(shelter).opened())) {
                continue;
            }
            String owner = owners.computeIfAbsent(victim.owner(), id -> organisations.find(id).orElseThrow()
                    .nameRu());
            ReferralViews.ReferralView referral = entry.as(owner, user -> victims.referralFacts(victim.id())
                    .mayBeReferred() ? mechanism.send(new ReferralCommands.NewReferral(victim.id(), union, Set.of(
                            ServiceType.SHELTER), ReferralKind.REFERRAL, null, null)) : null);
            if (referral == null) {
                continue;
            }
            BedGroup group = victim.child() ? BedGroup.CHILDREN
                    : "MALE".equals(victim.sex()) ? BedGroup.MEN : BedGroup.WOMEN;
            int nights = UNION_NIGHTS[admitted++ % UNION_NIGHTS.length];
            LocalDate leaves = arrived.plusDays(nights);
            entry.as(DemoOrganisations.CRISIS_CENTRES, user -> {
                mechanism.accept(referral.id());
                long stay = stays.admit(shelter, new ShelterCommands.Admission(victim.id(), referral.id(), group,
                        arrived, OverflowReason.NO_OTHER_SHELTER_NEARBY, FundingSource.STATE_BUDGET));
                if (!leaves.isAfter(today)) {
                    stays.discharge(shelter, stay, new ShelterCommands.Discharge(DischargeReason.SERVICES_COMPLETED,
                            leaves, nights * KZT_A_NIGHT));
                }
                return null;
            });
        }
        log.info("Demo mode (scale {}): {} stays of random victims in the union's shelters entered in {} ms", scale,
                admitted,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void beds(long shelter, BedGroup group, int beds, LocalDate from) {
        if (beds > 0) {
            register.changeCapacity(shelter, new ShelterCommands.CapacityChange(group, beds, from));
        }
    }

    private void allocate(long shelter, int year, AllocationSource source, long kzt, BigDecimal rate) {
        String contract = source == AllocationSource.STATE_SOCIAL_ORDER ? "ГСЗ-" + year + "/" + shelter + " (демо)"
                : null;
        funding.allocate(shelter, new ShelterCommands.AllocationEntry(year, source, contract, kzt, rate,
                "Приказ о распределении средств на " + year + " год (демо)"));
    }

    /**
     * The victims «Жарық» identified itself in 2021 and 2022, first the scripted ones, admitted as walk-ins on the day
     * they were identified (children to the children's beds), each discharged after its nights, the second with the
     * special social services period extended first.
     */
    private void walkIns(long shelter, long operator, LocalDate today) {
        List<WalkIn> victims = jdbc.sql("""
                select v.id, v.identified_on, v.child or coalesce(v.age_at_identification < 18, false) as child, v.sex
                from victims_victim v
                where v.owner_organisation_id = ? and v.identified_on >= date '2021-01-01'
                  and v.identified_on < date '2023-01-01'
                order by v.id limit ?""").params(operator, NIGHTS.length).query((rs, n) -> new WalkIn(rs.getLong(1), rs
                .getObject(2, LocalDate.class), rs.getBoolean(3), rs.getString(4))).list();
        for (int i = 0; i < victims.size(); i++) {
            WalkIn victim = victims.get(i);
            LocalDate admitted = victim.identifiedOn();
            BedGroup group = victim.child() ? BedGroup.CHILDREN
                    : "MALE".equals(victim.sex()) ? BedGroup.MEN : BedGroup.WOMEN;
            long stay = stays.admit(shelter, new ShelterCommands.Admission(victim.id(), null, group, admitted, null,
                    FundingSource.STATE_BUDGET));
            LocalDate discharged = admitted.plusDays(NIGHTS[i]);
            if (i == 1) {
                stays.extendPeriod(shelter, stay, new ShelterCommands.Extension(admitted.plusDays(30)));
            }
            if (!discharged.isAfter(today)) {
                stays.discharge(shelter, stay, new ShelterCommands.Discharge(i % 2 == 0
                        ? DischargeReason.SERVICES_COMPLETED : DischargeReason.RETURNED_HOME, discharged,
                        NIGHTS[i] * KZT_A_NIGHT));
            }
        }
    }
}
