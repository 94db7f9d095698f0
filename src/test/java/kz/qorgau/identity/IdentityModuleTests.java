package kz.qorgau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.SignedIn;
import kz.qorgau.Staff;
import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;

/**
 * The identity module with the modules it uses (organisations, audit, system), on a database of its own without
 * demo users: accounts created, changed, disabled and their passwords, under the administrators' rules, audited.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ModuleDatabase
class IdentityModuleTests {

    final Accounts accounts;
    final Staff staff;
    final AuditAssertions audit;

    IdentityModuleTests(Accounts accounts, OrganisationRegistry organisations, JdbcClient jdbc) {
        this.accounts = accounts;
        this.staff = new Staff(organisations, accounts);
        this.audit = new AuditAssertions(jdbc);
    }

    static UserProfile investigatorIn(OrganisationSummary unit) {
        return new UserProfile("Синтетический Следователь", "investigator@example.org", unit.id(),
                Set.of(Role.INVESTIGATOR), false, Set.of(new RegionCode("KZ-75")));
    }

    @Test
    void theDatabaseStartsWithoutDemoUsers() {
        assertThat(accounts.principal("admin")).isEmpty();
        assertThat(accounts.principal("investigator")).isEmpty();
    }

    @Test
    void anAdministratorCreatesAnAccountWhosePasswordIsTemporaryAndNeverAudited() {
        QorgauUser admin = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ADMIN);
        OrganisationSummary unit = staff.organisation(OrganisationType.POLICE_UNIT, "KZ-75");

        IssuedPassword issued = SignedIn.as(admin, () -> accounts.create("new.investigator", investigatorIn(unit)));

        assertThat(issued.user().mustChangePassword()).isTrue();
        assertThat(issued.user().roles()).containsExactly(Role.INVESTIGATOR);
        QorgauUser principal = accounts.principal("new.investigator").orElseThrow();
        assertThat(principal.covers(new RegionCode("KZ-75"))).isTrue();
        assertThat(principal.covers(new RegionCode("KZ-71"))).isFalse();
        assertThat(principal.may(Permission.CASES_INVESTIGATE)).isTrue();
        AuditAssertions.Entry created = audit.action("USER_CREATED").record("user", issued.user().id()).last();
        assertThat(created.actor()).isEqualTo(admin.getUsername());
        assertThat(created.clearDetails()).containsEntry("username", "new.investigator");
        assertThat(audit.all().detailsContaining(issued.temporaryPassword()).count()).isZero();
    }

    @Test
    void aUserNameHasAFormAndIsTakenOnce() {
        QorgauUser admin = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ADMIN);
        OrganisationSummary unit = staff.organisation(OrganisationType.POLICE_UNIT, "KZ-75");
        SignedIn.as(admin, () -> accounts.create("taken.once", investigatorIn(unit)));

        assertThatThrownBy(() -> SignedIn.as(admin, () -> accounts.create("Taken.Once", investigatorIn(unit))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("user.error.username-taken");
        assertThatThrownBy(() -> SignedIn.as(admin, () -> accounts.create("1 bad name", investigatorIn(unit))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("user.error.username-format");
        assertThat(audit.action("USER_CREATED").detailsContaining("taken.once").count()).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorAdministersUsers() {
        QorgauUser investigator = staff.investigator("KZ-75");
        OrganisationSummary unit = staff.organisation(OrganisationType.POLICE_UNIT, "KZ-75");

        assertThatThrownBy(() -> SignedIn.as(investigator, () -> accounts.create("by.investigator",
                investigatorIn(unit)))).isInstanceOf(AccessDeniedException.class);
        assertThat(accounts.principal("by.investigator")).isEmpty();
    }

    @Test
    void anAdministratorGainsADataRoleOnlyWhenASecondAdministratorApproves() {
        OrganisationSummary operator = staff.organisation(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null);
        QorgauUser first = staff.member(operator, Role.ADMIN);
        QorgauUser second = staff.member(operator, Role.ADMIN);
        QorgauUser colleague = staff.member(operator, Role.ADMIN);

        SignedIn.as(first, () -> accounts.update(colleague.id(), new UserProfile(colleague.fullName(), null,
                operator.id(), Set.of(Role.ADMIN, Role.AUDITOR), true, Set.of())));
        assertThat(accounts.principal(colleague.getUsername()).orElseThrow().roles()).containsExactly(Role.ADMIN);
        RoleRequest request = SignedIn.as(first, accounts::roleRequests).stream()
                .filter(pending -> pending.userId() == colleague.id()).findFirst().orElseThrow();
        assertThat(request.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);

        assertThatThrownBy(() -> SignedIn.as(first, () -> accounts.approveRoles(request.id())))
                .hasMessageContaining("user.error.approve-own-request");
        SignedIn.as(second, () -> accounts.approveRoles(request.id()));

        assertThat(accounts.principal(colleague.getUsername()).orElseThrow().roles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.AUDITOR);
        assertThat(audit.record("user", colleague.id()).actions()).containsSubsequence("ROLE_CHANGE_REQUESTED",
                "ROLE_CHANGE_APPROVED", "SESSIONS_ENDED");
    }

    @Test
    void aDisabledUserCannotSignInAndNoAdministratorDisablesThemself() {
        QorgauUser admin = staff.user(OrganisationType.CENTRAL_GOVERNMENT_ORGANISATION, null, Role.ADMIN);
        QorgauUser caseWorker = staff.caseWorker("KZ-75");

        SignedIn.run(admin, () -> accounts.disable(caseWorker.id()));
        assertThat(accounts.principal(caseWorker.getUsername()).orElseThrow().isEnabled()).isFalse();
        assertThatThrownBy(() -> SignedIn.run(admin, () -> accounts.disable(admin.id())))
                .hasMessageContaining("user.error.disable-self");

        SignedIn.run(admin, () -> accounts.enable(caseWorker.id()));
        assertThat(accounts.principal(caseWorker.getUsername()).orElseThrow().isEnabled()).isTrue();
        assertThat(audit.record("user", caseWorker.id()).lastActions(3))
                .containsExactly("USER_DISABLED", "SESSIONS_ENDED", "USER_ENABLED");
    }

    @Test
    void aUserChangesTheirOwnPasswordOnlyWithTheCurrentOneAndWithinThePolicy() {
        QorgauUser caseWorker = staff.caseWorker("KZ-75");
        String username = caseWorker.getUsername();

        assertThat(SignedIn.as(caseWorker, () -> accounts.changeOwnPassword(username, "wrong", "Long-Enough-2027!")))
                .containsExactly("password.error.current-wrong");
        assertThat(SignedIn.as(caseWorker, () -> accounts.changeOwnPassword(username, Staff.PASSWORD, "short")))
                .containsExactly("password.error.too-short");
        assertThat(audit.action("PASSWORD_CHANGED").by(username).count()).isZero();

        assertThat(SignedIn.as(caseWorker, () -> accounts.changeOwnPassword(username, Staff.PASSWORD,
                "Another-Long-Passphrase-2027"))).isEmpty();
        assertThat(audit.action("PASSWORD_CHANGED").by(username).count()).isEqualTo(1);
        assertThat(SignedIn.as(caseWorker, () -> accounts.changeOwnPassword(username, Staff.PASSWORD,
                "Yet-Another-Passphrase-2028"))).containsExactly("password.error.current-wrong");
    }
}
