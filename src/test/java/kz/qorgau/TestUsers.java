package kz.qorgau;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.identity.UserProfile;
import kz.qorgau.identity.UserSummary;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.SystemActor;

/**
 * The users of the full tests ({@link QorgauTest}, which has it as a bean): the demo users by name, and new users of a
 * demo organisation with a known password, made through the accounts' application service as an administrator would
 * (so a test that locks, disables or changes one disturbs no other test), signed in as a browser signs in.
 * <pre>
 * String username = users.username("sess.");
 * users.create(username, DemoOrganisations.WORKING_GROUP, Role.ANALYST);
 * WebSession browser = users.signIn(username);
 * </pre>
 */
public final class TestUsers {

    /** The demo users, one of each role (see README), in the order of the README's table. */
    public static final List<String> DEMO = List.of("admin", "investigator", "supervisor", "prosecutor", "court",
            "inspector", "migration", "consul", "caseworker", "hotline", "social", "analyst", "auditor");

    /** The password of every user made here. */
    public static final String PASSWORD = "Synthetic-Password-2026";

    private final Accounts accounts;
    private final OrganisationRegistry organisations;
    private final MockMvc mvc;

    public TestUsers(Accounts accounts, OrganisationRegistry organisations, MockMvc mvc) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.mvc = mvc;
    }

    /** A demo user (or one made earlier) by user name. */
    public QorgauUser demo(String username) {
        return accounts.principal(username).orElseThrow();
    }

    /** Requests made as the user, for MockMvc. */
    public RequestPostProcessor as(String username) {
        return user(demo(username));
    }

    /** The id of a demo organisation by its Russian name (see {@code DemoOrganisations}). */
    public long organisation(String name) {
        return organisations.findByName(name).orElseThrow().id();
    }

    /** A user name of the prefix not taken by an earlier run, most likely. */
    public static String username(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(1_000_000);
    }

    /**
     * A new user of the demo organisation with the role, whose scope is the regions or, without regions, national;
     * its password is {@link #PASSWORD}.
     */
    public UserSummary create(String username, String organisation, Role role, String... regions) {
        return create(username, "Синтетический Сотрудник", organisation, Set.of(role), regions);
    }

    public UserSummary create(String username, String fullName, String organisation, Set<Role> roles,
            String... regions) {
        long organisationId = organisation(organisation);
        Set<RegionCode> scope = Arrays.stream(regions).map(RegionCode::new).collect(Collectors.toSet());
        return SystemActor.call(() -> accounts.createWithPassword(username, new UserProfile(fullName, null,
                organisationId, roles, scope.isEmpty(), scope), PASSWORD));
    }

    /** A browser signed in as the user with {@link #PASSWORD}, without a second factor, on the start page. */
    public WebSession signIn(String username) throws Exception {
        WebSession browser = new WebSession(mvc);
        browser.login(username, PASSWORD).andExpect(redirectedUrl("/"));
        return browser;
    }
}
