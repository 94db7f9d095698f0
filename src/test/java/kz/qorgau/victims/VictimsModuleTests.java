package kz.qorgau.victims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.SignedIn;
import kz.qorgau.Staff;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseDetails;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.cases.VictimRole;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RuleViolationException;

/**
 * The victims module with the modules it uses directly (among them cases and persons), on a database of its own:
 * a victim record belongs to the organisation that identified the victim; its status history, reflection period
 * and compensation follow their rules in order; the police reach it through a case only with consent.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
@ModuleDatabase
class VictimsModuleTests {

    static final LocalDate SCREENED = LocalDate.of(2026, 3, 2);

    final VictimRegistry victims;
    final VictimDetails details;
    final VictimList list;
    final CaseDetails cases;
    final VictimBuilder builder;
    final CaseBuilder caseBuilder;
    final Staff staff;
    final AuditAssertions audit;
    final JdbcClient jdbc;

    VictimsModuleTests(VictimRegistry victims, VictimDetails details, VictimList list, CriminalCases criminalCases,
            CaseDetails cases, PersonRegistry persons,
            OrganisationRegistry organisations, Accounts accounts, JdbcClient jdbc) {
        this.victims = victims;
        this.details = details;
        this.list = list;
        this.cases = cases;
        this.builder = new VictimBuilder(victims, persons);
        this.caseBuilder = new CaseBuilder(criminalCases, persons);
        this.staff = new Staff(organisations, accounts);
        this.audit = new AuditAssertions(jdbc);
        this.jdbc = jdbc;
    }

    QorgauUser inspector() {
        return staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-19", Role.LABOUR_INSPECTOR);
    }

    @Test
    void aVictimRecordBelongsToTheIdentifyingOrganisationAndDoesNotExistForOthers() {
        QorgauUser inspector = inspector();
        QorgauUser caseWorker = staff.caseWorker("KZ-19");
        VictimViews.VictimView victim = builder.identified(inspector, SCREENED, null);

        assertThat(victim.ownerOrganisationId()).isEqualTo(inspector.organisationId());
        assertThat(victim.statusHistory()).singleElement().satisfies(entry -> {
            assertThat(entry.decidingOrganisationId()).isEqualTo(inspector.organisationId());
            assertThat(entry.decidingType()).isEqualTo(DecidingOrganisationType.NON_POLICE_GOVERNMENTAL_ORGANISATION);
        });
        assertThat(details.visibleTo(victim.id(), inspector)).isTrue();
        assertThat(details.visibleTo(victim.id(), caseWorker)).isFalse();
        assertThatThrownBy(() -> SignedIn.as(caseWorker, () -> details.get(victim.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(inspector, () -> list.search(VictimCommands.Search.any(), PageRequest.of(0, 50)))
                .items()).extracting(VictimViews.VictimListItem::id).containsExactly(victim.id());
        assertThat(SignedIn.as(caseWorker, () -> list.search(VictimCommands.Search.any(), PageRequest.of(0, 50)))
                .items()).isEmpty();
        assertThat(audit.record("victim", victim.id()).by(inspector.getUsername()).actions())
                .startsWith("VICTIM_IDENTIFIED", "VICTIM_SCREENED");
    }

    @Test
    void aStatusDecisionIsDatedNoEarlierThanTheIdentificationAndChangesTheStatus() {
        QorgauUser inspector = inspector();
        VictimViews.VictimView victim = builder.identified(inspector, SCREENED, null);

        assertThatThrownBy(() -> SignedIn.as(inspector, () -> victims.decideStatus(victim.id(),
                new VictimCommands.StatusDecision(TraffickingStatus.CONFIRMED, SCREENED.minusDays(1), "Synthetic."))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("victim.error.before-identification");
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> victims.decideStatus(victim.id(),
                new VictimCommands.StatusDecision(TraffickingStatus.PRESUMED, SCREENED.plusDays(1), "Synthetic."))))
                .hasMessageContaining("victim.error.status-unchanged");
        VictimViews.VictimView confirmed = SignedIn.as(inspector, () -> victims.decideStatus(victim.id(),
                new VictimCommands.StatusDecision(TraffickingStatus.CONFIRMED, SCREENED.plusDays(20), "Synthetic.")));

        assertThat(confirmed.status()).isEqualTo(TraffickingStatus.CONFIRMED);
        assertThat(confirmed.firstIdentifiedOn()).isEqualTo(SCREENED);
        assertThat(confirmed.statusHistory()).extracting(VictimViews.StatusEntry::status)
                .containsExactly(TraffickingStatus.PRESUMED, TraffickingStatus.CONFIRMED);
        assertThat(audit.record("victim", victim.id()).actions()).containsOnlyOnce("VICTIM_STATUS_DECIDED");
    }

    @Test
    void compensationIsFiledAwardedAndPaidInThatOrderAndWithinTheAmounts() {
        QorgauUser inspector = inspector();
        long id = builder.identified(inspector, SCREENED, null).id();
        SignedIn.as(inspector, () -> victims.fileCompensation(id, new VictimCommands.CompensationFiling(
                CompensationRoute.STATE_FUND, null, SCREENED.plusDays(30), 1_000_000L)));

        assertThatThrownBy(() -> SignedIn.as(inspector, () -> victims.payCompensation(id,
                new VictimCommands.CompensationStep(0, SCREENED.plusDays(40), 500_000L))))
                .hasMessageContaining("victim.error.payment-before-award");
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> victims.awardCompensation(id,
                new VictimCommands.CompensationStep(0, SCREENED.plusDays(60), 1_500_000L))))
                .hasMessageContaining("victim.error.award-amount");
        SignedIn.as(inspector, () -> victims.awardCompensation(id,
                new VictimCommands.CompensationStep(0, SCREENED.plusDays(60), 600_000L)));
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> victims.payCompensation(id,
                new VictimCommands.CompensationStep(0, SCREENED.plusDays(70), 700_000L))))
                .hasMessageContaining("victim.error.payment-amount");
        VictimViews.VictimView paid = SignedIn.as(inspector, () -> victims.payCompensation(id,
                new VictimCommands.CompensationStep(0, SCREENED.plusDays(70), 600_000L)));

        assertThat(paid.compensation()).singleElement().satisfies(claim -> {
            assertThat(claim.claimedKzt()).isEqualTo(1_000_000L);
            assertThat(claim.awardedKzt()).isEqualTo(600_000L);
            assertThat(claim.paidKzt()).isEqualTo(600_000L);
        });
        assertThat(audit.record("victim", id).actions()).containsSubsequence("VICTIM_COMPENSATION_FILED",
                "VICTIM_COMPENSATION_AWARDED", "VICTIM_COMPENSATION_PAID");
    }

    @Test
    void aForeignVictimsReflectionPeriodIsExtendedOnlyOnceTheRecordIsLinkedToACase() {
        QorgauUser inspector = inspector();
        QorgauUser investigator = staff.investigator("KZ-19");
        VictimViews.VictimView victim = builder.identified(inspector, SCREENED, ConsentDecision.GIVEN);
        VictimViews.VictimView started = SignedIn.as(inspector, () -> victims.startReflectionPeriod(victim.id()));
        assertThat(started.reflection().endsOn()).isEqualTo(SCREENED.plusMonths(6));

        assertThatThrownBy(() -> SignedIn.as(inspector, () -> victims.extendReflectionPeriod(victim.id(),
                new VictimCommands.ReflectionExtension(null, LocalDate.of(2027, 6, 30)))))
                .hasMessageContaining("victim.error.extension-needs-case");
        CaseViews.CaseView criminalCase = caseBuilder.registered(investigator, "KZ-19", SCREENED.plusDays(5),
                ExploitationForm.FORCED_LABOUR);
        SignedIn.as(investigator, () -> victims.linkToCase(new VictimCommands.CaseLink(victim.reference(),
                criminalCase.id(), VictimRole.INJURED_PARTY, SCREENED.plusDays(6))));
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> victims.extendReflectionPeriod(victim.id(),
                new VictimCommands.ReflectionExtension(SCREENED.minusDays(1), LocalDate.of(2027, 6, 30)))))
                .hasMessageContaining("victim.error.extension-before-start");
        VictimViews.VictimView extended = SignedIn.as(inspector, () -> victims.extendReflectionPeriod(victim.id(),
                new VictimCommands.ReflectionExtension(SCREENED.plusDays(20), LocalDate.of(2027, 6, 30))));

        assertThat(extended.reflection().endsOn()).isEqualTo(LocalDate.of(2027, 6, 30));
        // the decision is dated: a second, later one is an entry of its own and the first keeps its day
        VictimViews.VictimView again = SignedIn.as(inspector, () -> victims.extendReflectionPeriod(victim.id(),
                new VictimCommands.ReflectionExtension(SCREENED.plusDays(40), LocalDate.of(2027, 12, 31))));
        assertThat(again.reflection().extendedOn()).isEqualTo(SCREENED.plusDays(40));
        assertThat(jdbc.sql("select decided_on from victims_reflection_extension where victim_id = ? order by seq")
                .param(victim.id()).query(LocalDate.class).list())
                .containsExactly(SCREENED.plusDays(20), SCREENED.plusDays(40));
        assertThat(SignedIn.as(investigator, () -> cases.victimsOf(criminalCase.id())))
                .extracting(CaseViews.VictimLink::victimId).containsExactly(victim.id());
        assertThat(audit.action("CASE_VICTIM_LINKED").record("case", criminalCase.id()).actors())
                .containsExactly(investigator.getUsername());
    }

    @Test
    void aCitizenHasNoReflectionPeriodAndAnAnonymousRecordNamesNoPerson() {
        QorgauUser consul = staff.user(OrganisationType.DIPLOMATIC_MISSION, null, Role.CONSULAR_OFFICER);
        VictimViews.VictimView anonymous = builder.anonymousAbroad(consul, SCREENED);

        assertThat(anonymous.anonymous()).isTrue();
        assertThat(anonymous.personId()).isNull();
        assertThat(anonymous.foreign()).isFalse();
        assertThatThrownBy(() -> SignedIn.as(consul, () -> victims.startReflectionPeriod(anonymous.id())))
                .hasMessageContaining("victim.error.not-foreign");
        assertThat(audit.record("victim", anonymous.id()).actions()).doesNotContain("VICTIM_REFLECTION_STARTED");
    }

    @Test
    void thePoliceCannotLinkARecordWhoseVictimRefusedToShareWithThem() {
        QorgauUser inspector = inspector();
        QorgauUser investigator = staff.investigator("KZ-19");
        VictimViews.VictimView refused = builder.identified(inspector, SCREENED, ConsentDecision.REFUSED);
        CaseViews.CaseView criminalCase = caseBuilder.registered(investigator, "KZ-19", SCREENED.plusDays(5),
                ExploitationForm.FORCED_LABOUR);

        assertThatThrownBy(() -> SignedIn.as(investigator, () -> victims.linkToCase(new VictimCommands.CaseLink(
                refused.reference(), criminalCase.id(), VictimRole.INJURED_PARTY, null))))
                .isInstanceOf(NotFoundException.class);
        assertThat(SignedIn.as(investigator, () -> cases.victimsOf(criminalCase.id()))).isEmpty();
        assertThat(details.visibleTo(refused.id(), investigator)).isFalse();
    }
}
