package kz.qorgau.shelters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.SignedIn;
import kz.qorgau.Staff;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.referrals.FundingSource;
import kz.qorgau.referrals.ReferralCommands;
import kz.qorgau.referrals.ReferralKind;
import kz.qorgau.referrals.ReferralMechanism;
import kz.qorgau.referrals.ReferralViews;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.victims.Vulnerability;
import kz.qorgau.victims.VictimBuilder;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;

/**
 * The shelters module with the modules it needs, on a database of its own: a shelter registered by special social
 * services, its operator admitting a referred victim and discharging them (the stay being the shelter service episode
 * of the referrals module), the calendar counting the bed, and who reaches what.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ModuleDatabase
class SheltersModuleTests {

    final ShelterRegister register;
    final ShelterStays stays;
    final ShelterDirectory directory;
    @Autowired
    ShelterFunding funding;
    final ReferralMechanism referrals;
    final VictimRegistry victimRegistry;
    final VictimBuilder victims;
    final Staff staff;
    final AuditAssertions audit;
    final JdbcClient jdbc;
    final LocalDate today;

    SheltersModuleTests(ShelterRegister register, ShelterStays stays, ShelterDirectory directory,
            ReferralMechanism referrals, VictimRegistry victimRegistry, PersonRegistry persons,
            OrganisationRegistry organisations, Accounts accounts, JdbcClient jdbc, DisplayFormat format) {
        this.register = register;
        this.stays = stays;
        this.directory = directory;
        this.referrals = referrals;
        this.victimRegistry = victimRegistry;
        this.victims = new VictimBuilder(victimRegistry, persons);
        this.staff = new Staff(organisations, accounts);
        this.audit = new AuditAssertions(jdbc);
        this.jdbc = jdbc;
        this.today = format.today();
    }

    QorgauUser socialServices(String region) {
        return staff.user(OrganisationType.LOCAL_GOVERNMENT_ORGANISATION, region, Role.SOCIAL_SERVICES);
    }

    /** A shelter in the region run by the case worker's organisation, with beds for women and for children. */
    long shelter(QorgauUser overseer, QorgauUser operator, int women, int children) {
        long id = SignedIn.as(overseer, () -> register.register(new ShelterCommands.Registration(operator
                .organisationId(), "Test shelter", ShelterKind.SHELTER, new RegionCode("KZ-19"), "Synthetic district",
                Settlement.RURAL, "Synthetic street 7", Set.of(ServiceType.SHELTER, ServiceType.PSYCHOLOGICAL), Set
                        .of("kk", "ru"), true, today.minusYears(2))));
        SignedIn.run(operator, () -> register.changeCapacity(id, new ShelterCommands.CapacityChange(BedGroup.WOMEN,
                women, today.minusYears(2))));
        SignedIn.run(operator, () -> register.changeCapacity(id, new ShelterCommands.CapacityChange(BedGroup.CHILDREN,
                children, today.minusYears(2))));
        return id;
    }

    /** A victim identified by a labour inspector and referred for shelter to the case worker, who accepts. */
    VictimViews.VictimView referredAndAccepted(QorgauUser caseWorker, long[] referralId) {
        QorgauUser inspector = staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-19", Role.LABOUR_INSPECTOR);
        VictimViews.VictimView victim = victims.identified(inspector, today.minusDays(20), null);
        ReferralViews.ReferralView sent = SignedIn.as(inspector, () -> referrals.send(new ReferralCommands.NewReferral(
                victim.id(), caseWorker.organisationId(), Set.of(ServiceType.SHELTER), ReferralKind.REFERRAL, null,
                "Synthetic: needs a bed.")));
        SignedIn.as(caseWorker, () -> referrals.accept(sent.id()));
        referralId[0] = sent.id();
        return victim;
    }

    @Test
    void aReferredVictimIsAdmittedTakesABedAndIsDischargedAsTheShelterServiceEpisode() {
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        long shelter = shelter(socialServices("KZ-19"), caseWorker, 2, 1);
        long[] referral = new long[1];
        VictimViews.VictimView victim = referredAndAccepted(caseWorker, referral);
        LocalDate admitted = today.minusDays(10);

        long stay = SignedIn.as(caseWorker, () -> stays.admit(shelter, new ShelterCommands.Admission(victim.id(),
                referral[0], BedGroup.WOMEN, admitted, null, FundingSource.STATE_BUDGET)));

        ShelterViews.ShelterView page = SignedIn.as(caseWorker, () -> directory.get(shelter));
        assertThat(page.occupied().get(BedGroup.WOMEN)).isEqualTo(1);
        assertThat(page.address()).isEqualTo("Synthetic street 7");
        ShelterViews.CalendarView calendar = SignedIn.as(caseWorker, () -> directory.recentCalendar(shelter));
        assertThat(calendar.nights()).hasSize(ShelterDirectory.CALENDAR_DAYS);
        assertThat(calendar.bedNights()).isEqualTo(11);
        assertThat(calendar.nights().getLast().occupied().get(BedGroup.WOMEN)).isEqualTo(1);
        ShelterViews.StayView view = SignedIn.as(caseWorker, () -> directory.stays(shelter)).getFirst();
        assertThat(view.victimReference()).isEqualTo(victim.reference());
        assertThat(view.admittedOn()).isEqualTo(admitted);
        assertThat(view.periodEndsOn()).isEqualTo(admitted.plusMonths(6));
        // the stay is the referral's shelter service: one record of its dates
        assertThat(jdbc.sql("select count(*) from referrals_service_episode where victim_id = ? and service = 'SHELTER'"
                + " and referral_id = ? and started_on = ? and ended_on is null").params(victim.id(), referral[0],
                        admitted).query(Long.class).single()).isEqualTo(1);

        SignedIn.run(caseWorker, () -> stays.discharge(shelter, stay, new ShelterCommands.Discharge(
                DischargeReason.SERVICES_COMPLETED, today.minusDays(1), 120_000L)));

        assertThat(jdbc.sql(
                "select ended_on from referrals_service_episode where victim_id = ? and service = 'SHELTER'")
                .param(victim.id()).query(LocalDate.class).single()).isEqualTo(today.minusDays(1));
        assertThat(SignedIn.as(caseWorker, () -> directory.get(shelter)).occupied().get(BedGroup.WOMEN)).isZero();
        assertThat(SignedIn.as(caseWorker, () -> directory.recentCalendar(shelter)).bedNights()).isEqualTo(9);
        assertThat(audit.record("shelter-stay", stay).actions()).containsExactly("SHELTER_ADMISSION",
                "SHELTER_DISCHARGE");
        assertThat(audit.record("shelter-stay", stay).detailsContaining("Synthetic street").count()).isZero();
    }

    @Test
    void aFullGroupRefusesWithoutAReasonAndBedsCannotFallBelowTheNightsTaken() {
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        QorgauUser overseer = socialServices("KZ-19");
        long shelter = shelter(overseer, caseWorker, 1, 0);
        long[] first = new long[1];
        long[] second = new long[1];
        VictimViews.VictimView one = referredAndAccepted(caseWorker, first);
        VictimViews.VictimView two = referredAndAccepted(caseWorker, second);
        SignedIn.as(caseWorker, () -> stays.admit(shelter, new ShelterCommands.Admission(one.id(), first[0],
                BedGroup.WOMEN, today.minusDays(5), null, FundingSource.STATE_BUDGET)));

        assertThatThrownBy(() -> SignedIn.as(caseWorker, () -> stays.admit(shelter, new ShelterCommands.Admission(two
                .id(), second[0], BedGroup.WOMEN, today.minusDays(2), null, FundingSource.STATE_BUDGET))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("shelter.error.full");
        assertThat(jdbc.sql("select count(*) from referrals_service_episode where victim_id = ?").param(two.id())
                .query(Long.class).single()).as("a refused admission leaves nothing behind").isZero();
        SignedIn.as(caseWorker, () -> stays.admit(shelter, new ShelterCommands.Admission(two.id(), second[0],
                BedGroup.WOMEN, today.minusDays(2), OverflowReason.NO_OTHER_SHELTER_NEARBY,
                FundingSource.STATE_BUDGET)));
        assertThat(SignedIn.as(caseWorker, () -> directory.recentCalendar(shelter)).nightsOverCapacity()).isEqualTo(3);

        assertThatThrownBy(() -> SignedIn.run(overseer, () -> register.changeCapacity(shelter,
                new ShelterCommands.CapacityChange(BedGroup.WOMEN, 1, today.minusDays(3)))))
                .hasMessageContaining("shelter.error.beds-below-occupancy");
        assertThatThrownBy(() -> SignedIn.as(caseWorker, () -> stays.admit(shelter, new ShelterCommands.Admission(one
                .id(), first[0], BedGroup.WOMEN, today, null, FundingSource.STATE_BUDGET))))
                .hasMessageContaining("shelter.error.already-sheltered");
        assertThatThrownBy(() -> SignedIn.run(overseer, () -> register.close(shelter, new ShelterCommands.Closing(
                today)))).hasMessageContaining("shelter.error.victims-staying");
    }

    @Test
    void anUnaccompaniedChildWalkingInIsPlacedOnlyInABedForChildren() {
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        long shelter = shelter(socialServices("KZ-19"), caseWorker, 3, 2);
        // a walk-in: the shelter's organisation keeps the victim record itself
        VictimViews.VictimView child = victims.identified(caseWorker, today.minusDays(3), null);
        SignedIn.as(caseWorker, () -> victimRegistry.describe(child.id(), new VictimCommands.Situation(Sex.FEMALE, 15,
                "KZ-19", null, null, null, null, null, null, null, null, Set.of(Vulnerability.UNACCOMPANIED_CHILD),
                null, null, null, null, null, null, false)));
        assertThatThrownBy(() -> SignedIn.as(caseWorker, () -> stays.admit(shelter, new ShelterCommands.Admission(child
                .id(), null, BedGroup.WOMEN, today, null, FundingSource.OWN_FUNDS))))
                .hasMessageContaining("shelter.error.child-bed");
        long stay = SignedIn.as(caseWorker, () -> stays.admit(shelter, new ShelterCommands.Admission(child.id(), null,
                BedGroup.CHILDREN, today, null, FundingSource.OWN_FUNDS)));
        assertThat(SignedIn.as(caseWorker, () -> directory.stays(shelter))).singleElement()
                .satisfies(view -> assertThat(view.unaccompaniedChild()).isTrue())
                .satisfies(view -> assertThat(view.id()).isEqualTo(stay));
    }

    @Test
    void aShelterIsReachedByItsOperatorAndItsRegionsOverseersOnlyAndItsAddressAndStaysByItsOperator() {
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        QorgauUser overseer = socialServices("KZ-19");
        long shelter = shelter(overseer, caseWorker, 2, 0);
        long[] referral = new long[1];
        VictimViews.VictimView victim = referredAndAccepted(caseWorker, referral);
        SignedIn.as(caseWorker, () -> stays.admit(shelter, new ShelterCommands.Admission(victim.id(), referral[0],
                BedGroup.WOMEN, today, null, FundingSource.STATE_BUDGET)));
        QorgauUser otherShelter = staff.caseWorker("KZ-19");
        QorgauUser otherRegion = socialServices("KZ-75");
        QorgauUser nationalAdmin = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ADMIN);
        QorgauUser investigator = staff.investigator("KZ-19");

        for (QorgauUser outsider : new QorgauUser[]{ otherShelter, otherRegion }) {
            assertThatThrownBy(() -> SignedIn.as(outsider, () -> directory.get(shelter)))
                    .isInstanceOf(NotFoundException.class);
            assertThat(SignedIn.as(outsider, () -> directory.list(null, null, PageRequest.of(0, 50)).items()))
                    .noneMatch(item -> item.id() == shelter);
        }
        assertThatThrownBy(() -> SignedIn.as(investigator, () -> directory.get(shelter)))
                .isInstanceOf(AccessDeniedException.class);

        ShelterViews.ShelterView overseen = SignedIn.as(overseer, () -> directory.get(shelter));
        assertThat(overseen.address()).isNull();
        assertThat(overseen.occupied().get(BedGroup.WOMEN)).isEqualTo(1);
        assertThat(SignedIn.as(overseer, () -> directory.stays(shelter))).isEmpty();
        assertThatThrownBy(() -> SignedIn.as(overseer, () -> stays.admit(shelter, new ShelterCommands.Admission(victim
                .id(), null, BedGroup.WOMEN, today, null, FundingSource.STATE_BUDGET))))
                .hasMessageContaining("shelter.error.operator-only");
        assertThat(SignedIn.as(overseer, () -> directory.list(null, null, PageRequest.of(0, 50)).items()))
                .anyMatch(item -> item.id() == shelter && item.occupied() == 1 && item.beds() == 2);

        assertThat(SignedIn.as(nationalAdmin, () -> directory.get(shelter)).address()).isEqualTo("Synthetic street 7");
        assertThat(SignedIn.as(nationalAdmin, () -> directory.stays(shelter))).isEmpty();
        assertThat(SignedIn.as(caseWorker, () -> directory.stays(shelter))).hasSize(1);
        assertThat(jdbc.sql(
                "select count(*) from shelters_shelter where position(convert_to('Synthetic street', 'UTF8') in "
                        + "address) > 0").query(Long.class).single()).as("the address is sealed").isZero();
    }

    @Test
    void anOverseerRegistersShelterOnlyInTheirRegionsForAnOrganisationThatMayRunOne() {
        QorgauUser overseer = socialServices("KZ-19");
        QorgauUser caseWorker = staff.caseWorker("KZ-75");
        QorgauUser investigator = staff.investigator("KZ-19");
        ShelterCommands.Registration almaty = new ShelterCommands.Registration(caseWorker.organisationId(), "Test",
                ShelterKind.CRISIS_CENTRE, new RegionCode("KZ-75"), null, Settlement.URBAN, "Synthetic 1", Set.of(),
                Set.of(), false, today);
        assertThatThrownBy(() -> SignedIn.as(overseer, () -> register.register(almaty)))
                .hasMessageContaining("shelter.error.region-out-of-scope");
        ShelterCommands.Registration police = new ShelterCommands.Registration(investigator.organisationId(), "Test",
                ShelterKind.SHELTER, new RegionCode("KZ-19"), null, Settlement.URBAN, "Synthetic 1", Set.of(), Set
                        .of(), false, today);
        assertThatThrownBy(() -> SignedIn.as(overseer, () -> register.register(police)))
                .hasMessageContaining("shelter.error.operator");
        assertThatThrownBy(() -> SignedIn.as(caseWorker, () -> register.register(almaty)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(new ShelterCommands.Registration(null, " ", null, null, null, null, null, null, Set.of("xx"), false,
                today.plusDays(1)).errors(today)).containsOnlyKeys("organisationId", "name", "kind", "region",
                        "settlement", "address", "languages", "openedOn");
    }

    @Test
    void allocationsAreEnteredByTheRegionsOverseersWithTheirDocumentAndCorrectedByANewEntryOnly() {
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        QorgauUser overseer = socialServices("KZ-19");
        long shelter = shelter(overseer, caseWorker, 2, 0);
        int year = today.getYear() - 1;
        ShelterCommands.AllocationEntry state = new ShelterCommands.AllocationEntry(year,
                AllocationSource.STATE_SOCIAL_ORDER, "GSZ-7", 10_100_000L, new BigDecimal("462.5400"),
                "Synthetic order 1");

        long first = SignedIn.as(overseer, () -> funding.allocate(shelter, state));
        long corrected = SignedIn.as(overseer, () -> funding.correct(shelter, first,
                new ShelterCommands.AllocationEntry(
                        year, AllocationSource.STATE_SOCIAL_ORDER, "GSZ-7", 10_000_000L, new BigDecimal("462.5400"),
                        "Synthetic order 1, amended")));

        List<ShelterViews.AllocationView> seen = SignedIn.as(caseWorker, () -> funding.allocations(shelter));
        assertThat(seen).extracting(ShelterViews.AllocationView::id, ShelterViews.AllocationView::replaced,
                ShelterViews.AllocationView::amountKzt).containsExactly(tuple(first, true, 10_100_000L), tuple(
                        corrected,
                        false, 10_000_000L));
        assertThat(seen.get(1).amountUsd()).isEqualTo(21_620L);
        assertThatThrownBy(() -> SignedIn.as(overseer, () -> funding.correct(shelter, first, state)))
                .hasMessageContaining("shelter.error.allocation-corrected");
        assertThatThrownBy(() -> SignedIn.as(overseer, () -> funding.allocate(shelter,
                new ShelterCommands.AllocationEntry(year, AllocationSource.STATE_SOCIAL_ORDER, null, 1L, BigDecimal.TEN,
                        "Synthetic"))))
                .hasMessageContaining("shelter.error.contract-required");
        assertThatThrownBy(() -> SignedIn.as(overseer, () -> funding.allocate(shelter,
                new ShelterCommands.AllocationEntry(year, AllocationSource.LOCAL_BUDGET, null, -1L, BigDecimal.TEN,
                        "Synthetic"))))
                .hasMessageContaining("shelter.error.amount");
        assertThatThrownBy(() -> SignedIn.as(caseWorker, () -> funding.allocate(shelter, state)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SignedIn.as(socialServices("KZ-75"), () -> funding.allocate(shelter, state)))
                .isInstanceOf(NotFoundException.class);
        assertThat(audit.record("shelter", shelter).actions()).containsSubsequence("SHELTER_ALLOCATION",
                "SHELTER_ALLOCATION_CORRECTED");
        assertThat(jdbc.sql("select count(*) from shelters_allocation where shelter_id = ?").param(shelter)
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void noAllocationForAYearTheShelterWasClosedThroughout() {
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        QorgauUser overseer = socialServices("KZ-19");
        long shelter = shelter(overseer, caseWorker, 1, 0);
        SignedIn.run(overseer, () -> register.close(shelter, new ShelterCommands.Closing(today.minusYears(1)
                .withDayOfYear(
                        1))));
        assertThatThrownBy(() -> SignedIn.as(overseer, () -> funding.allocate(shelter,
                new ShelterCommands.AllocationEntry(today.getYear(), AllocationSource.LOCAL_BUDGET, null, 1_000L,
                        BigDecimal.TEN, "Synthetic"))))
                .hasMessageContaining("shelter.error.allocation-closed");
    }
}
