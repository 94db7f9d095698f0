package kz.qorgau.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import kz.qorgau.ModularityTests;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.identity.Accounts;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.referrals.ReferralMechanism;
import kz.qorgau.victims.VictimRegistry;

/** The demo data is entered module by module in the modules' dependency order, whatever order the beans come in. */
class DemoSeedingTests {

    static final ApplicationModules MODULES = ModularityTests.MODULES;

    record Data(Class<?> module) implements DemoData {
        @Override
        public void enter() {
        }
    }

    @Test
    void entersOrganisationsThenAccountsThenCasesThenVictimsThenReferrals() {
        List<DemoData> shuffled = List.of(new Data(VictimRegistry.class), new Data(ReferralMechanism.class),
                new Data(OrganisationRegistry.class), new Data(CriminalCases.class), new Data(Accounts.class));
        assertThat(DemoSeeding.inOrder(shuffled, MODULES)).extracting(DemoData::module).containsExactly(
                OrganisationRegistry.class, Accounts.class, CriminalCases.class, VictimRegistry.class,
                ReferralMechanism.class);
    }

    @Test
    void refusesTwoSetsOfDemoDataForOneModule() {
        assertThatThrownBy(() -> DemoSeeding.inOrder(List.of(new Data(VictimRegistry.class),
                new Data(VictimRegistry.class)), MODULES)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("victims");
    }
}
