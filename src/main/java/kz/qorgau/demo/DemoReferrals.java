package kz.qorgau.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.shared.Sex;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.SystemActor;
import kz.qorgau.system.SystemSettings;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimList;
import kz.qorgau.victims.VictimViews;
import kz.qorgau.referrals.FundingSource;
import kz.qorgau.referrals.ReferralCommands;
import kz.qorgau.referrals.ReferralKind;
import kz.qorgau.referrals.ReferralMechanism;
import kz.qorgau.referrals.ReferralProviders;
import kz.qorgau.referrals.ReferralViews;
import kz.qorgau.referrals.ServiceType;
import java.util.Optional;

/**
 * Demo mode: referrals of the demo victims to the Almaty crisis centre, through the same services as users
 * take: the farm worker referred by the labour inspectorate, accepted, with medical care recorded (the shelter stay
 * is DemoShelters'); the woman abroad referred anonymously by the consulate for repatriation, awaiting an answer; the
 * woman screened before deportation referred for legal aid. The crisis centre's profile says it does not take
 * unaccompanied children. Seeded once: nothing is added when referrals exist. At {@code qorgau.demo.scale}
 * s &gt; 1 (benchmarks) the random victims of that volume are referred and served as well.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoReferrals implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoReferrals.class);
    private static final long VOLUME_SEED = 5050;

    private final ReferralMechanism mechanism;
    private final ReferralProviders providers;
    private final VictimList victims;
    private final OrganisationRegistry organisations;
    private final Accounts accounts;
    private final DisplayFormat format;
    private final DemoDataEntry entry;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final int scale;

    DemoReferrals(ReferralMechanism mechanism, ReferralProviders providers, VictimList victims,
            OrganisationRegistry organisations, Accounts accounts, DisplayFormat format, DemoDataEntry entry,
            JdbcClient jdbc, TransactionTemplate transactions, SystemSettings settings) {
        this.mechanism = mechanism;
        this.providers = providers;
        this.victims = victims;
        this.organisations = organisations;
        this.accounts = accounts;
        this.format = format;
        this.entry = entry;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.scale = settings.demo().scale();
    }

    @Override
    public Class<?> module() {
        return ReferralMechanism.class;
    }

    @Override
    public void enter() {
        if (jdbc.sql("select count(*) from referrals_referral").query(Long.class).single() > 0
                || accounts.principal("caseworker").isEmpty()) {
            return;
        }
        long shelter = organisations.findByName(DemoOrganisations.SHELTER_ALMATY).orElseThrow().id();
        SystemActor.run(() -> providers.setProfile(shelter, new ReferralCommands.ProviderProfile(false)));
        QorgauUser inspector = user("inspector");
        QorgauUser consul = user("consul");
        QorgauUser migration = user("migration");
        QorgauUser caseworker = user("caseworker");
        LocalDate today = format.today();

        first(inspector, new VictimCommands.Search(null, null, null, ExploitationForm.FORCED_LABOUR, true, null, null,
                null, null)).ifPresent(worker -> {
                    ReferralViews.ReferralView referral = ActingAs.call(inspector, () -> mechanism.send(
                            new ReferralCommands.NewReferral(
                                    worker.id(), shelter, Set.of(ServiceType.SHELTER, ServiceType.MEDICAL,
                                            ServiceType.LEGAL),
                                    ReferralKind.REFERRAL, null, "Демо: нужен ночлег и осмотр врача.")));
                    ActingAs.call(caseworker, () -> mechanism.accept(referral.id()));
                    LocalDate arrived = worker.identifiedOn().plusDays(1);
                    // the shelter stay is the shelters module's (DemoShelters): admitted from this referral
                    ActingAs.call(caseworker, () -> mechanism.recordService(new ReferralCommands.NewEpisode(worker.id(),
                            referral.id(),
                            ServiceType.MEDICAL, arrived.plusDays(1), arrived.plusDays(1), 38_000L,
                            FundingSource.LOCAL_BUDGET)));
                });
        ActingAs.call(consul, () -> victims.search(VictimCommands.Search.any(), PageRequest.of(0, 50))).items().stream()
                .filter(VictimViews.VictimListItem::anonymous).findFirst().ifPresent(
                        woman -> ActingAs.call(consul, () -> mechanism.send(new ReferralCommands.NewReferral(woman.id(),
                                shelter,
                                Set.of(ServiceType.REPATRIATION, ServiceType.REINTEGRATION), ReferralKind.REFERRAL,
                                null,
                                "Демо: встретить в аэропорту Алматы."))));
        // the woman presumed a victim before deportation (DemoVictims), not those screened in removals (DemoRemovals)
        first(migration, new VictimCommands.Search(null, null, TraffickingStatus.PRESUMED, null, null, Sex.FEMALE, null,
                null, null)).ifPresent(woman -> ActingAs.call(migration, () -> mechanism.send(
                        new ReferralCommands.NewReferral(woman.id(), shelter,
                                Set.of(ServiceType.LEGAL, ServiceType.TRANSLATION), ReferralKind.REFERRAL, null,
                                null))));
        if (scale > 1) {
            transactions.executeWithoutResult(status -> volume(shelter, today));
        }
    }

    /** A victim of the benchmark volume, as far as referring them goes. */
    private record Referable(long id, long organisationId, LocalDate identifiedOn) {
    }

    /**
     * Benchmark volume ({@code qorgau.demo.scale} s > 1): three in five of the random victims whose consent
     * allows it are referred to the Almaty crisis centre by the organisation that identified them; the centre
     * accepts nine in ten and records one to three services from the days after identification (as far as
     * today). Referrals are sent and answered today (the services keep their dates). Seeded by the scale.
     */
    private void volume(long shelter, LocalDate today) {
        long started = System.nanoTime();
        // the records the system entered, read directly rather than searched: a search as the national police
        // passes every victim linked to a case as a parameter
        List<Referable> referable = jdbc.sql("""
                select v.id, v.registered_by_organisation_id, v.identified_on from victims_victim v
                where v.registered_by = :system and v.person_id is not null
                  and v.registered_by_organisation_id <> :shelter
                  and not exists (select 1 from referrals_referral r where r.victim_id = v.id)
                order by v.id""").param("system", SystemActor.NAME).param("shelter", shelter)
                .query((rs, n) -> new Referable(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).list();
        Map<Long, String> names = new HashMap<>();
        Random random = new Random(VOLUME_SEED + scale);
        ServiceType[] offered = { ServiceType.SHELTER, ServiceType.MEDICAL, ServiceType.PSYCHOLOGICAL,
                ServiceType.LEGAL,
                ServiceType.REINTEGRATION, ServiceType.TRANSLATION };
        FundingSource[] funding = { FundingSource.STATE_BUDGET, FundingSource.LOCAL_BUDGET,
                FundingSource.INTERNATIONAL_DONOR };
        int sent = 0;
        int services = 0;
        for (Referable victim : referable) {
            if (random.nextInt(5) >= 3) {
                continue;
            }
            Set<ServiceType> asked = EnumSet.of(offered[random.nextInt(offered.length)], offered[random.nextInt(
                    offered.length)]);
            String from = names.computeIfAbsent(victim.organisationId(),
                    id -> organisations.find(id).orElseThrow().nameRu());
            ReferralViews.ReferralView referral = entry.as(from, user -> mechanism.send(
                    new ReferralCommands.NewReferral(
                            victim.id(), shelter, asked, ReferralKind.REFERRAL, null, null)));
            sent++;
            if (random.nextInt(10) == 0) {
                continue;
            }
            int episodes = 1 + random.nextInt(3);
            List<ReferralCommands.NewEpisode> delivered = new ArrayList<>();
            for (int e = 0; e < episodes; e++) {
                LocalDate start = victim.identifiedOn().plusDays(1 + random.nextInt(30));
                LocalDate end = start.plusDays(random.nextInt(60));
                if (!start.isAfter(today)) {
                    delivered.add(new ReferralCommands.NewEpisode(victim.id(), referral.id(),
                            offered[random.nextInt(offered.length)], start, end.isAfter(today) ? null : end,
                            10_000L * (1 + random.nextInt(30)), funding[random.nextInt(funding.length)]));
                }
            }
            services += delivered.size();
            entry.as(DemoOrganisations.SHELTER_ALMATY, user -> {
                mechanism.accept(referral.id());
                delivered.forEach(mechanism::recordService);
                return null;
            });
        }
        log.info("Demo mode (scale {}): {} referrals and {} services of random victims entered in {} ms", scale, sent,
                services, (System.nanoTime() - started) / 1_000_000);
    }

    private Optional<VictimViews.VictimListItem> first(QorgauUser user, VictimCommands.Search search) {
        return ActingAs.call(user, () -> victims.search(search, PageRequest.of(0, 1))).items().stream().findFirst();
    }

    private QorgauUser user(String username) {
        return accounts.principal(username).orElseThrow();
    }
}
