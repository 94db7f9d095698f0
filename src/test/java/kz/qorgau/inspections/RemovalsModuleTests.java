package kz.qorgau.inspections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
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
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.victims.Answer;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.ExploitationKind;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.ScreeningContext;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimViews;

/**
 * Removal proceedings on a database of their own: the execution refused until the person is screened, the screening
 * made through the victims module (one implementation: the victim record is the screening's record), a possible
 * victim stopping the removal and starting the reflection period, the screening always of the removal's own person,
 * and only the recording service reaching its removals.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ModuleDatabase
class RemovalsModuleTests {

    final RemovalProceedings removals;
    final PersonRegistry persons;
    final Staff staff;
    final AuditAssertions audit;
    final JdbcClient jdbc;
    final LocalDate today;

    RemovalsModuleTests(RemovalProceedings removals, PersonRegistry persons, OrganisationRegistry organisations,
            Accounts accounts, JdbcClient jdbc, DisplayFormat format) {
        this.removals = removals;
        this.persons = persons;
        this.staff = new Staff(organisations, accounts);
        this.audit = new AuditAssertions(jdbc);
        this.jdbc = jdbc;
        this.today = format.today();
    }

    QorgauUser officer() {
        return staff.user(OrganisationType.MIGRATION_SERVICE, "KZ-71", Role.MIGRATION_OFFICER);
    }

    long removal(QorgauUser officer) {
        return SignedIn.as(officer, () -> {
            long person = persons.register(new PersonDetails("Синтетикова", "Дилноза", null, LocalDate.of(1999, 5, 1),
                    Sex.FEMALE, Set.of(CountryCode.of("UZ")), null, List.of(), null, null, null)).value();
            return removals.decide(new RemovalCommands.Decision(person, RemovalKind.DEPORTATION, "ДП-Т-1", today
                    .minusDays(5), CountryCode.of("UZ"), RegionCode.of("KZ-71")));
        });
    }

    static VictimCommands.Registration screening(Long personId, LocalDate on, TraffickingStatus decision) {
        return new VictimCommands.Registration(personId, false, new VictimCommands.Situation(Sex.FEMALE, null,
                "KZ-71", Set.of(), null, null, null, null, null, null, null, Set.of(), Set.of(CountryCode.of("UZ")),
                null, null, null, null, null), new VictimCommands.Screening(on, ScreeningContext.PRE_DEPORTATION,
                        false, ExploitationKind.LABOUR, Map.of(IloIndicator.RETENTION_OF_IDENTITY_DOCUMENTS,
                                Answer.PRESENT), Map.of(), decision, "Синтетика: паспорт у работодателя."), Map.of(
                                        ConsentScope.PROCESSING, ConsentDecision.GIVEN));
    }

    @Test
    void aPossibleVictimFoundBeforeRemovalStopsItAndStartsTheReflectionPeriod() {
        QorgauUser officer = officer();
        long id = removal(officer);
        assertThatThrownBy(() -> SignedIn.run(officer, () -> removals.execute(id, new RemovalCommands.Execution(
                today)))).isInstanceOf(RuleViolationException.class).hasMessageContaining(
                        "removal.error.screening-required");

        VictimViews.VictimView victim = SignedIn.as(officer, () -> removals.screen(id, screening(null, today
                .minusDays(1), TraffickingStatus.POSSIBLE)));

        RemovalViews.RemovalView view = SignedIn.as(officer, () -> removals.get(id));
        assertThat(view.status()).isEqualTo(RemovalStatus.STOPPED);
        assertThat(view.screening()).isEqualTo(RemovalViews.Screening.VICTIM);
        assertThat(view.victimReference()).isEqualTo(victim.reference());
        assertThat(victim.personId()).isEqualTo(view.personId());
        assertThat(victim.status()).isEqualTo(TraffickingStatus.POSSIBLE);
        assertThat(victim.reflection()).isNotNull();
        assertThat(victim.screenings()).singleElement().satisfies(screening -> assertThat(screening.context())
                .isEqualTo(ScreeningContext.PRE_DEPORTATION));
        assertThatThrownBy(() -> SignedIn.run(officer, () -> removals.execute(id, new RemovalCommands.Execution(
                today)))).hasMessageContaining("removal.error.stopped");
        assertThat(audit.action("REMOVAL_SCREENED").target(id).count()).isEqualTo(1);
        assertThat(SignedIn.as(officer, () -> removals.list(new RemovalCommands.Search(null, RemovalStatus.STOPPED),
                PageRequest.of(0, 10))).items()).extracting(RemovalViews.RemovalListItem::id).containsExactly(id);
    }

    @Test
    void theScreeningIsAlwaysOfTheRemovalsOwnPerson() {
        QorgauUser officer = officer();
        long id = removal(officer);
        long other = SignedIn.as(officer, () -> persons.register(new PersonDetails("Другой", "Синтетик", null,
                LocalDate.of(1980, 1, 1), Sex.MALE, Set.of(CountryCode.of("KG")), null, List.of(), null, null, null))
                .value());

        VictimViews.VictimView victim = SignedIn.as(officer, () -> removals.screen(id, screening(other, today,
                TraffickingStatus.NOT_A_VICTIM)));

        assertThat(victim.personId()).isEqualTo(SignedIn.as(officer, () -> removals.get(id)).personId())
                .isNotEqualTo(other);
        SignedIn.run(officer, () -> removals.execute(id, new RemovalCommands.Execution(today)));
        assertThat(SignedIn.as(officer, () -> removals.get(id)).status()).isEqualTo(RemovalStatus.EXECUTED);
    }

    @Test
    void onlyTheRecordingServiceReachesItsRemovals() {
        long id = removal(officer());
        QorgauUser another = officer();
        assertThatThrownBy(() -> SignedIn.as(another, () -> removals.get(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.run(another, () -> removals.screeningNotPossible(id,
                new RemovalCommands.NoScreening(NoScreeningReason.OTHER, today)))).isInstanceOf(
                        NotFoundException.class);
        assertThat(SignedIn.as(another, () -> removals.list(new RemovalCommands.Search(null, null), PageRequest.of(0,
                10))).items()).isEmpty();
        QorgauUser inspector = staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-71", Role.LABOUR_INSPECTOR);
        assertThatThrownBy(() -> SignedIn.as(inspector, () -> removals.get(id))).isInstanceOf(
                AccessDeniedException.class);
        assertThat(jdbc.sql("select status from inspections_removal where id = ?").param(id).query(String.class)
                .single()).isEqualTo("PENDING");
    }
}
