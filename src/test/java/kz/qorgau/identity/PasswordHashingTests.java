package kz.qorgau.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

import kz.qorgau.CheapPasswordHashing;

/**
 * The production cost of a password's hash (the tests' contexts hash at the lowest cost,
 * {@link CheapPasswordHashing}): Argon2id, 16 MiB, two passes, one lane, under the delegating encoder's
 * prefix; and a hash of the lower cost is still checked.
 */
class PasswordHashingTests {

    @Test
    void passwordsAreHashedWithArgon2idAtTheProductionCost() {
        PasswordEncoder encoder = new SecurityConfiguration().passwordEncoder();
        String hash = encoder.encode("Synthetic-Password-1");
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=16384,t=2,p=1$");
        assertThat(encoder.matches("Synthetic-Password-1", hash)).isTrue();
        assertThat(encoder.matches("Synthetic-Password-2", hash)).isFalse();
        assertThat(encoder.matches("Synthetic-Password-1", CheapPasswordHashing.cheap().encode("Synthetic-Password-1")))
                .isTrue();
    }
}
