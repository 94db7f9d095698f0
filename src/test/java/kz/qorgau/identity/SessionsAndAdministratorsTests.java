package kz.qorgau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.TestUsers;
import kz.qorgau.SignedIn;
import kz.qorgau.WebSession;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.system.SystemActor;

/**
 * Sessions end when a user is disabled, their roles or scope change, or their password is reset or changed;
 * a user holds a limited number of sessions; no one changes their own roles; an administrator gets a role that
 * reaches data only with a second administrator's approval.
 */
@QorgauTest
class SessionsAndAdministratorsTests extends FullTest {

    static final String PASSWORD = TestUsers.PASSWORD;

    @Autowired
    Accounts accounts;

    /** An analyst: no second factor, so that the tests sign in with the password. */
    long newAnalyst(String username) {
        return users.create(username, DemoOrganisations.WORKING_GROUP, Role.ANALYST).id();
    }

    static String name(String prefix) {
        return TestUsers.username(prefix);
    }

    WebSession signedIn(String username) throws Exception {
        WebSession browser = users.signIn(username);
        browser.perform(get("/statistics")).andExpect(status().isOk());
        return browser;
    }

    UserSummary user(long id) {
        return SystemActor.call(() -> accounts.get(id));
    }

    QorgauUser admin() {
        return users.demo("admin");
    }

    @ParameterizedTest
    @ValueSource(strings = { "disabled", "roles", "scope", "password-reset" })
    void anAdministratorsChangeEndsTheUsersSessions(String change) throws Exception {
        String username = name("sess.");
        long id = newAnalyst(username);
        WebSession first = signedIn(username);
        WebSession second = signedIn(username);
        Consumer<Long> act = switch (change) {
            case "disabled" -> user -> accounts.disable(user);
            case "roles" -> user -> accounts.update(user, user(user).profile().withRoles(Set.of(Role.AUDITOR)));
            case "scope" -> user -> {
                UserProfile profile = user(user).profile();
                accounts.update(user, new UserProfile(profile.fullName(), null, profile.organisationId(), profile
                        .roles(),
                        false, Set.of(new RegionCode("KZ-75"))));
            };
            default -> user -> accounts.resetPassword(user);
        };
        SignedIn.as(admin(), () -> {
            act.accept(id);
            return null;
        });
        first.perform(get("/statistics")).andExpect(redirectedUrl("/login"));
        second.perform(get("/statistics")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void changingOnesOwnPasswordEndsTheOtherSessionsOnly() throws Exception {
        String username = name("pass.");
        newAnalyst(username);
        WebSession elsewhere = signedIn(username);
        WebSession here = signedIn(username);
        here.perform(post("/account/password").param("currentPassword", PASSWORD)
                .param("newPassword", "the steppe wind at dawn").param("confirmPassword", "the steppe wind at dawn"))
                .andExpect(redirectedUrl("/account"));
        here.perform(get("/statistics")).andExpect(status().isOk());
        elsewhere.perform(get("/statistics")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aUserHoldsAtMostThreeSessionsAndTheOldestEnds() throws Exception {
        String username = name("many.");
        newAnalyst(username);
        WebSession oldest = signedIn(username);
        WebSession second = signedIn(username);
        WebSession third = signedIn(username);
        WebSession fourth = signedIn(username);
        oldest.perform(get("/statistics")).andExpect(redirectedUrl("/login?expired"));
        for (WebSession session : new WebSession[]{ second, third, fourth }) {
            session.perform(get("/statistics")).andExpect(status().isOk());
        }
    }

    @Test
    void noOneChangesTheirOwnRoles() {
        QorgauUser admin = admin();
        UserProfile own = user(admin.id()).profile();
        assertThatThrownBy(() -> SignedIn.as(admin, () -> accounts.update(admin.id(),
                own.withRoles(Set.of(Role.ADMIN, Role.ANALYST)))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("user.error.own-roles");
        assertThat(user(admin.id()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void anAdministratorGetsADataRoleOnlyWithASecondAdministratorsApproval() {
        QorgauUser first = admin();
        String secondName = name("admin.");
        users.create(secondName, DemoOrganisations.OPERATOR, Role.ADMIN);
        QorgauUser second = users.demo(secondName);
        String targetName = name("adm.target.");
        long target = users.create(targetName, "Target Admin", DemoOrganisations.OPERATOR, Set.of(Role.ADMIN)).id();

        // the first administrator asks: the roles wait
        SignedIn.as(first, () -> accounts.update(target, user(target).profile()
                .withRoles(Set.of(Role.ADMIN, Role.ANALYST))));
        assertThat(user(target).roles()).containsExactly(Role.ADMIN);
        RoleRequest request = SignedIn.as(first, () -> accounts.roleRequests()).stream()
                .filter(found -> found.userId() == target).findFirst().orElseThrow();
        assertThat(request.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.ANALYST);

        // not by the one who asked, nor by the user concerned
        assertThatThrownBy(() -> SignedIn.as(first, () -> accounts.approveRoles(request.id())))
                .hasMessageContaining("user.error.approve-own-request");
        QorgauUser targetAdmin = users.demo(targetName);
        assertThatThrownBy(() -> SignedIn.as(targetAdmin, () -> accounts.approveRoles(request.id())))
                .hasMessageContaining("user.error.own-roles");

        SignedIn.as(second, () -> accounts.approveRoles(request.id()));
        assertThat(user(target).roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.ANALYST);
        assertThat(SignedIn.as(first, () -> accounts.roleRequests())).noneMatch(found -> found.userId() == target);
    }

    @Test
    void aNewAdministratorWithADataRoleStartsAsAnAdministratorOnly() {
        long operator = users.organisation(DemoOrganisations.OPERATOR);
        String username = name("new.adm.");
        IssuedPassword issued = SignedIn.as(admin(), () -> accounts.create(username, new UserProfile("New Admin", null,
                operator, Set.of(Role.ADMIN, Role.ANALYST), true, Set.of())));
        assertThat(issued.user().roles()).containsExactly(Role.ADMIN);
        assertThat(SignedIn.as(admin(), () -> accounts.roleRequests()))
                .anySatisfy(request -> assertThat(request.userId() == issued.user().id()
                        && request.roles().contains(Role.ANALYST)).isTrue());
        // a holder of data roles made an administrator keeps them, but waits for the administrator's role
        assertThat(RoleApproval.heldBack(Set.of(Role.INVESTIGATOR), Set.of(Role.INVESTIGATOR, Role.ADMIN)))
                .containsExactly(Role.ADMIN);
        assertThat(RoleApproval.heldBack(Set.of(Role.ADMIN), Set.of(Role.ADMIN))).isEmpty();
        assertThat(RoleApproval.heldBack(Set.of(Role.ANALYST), Set.of(Role.AUDITOR))).isEmpty();
    }
}
