package kz.qorgau.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void acceptsALongPassphrase() {
        assertThat(PasswordPolicy.violations("steppe horse river 42", "investigator")).isEmpty();
    }

    @Test
    void rejectsAPasswordShorterThanTwelveCharacters() {
        assertThat(PasswordPolicy.violations("Sh0rt!pass", "someone")).containsExactly("password.error.too-short");
        assertThat(PasswordPolicy.violations(null, "someone")).containsExactly("password.error.too-short");
    }

    @Test
    void rejectsAPasswordLongerThan128Characters() {
        assertThat(PasswordPolicy.violations("abcdefghij".repeat(13), "someone")).contains("password.error.too-long");
    }

    @Test
    void rejectsAPasswordContainingTheUserNameInAnyCase() {
        assertThat(PasswordPolicy.violations("my-INVESTIGATOR-2026", "investigator"))
                .containsExactly("password.error.contains-username");
    }

    @Test
    void rejectsACommonPassword() {
        assertThat(PasswordPolicy.violations("Qwerty123456", "someone")).contains("password.error.too-common");
    }

    @Test
    void rejectsAPasswordOfFewDistinctCharacters() {
        assertThat(PasswordPolicy.violations("abababababab", "someone")).containsExactly("password.error.too-simple");
    }

    @RepeatedTest(20)
    void temporaryPasswordsSatisfyThePolicy() {
        String password = PasswordPolicy.temporaryPassword();
        assertThat(password).hasSize(16);
        assertThat(PasswordPolicy.violations(password, "user")).isEmpty();
    }
}
