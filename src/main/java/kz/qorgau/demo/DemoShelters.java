package kz.qorgau.demo;

import java.time.LocalDate;
import java.util.Set;

import org.springframework.context.annotation.Conditional;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.ActingAs;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.referrals.FundingSource;
import kz.qorgau.referrals.ReferralList;
import kz.qorgau.referrals.ReferralStatus;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shelters.BedGroup;
import kz.qorgau.shelters.DischargeReason;
import kz.qorgau.shelters.Settlement;
import kz.qorgau.shelters.ShelterCommands;
import kz.qorgau.shelters.ShelterKind;
import kz.qorgau.shelters.ShelterRegister;
import kz.qorgau.shelters.ShelterStays;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.DisplayFormat;

/**
 * Demo mode: the Almaty crisis centre «Жарық» in the register (entered by the demo special social services officer,
 * its beds set by its case worker) and the stay of the farm worker whom the labour inspectorate referred to it: admitted
 * the day after identification, discharged 45 days later when that day has come, at 270,000 KZT from the state budget.
 * The address is synthetic. Seeded once: nothing is added when a shelter exists.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoShelters implements DemoData {

    private final ShelterRegister register;
    private final ShelterStays stays;
    private final ReferralList referrals;
    private final OrganisationRegistry organisations;
    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final DisplayFormat format;

    DemoShelters(ShelterRegister register, ShelterStays stays, ReferralList referrals,
            OrganisationRegistry organisations, Accounts accounts, JdbcClient jdbc, DisplayFormat format) {
        this.register = register;
        this.stays = stays;
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
        ActingAs.call(caseworker, () -> {
            referrals.inbox(ReferralStatus.ACCEPTED, PageRequest.of(0, 20)).items().stream()
                    .filter(referral -> referral.services().contains(ServiceType.SHELTER)).findFirst()
                    .ifPresent(referral -> {
                        LocalDate arrived = jdbc.sql("select identified_on from victims_victim where id = ?")
                                .param(referral.victimId()).query(LocalDate.class).single().plusDays(1);
                        long stay = stays.admit(shelter, new ShelterCommands.Admission(referral.victimId(), referral
                                .id(), BedGroup.MEN, arrived.isAfter(today) ? today : arrived, null,
                                FundingSource.STATE_BUDGET));
                        if (!arrived.plusDays(45).isAfter(today)) {
                            stays.discharge(shelter, stay, new ShelterCommands.Discharge(
                                    DischargeReason.SERVICES_COMPLETED, arrived.plusDays(45), 270_000L));
                        }
                    });
            return null;
        });
    }
}
