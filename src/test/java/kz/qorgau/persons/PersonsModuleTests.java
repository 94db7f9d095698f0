package kz.qorgau.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
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
import kz.qorgau.shared.NotFoundException;

/**
 * The person registry with the modules it uses, on a database of its own and without the modules that grant
 * access through their records (cases, victims): here only the registrant sees a person's data; everyone else
 * finds, names and is refused exactly as the registry's own rules say, and every step is audited. The persons
 * module uses the identity module's types only, not its services; identity and organisations are included so that
 * {@link Staff} can create the users.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES,
        extraIncludes = { "identity", "organisations" })
@ModuleDatabase
class PersonsModuleTests {

    final PersonRegistry registry;
    final Staff staff;
    final AuditAssertions audit;

    PersonsModuleTests(PersonRegistry registry, OrganisationRegistry organisations, Accounts accounts,
            JdbcClient jdbc) {
        this.registry = registry;
        this.staff = new Staff(organisations, accounts);
        this.audit = new AuditAssertions(jdbc);
    }

    PersonId register(QorgauUser user, PersonDetails details) {
        return SignedIn.as(user, () -> registry.register(details));
    }

    @Test
    void theRegistrantSeesThePersonAndRevealsTheDataForAReasonThatIsSealedInTheTrail() {
        QorgauUser inspector = staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-19", Role.LABOUR_INSPECTOR);
        PersonDetails details = SyntheticPersons.complete();
        PersonId id = register(inspector, details);

        assertThat(SignedIn.as(inspector, () -> registry.maySee(id))).isTrue();
        PersonDetails revealed = SignedIn.as(inspector, () -> registry.reveal(id, "Synthetic: to call the worker"));

        assertThat(revealed.iin()).isEqualTo(details.iin());
        assertThat(revealed.fullName()).isEqualTo(details.fullName());
        assertThat(audit.record("person", id.value()).actions()).containsExactly("PERSON_REGISTERED",
                "PERSON_REVEALED");
        AuditAssertions.Entry reveal = audit.record("person", id.value()).last();
        assertThat(reveal.actor()).isEqualTo(inspector.getUsername());
        assertThat(reveal.sealedKeys()).containsExactly("reason");
        assertThat(reveal.details()).doesNotContain("Synthetic").doesNotContain(details.surname());
    }

    @Test
    void anotherOrganisationFindsThePersonByIinAndMayNameThemButSeesNoPersonalData() {
        QorgauUser inspector = staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-19", Role.LABOUR_INSPECTOR);
        QorgauUser caseWorker = staff.caseWorker("KZ-75");
        PersonDetails details = SyntheticPersons.complete();
        PersonId id = register(inspector, details);

        List<PersonMatch> matches = SignedIn.as(caseWorker, () -> registry.findMatches(PersonSearch.byIin(details
                .iin())));
        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.person().id()).isEqualTo(id);
            assertThat(match.matchedBy()).containsExactly(PersonMatch.MatchedBy.IIN);
            assertThat(match.linkable()).isTrue();
        });
        assertThat(audit.action("PERSON_SEARCHED").by(caseWorker.getUsername()).last().clearDetails())
                .containsEntry("criteria", "IIN").containsEntry("matches", "1");
        assertThat(audit.action("PERSON_SEARCHED").detailsContaining(details.iin().value()).count()).isZero();

        PersonLink link = SignedIn.as(caseWorker, () -> registry.link(id));
        assertThat(link.opensIdentity()).isFalse();
        assertThat(SignedIn.as(caseWorker, () -> registry.maySee(id))).isFalse();
        assertThatThrownBy(() -> SignedIn.as(caseWorker, () -> registry.reveal(id, "Synthetic: curious")))
                .isInstanceOf(NotFoundException.class);
        assertThat(audit.record("person", id.value()).lastActions(2))
                .containsExactly("PERSON_LINKED_BY_IDENTIFIER", "PERSON_REVEAL_REFUSED");
        assertThat(audit.action("PERSON_REVEAL_REFUSED").record("person", id.value()).actors())
                .containsExactly(caseWorker.getUsername());
    }

    @Test
    void aPersonNoOneShowedTheUserCannotBeNamedOrSummarised() {
        QorgauUser inspector = staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-19", Role.LABOUR_INSPECTOR);
        QorgauUser stranger = staff.investigator("KZ-71");
        PersonId id = register(inspector, SyntheticPersons.complete());

        assertThatThrownBy(() -> SignedIn.as(stranger, () -> registry.summary(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SignedIn.as(stranger, () -> registry.link(id))).isInstanceOf(NotFoundException.class);
        assertThat(audit.action("PERSON_LINK_REFUSED").record("person", id.value()).actors())
                .containsExactly(stranger.getUsername());
    }

    @Test
    void aMatchByNameAndBirthDateAloneDoesNotLetTheSearcherNameThePerson() {
        QorgauUser inspector = staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-19", Role.LABOUR_INSPECTOR);
        QorgauUser caseWorker = staff.caseWorker("KZ-75");
        PersonDetails details = SyntheticPersons.complete();
        PersonId id = register(inspector, details);

        List<PersonMatch> matches = SignedIn.as(caseWorker, () -> registry.findMatches(new PersonSearch(null,
                List.of(), details.surname(), details.givenName(), details.birthDate())));

        assertThat(matches).singleElement().satisfies(match -> {
            assertThat(match.matchedBy()).containsExactly(PersonMatch.MatchedBy.NAME_AND_BIRTH_DATE);
            assertThat(match.linkable()).isFalse();
        });
        assertThatThrownBy(() -> SignedIn.as(caseWorker, () -> registry.link(id))).isInstanceOf(
                NotFoundException.class);
    }

    @Test
    void anUpdateIsAuditedWithTheNamesOfTheChangedFieldsNeverTheirValues() {
        QorgauUser inspector = staff.user(OrganisationType.LABOUR_INSPECTORATE, "KZ-19", Role.LABOUR_INSPECTOR);
        PersonDetails details = SyntheticPersons.complete();
        PersonId id = register(inspector, details);
        String phone = "+7 702 555 01 23";

        SignedIn.as(inspector, () -> registry.update(id, new PersonDetails(details.surname(), details.givenName(),
                details.patronymic(), details.birthDate(), details.sex(), details.citizenships(), details.iin(),
                details.passports(), phone, details.email(), details.address())));

        AuditAssertions.Entry updated = audit.action("PERSON_UPDATED").record("person", id.value()).last();
        assertThat(updated.clearDetails()).containsEntry("fields", "phone");
        assertThat(updated.details()).doesNotContain("555");
        assertThat(SignedIn.as(inspector, () -> registry.reveal(id, "Synthetic: check")).phone()).isEqualTo(phone);
    }

    @Test
    void anAnalystDoesNotWorkWithPersons() {
        QorgauUser analyst = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ANALYST);

        assertThat(registry.mayWorkWithPersons(analyst)).isFalse();
        assertThatThrownBy(() -> SignedIn.as(analyst, () -> registry.register(SyntheticPersons.complete())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
