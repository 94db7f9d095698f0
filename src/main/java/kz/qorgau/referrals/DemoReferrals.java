package kz.qorgau.referrals;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.DemoOrganisations;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.SystemActor;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;

/**
 * Demo mode: referrals of the demo victims to the Almaty crisis centre, through the same services as users
 * take: the farm worker referred by the labour inspectorate, accepted, with a shelter stay and medical care
 * recorded; the woman abroad referred anonymously by the consulate for repatriation, awaiting an answer; the
 * woman screened before deportation referred for legal aid. The crisis centre's profile says it does not take
 * unaccompanied children. Seeded once: nothing is added when referrals exist.
 */
@Component
@Order(50)
@Conditional(DeploymentMode.DemoCondition.class)
class DemoReferrals implements ApplicationRunner {

    private final ReferralMechanism mechanism;
    private final Referrals referrals;
    private final VictimRegistry victims;
    private final OrganisationRegistry organisations;
    private final Accounts accounts;
    private final DisplayFormat format;

    DemoReferrals(ReferralMechanism mechanism, Referrals referrals, VictimRegistry victims,
            OrganisationRegistry organisations, Accounts accounts, DisplayFormat format) {
        this.mechanism = mechanism;
        this.referrals = referrals;
        this.victims = victims;
        this.organisations = organisations;
        this.accounts = accounts;
        this.format = format;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (referrals.count() > 0 || accounts.principal("caseworker").isEmpty()) {
            return;
        }
        long shelter = organisations.findByName(DemoOrganisations.SHELTER_ALMATY).orElseThrow().id();
        SystemActor.run(() -> mechanism.setProfile(shelter, new ReferralCommands.ProviderProfile(false)));
        QorgauUser inspector = user("inspector");
        QorgauUser consul = user("consul");
        QorgauUser migration = user("migration");
        QorgauUser caseworker = user("caseworker");
        LocalDate today = format.today();

        first(inspector, new VictimCommands.Search(null, null, null, ExploitationForm.FORCED_LABOUR, true, null, null,
                null, null)).ifPresent(worker -> {
                    ReferralViews.ReferralView referral = ActingAs.call(inspector, () -> mechanism.send(new ReferralCommands.NewReferral(
                            worker.id(), shelter, Set.of(ServiceType.SHELTER, ServiceType.MEDICAL, ServiceType.LEGAL),
                            ReferralKind.REFERRAL, null, "Демо: нужен ночлег и осмотр врача."), inspector));
                    ActingAs.call(caseworker, () -> mechanism.accept(referral.id(), caseworker));
                    LocalDate arrived = worker.identifiedOn().plusDays(1);
                    ActingAs.call(caseworker, () -> mechanism.recordService(new ReferralCommands.NewEpisode(worker.id(), referral.id(),
                            ServiceType.SHELTER, arrived, arrived.plusDays(45).isAfter(today) ? null : arrived.plusDays(45),
                            270_000L, FundingSource.STATE_BUDGET), caseworker));
                    ActingAs.call(caseworker, () -> mechanism.recordService(new ReferralCommands.NewEpisode(worker.id(), referral.id(),
                            ServiceType.MEDICAL, arrived.plusDays(1), arrived.plusDays(1), 38_000L,
                            FundingSource.LOCAL_BUDGET), caseworker));
                });
        first(consul, VictimCommands.Search.any()).filter(VictimViews.VictimListItem::anonymous).ifPresent(woman ->
                ActingAs.call(consul, () -> mechanism.send(new ReferralCommands.NewReferral(woman.id(), shelter,
                        Set.of(ServiceType.REPATRIATION, ServiceType.REINTEGRATION), ReferralKind.REFERRAL, null,
                        "Демо: встретить в аэропорту Алматы."), consul)));
        first(migration, VictimCommands.Search.any()).ifPresent(woman ->
                ActingAs.call(migration, () -> mechanism.send(new ReferralCommands.NewReferral(woman.id(), shelter,
                        Set.of(ServiceType.LEGAL, ServiceType.TRANSLATION), ReferralKind.REFERRAL, null, null), migration)));
    }

    private java.util.Optional<VictimViews.VictimListItem> first(QorgauUser user, VictimCommands.Search search) {
        return ActingAs.call(user, () -> victims.search(search, PageRequest.of(0, 1), user)).stream().findFirst();
    }

    private QorgauUser user(String username) {
        return accounts.principal(username).orElseThrow();
    }
}
