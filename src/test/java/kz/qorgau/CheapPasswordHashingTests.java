package kz.qorgau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;

import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.Role;

/**
 * The tests' application contexts hash passwords at the lowest cost ({@link CheapPasswordHashing}): the demo users of
 * the shared context and the users the tests create are stored so, and their passwords are checked against them.
 */
@QorgauTest
class CheapPasswordHashingTests extends FullTest {

    private static final String CHEAP = "{argon2}$argon2id$v=19$m=8,t=1,p=1$";

    @Test
    void theUsersOfTheTestsAreHashedAtTheLowestCostAndTheirPasswordsCheckedAgainstIt() throws Exception {
        assertThat(hash("caseworker")).startsWith(CHEAP);
        String username = TestUsers.username("ph.");
        users.create(username, DemoOrganisations.CRISIS_CENTRES, Role.CASE_WORKER);
        assertThat(hash(username)).startsWith(CHEAP);
        // the password is checked against the hash: right, it goes on to the second factor; wrong, it is refused
        new WebSession(mvc).login(username, TestUsers.PASSWORD).andExpect(redirectedUrl("/login/second-factor"));
        new WebSession(mvc).login(username, TestUsers.PASSWORD + "!").andExpect(redirectedUrl("/login?error"));
    }

    private String hash(String username) {
        return jdbc.sql("select password_hash from identity_user where username = :username").param("username",
                username).query(String.class).single();
    }
}
