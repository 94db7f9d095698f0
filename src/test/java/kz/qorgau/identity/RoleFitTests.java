package kz.qorgau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.TestUsers;
import kz.qorgau.SignedIn;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.shared.RuleViolationException;

/**
 * Roles fit the type of their holder's organisation (docs/access.md, "Roles and organisations"): an administrator
 * grants one that does not fit only by an explicit override with a reason, which is kept, audited and shown, on the
 * pages and over the API alike.
 */
@QorgauTest
class RoleFitTests extends FullTest {

    @Autowired
    Accounts accounts;
    @Autowired
    OrganisationRegistry organisations;

    long shelter() {
        return users.organisation(DemoOrganisations.SHELTER_ALMATY);
    }

    MvcResult createWorker(String username, String role, String reason) throws Exception {
        var request = post("/admin/users").with(users.as("admin")).with(csrf()).param("username", username)
                .param("fullName", "Синтетический Сотрудник").param("organisationId", Long.toString(shelter()))
                .param("roles", role).param("regions", "KZ-75");
        if (reason != null) {
            request.param("roleOverrideReason", reason);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void theRolesTableGivesEachJobTheOrganisationsThatDoIt() {
        assertThat(Role.INVESTIGATOR.fits(OrganisationType.POLICE_UNIT)).isTrue();
        assertThat(Role.INVESTIGATOR.fits(OrganisationType.NGO)).isFalse();
        assertThat(Role.INVESTIGATOR.fits(OrganisationType.SHELTER)).isFalse();
        assertThat(Role.PROSECUTOR.fits(OrganisationType.PROSECUTOR_OFFICE)).isTrue();
        assertThat(Role.PROSECUTOR.fits(OrganisationType.POLICE_UNIT)).isFalse();
        assertThat(Role.COURT_CLERK.fits(OrganisationType.COURT)).isTrue();
        assertThat(Role.COURT_CLERK.fits(OrganisationType.PROSECUTOR_OFFICE)).isFalse();
        assertThat(Role.CASE_WORKER.fits(OrganisationType.NGO)).isTrue();
        assertThat(Role.CASE_WORKER.fits(OrganisationType.POLICE_UNIT)).isFalse();
        assertThat(Role.misfits(List.of(Role.CASE_WORKER, Role.INVESTIGATOR, Role.RECORD_EXPORT),
                OrganisationType.SHELTER)).containsExactly(Role.INVESTIGATOR);
        for (Role role : Role.values()) {
            assertThat(role.organisationTypes()).as("organisations for %s", role).isNotEmpty();
        }
    }

    @Test
    void everyDemoUserHoldsRolesThatFitTheirOrganisation() {
        for (String username : TestUsers.DEMO) {
            QorgauUser demo = users.demo(username);
            OrganisationType type = organisations.get(demo.organisationId()).type();
            assertThat(Role.misfits(demo.roles(), type)).as("%s in a %s", username, type).isEmpty();
        }
    }

    @Test
    void aFittingRoleIsGrantedWithoutAnyOverride() throws Exception {
        String username = TestUsers.username("fit.worker.");
        MvcResult created = createWorker(username, "CASE_WORKER", null);
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        long id = users.demo(username).id();
        assertThat(users.demo(username).roles()).containsExactly(Role.CASE_WORKER);
        assertThat(audit.action("ROLE_OVERRIDE_GRANTED").target(id).count()).isZero();
    }

    @Test
    void aRoleThatDoesNotFitIsRefusedWithoutAnOverride() throws Exception {
        String username = TestUsers.username("misfit.worker.");
        MvcResult refused = createWorker(username, "INVESTIGATOR", "  ");
        assertThat(refused.getResponse().getStatus()).isEqualTo(200);
        assertThat(refused.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Выбраны роли, которые не соответствуют типу организации пользователя")
                .contains("id=\"roleOverrideReason-error\"")
                .contains("aria-invalid=\"true\"");
        assertThat(accounts.principal(username)).isEmpty();

        // nor may a fitting user be given it afterwards
        String worker = TestUsers.username("later.worker.");
        createWorker(worker, "CASE_WORKER", null);
        long id = users.demo(worker).id();
        mvc.perform(post("/admin/users/" + id).with(users.as("admin")).with(csrf()).param("username", worker)
                .param("fullName", "Синтетический Сотрудник").param("organisationId", Long.toString(shelter()))
                .param("roles", "CASE_WORKER", "INVESTIGATOR").param("regions", "KZ-75"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("не соответствуют типу организации")));
        assertThat(users.demo(worker).roles()).containsExactly(Role.CASE_WORKER);
    }

    @Test
    void withAnOverrideAndItsReasonTheRoleIsGrantedAuditedAndShownOnTheUsersPage() throws Exception {
        String username = TestUsers.username("override.worker.");
        String reason = "Синтетическая причина: откомандирован в оперативную группу по приказу № 12";
        MvcResult created = createWorker(username, "INVESTIGATOR", reason);
        assertThat(created.getResponse().getStatus()).isEqualTo(302);
        QorgauUser granted = users.demo(username);
        assertThat(granted.roles()).containsExactly(Role.INVESTIGATOR);
        assertThat(audit.action("ROLE_OVERRIDE_GRANTED").target(granted.id()).actors()).containsExactly("admin");
        // the reason is free text: sealed in the trail, in plain on the user's page for administrators
        assertThat(audit.action("ROLE_OVERRIDE_GRANTED").target(granted.id()).detailsContaining("откомандирован")
                .count()).isZero();
        mvc.perform(get("/admin/users/" + granted.id()).with(users.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"role-overrides\"")))
                .andExpect(content().string(Matchers.containsString(reason)));

        // a later change that keeps the role in the same organisation needs no new reason
        mvc.perform(post("/admin/users/" + granted.id()).with(users.as("admin")).with(csrf()).param("username",
                username)
                .param("fullName", "Переименованный Сотрудник").param("organisationId", Long.toString(shelter()))
                .param("roles", "INVESTIGATOR").param("regions", "KZ-75"))
                .andExpect(status().is3xxRedirection());
        assertThat(audit.action("ROLE_OVERRIDE_GRANTED").target(granted.id()).count()).isEqualTo(1);
    }

    @Test
    void anAdministratorsOverriddenDataRoleStillWaitsForASecondAdministrator() {
        long operator = users.organisation(DemoOrganisations.OPERATOR);
        String secondName = TestUsers.username("fit.admin.");
        users.create(secondName, DemoOrganisations.OPERATOR, Role.ADMIN);
        QorgauUser second = users.demo(secondName);
        String targetName = TestUsers.username("fit.target.");
        long target = users.create(targetName, "Target Admin", DemoOrganisations.OPERATOR, Set.of(Role.ADMIN)).id();
        QorgauUser first = users.demo("admin");
        UserProfile withInvestigator = new UserProfile("Target Admin", null, operator,
                Set.of(Role.ADMIN, Role.INVESTIGATOR), true, Set.of());

        assertThatThrownBy(() -> SignedIn.as(first, () -> accounts.update(target, withInvestigator)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("user.error.role-misfit");
        assertThat(SignedIn.as(first, accounts::roleRequests)).noneMatch(request -> request.userId() == target);

        SignedIn.as(first, () -> accounts.update(target, withInvestigator, "Synthetic: audits the police unit"));
        assertThat(users.demo(targetName).roles()).containsExactly(Role.ADMIN);
        RoleRequest request = SignedIn.as(first, accounts::roleRequests).stream()
                .filter(pending -> pending.userId() == target).findFirst().orElseThrow();
        SignedIn.as(second, () -> accounts.approveRoles(request.id()));
        assertThat(users.demo(targetName).roles())
                .containsExactlyInAnyOrder(Role.ADMIN, Role.INVESTIGATOR);
        assertThat(audit.record("user", target).actions()).containsSubsequence("ROLE_OVERRIDE_GRANTED",
                "ROLE_CHANGE_REQUESTED", "ROLE_CHANGE_APPROVED");
    }

    @Test
    void theFormOffersTheFittingRolesAndTheOthersBehindTheOverride() throws Exception {
        String page = mvc.perform(get("/admin/users/role-choices").with(users.as("admin"))
                .param("organisationId", Long.toString(shelter())).header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        int override = page.indexOf("id=\"role-override\"");
        assertThat(override).isPositive();
        assertThat(page.indexOf("value=\"CASE_WORKER\"")).isBetween(0, override);
        assertThat(page.indexOf("value=\"INVESTIGATOR\"")).isGreaterThan(override);
        assertThat(page).doesNotContain("<nav");
    }

    @Test
    void theApiObeysTheSameRule() throws Exception {
        String username = TestUsers.username("api.misfit.");
        String body = """
                {"username": "%s", "profile": {"fullName": "API Worker", "organisationId": %d,
                 "roles": ["PROSECUTOR"], "nationalScope": true, "regions": []}%s}
                """;
        mvc.perform(post("/api/v1/users").with(users.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(username, shelter(), "")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("user.error.role-misfit"));
        assertThat(accounts.principal(username)).isEmpty();

        mvc.perform(post("/api/v1/users").with(users.as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body.formatted(username, shelter(), ", \"roleOverrideReason\": \"Synthetic: seconded\"")))
                .andExpect(status().isCreated());
        long id = users.demo(username).id();
        assertThat(audit.action("ROLE_OVERRIDE_GRANTED").target(id).count()).isEqualTo(1);

        // a change over the API adding another role that does not fit is refused in the same way
        String change = """
                {"fullName": "API Worker", "organisationId": %d, "roles": ["PROSECUTOR", "COURT_CLERK"],
                 "nationalScope": true, "regions": []%s}
                """;
        mvc.perform(put("/api/v1/users/" + id).with(users.as("admin")).with(csrf()).contentType(
                MediaType.APPLICATION_JSON)
                .content(change.formatted(shelter(), "")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("user.error.role-misfit"));
        mvc.perform(put("/api/v1/users/" + id).with(users.as("admin")).with(csrf()).contentType(
                MediaType.APPLICATION_JSON)
                .content(change.formatted(shelter(), ", \"roleOverrideReason\": \"Synthetic: court liaison\"")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.roles", Matchers.containsInAnyOrder("PROSECUTOR", "COURT_CLERK")));
        assertThat(audit.action("ROLE_OVERRIDE_GRANTED").target(id).count()).isEqualTo(2);
    }
}
