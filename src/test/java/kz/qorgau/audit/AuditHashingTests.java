package kz.qorgau.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class AuditHashingTests {

    static final Instant AT = Instant.parse("2026-11-27T10:00:00.123456Z");

    @Test
    void hashIsStableForTheSameContent() {
        assertThat(AuditHashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS))
                .isEqualTo(AuditHashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}",
                        AuditHashing.GENESIS))
                .hasSize(64);
    }

    @Test
    void everyFieldChangesTheHash() {
        String base = AuditHashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS);
        assertThat(AuditHashing.hash(2, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHashing.hash(1, AT.plusNanos(1000), "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHashing.hash(1, AT, "admim", "127.0.0.1", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHashing.hash(1, AT, "admin", "127.0.0.2", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHashing.hash(1, AT, "admin", "127.0.0.1", "USER_UPDATED", "user", "7", "{}", AuditHashing.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "users", "7", "{}", AuditHashing.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "8", "{}", AuditHashing.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{ }", AuditHashing.GENESIS)).isNotEqualTo(base);
        assertThat(AuditHashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}", "1".repeat(64))).isNotEqualTo(base);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "ab" + "c" and "a" + "bc" must not collide: fields are length-prefixed.
        assertThat(AuditHashing.hash(1, AT, "ab", "c", "X", null, null, "", AuditHashing.GENESIS))
                .isNotEqualTo(AuditHashing.hash(1, AT, "a", "bc", "X", null, null, "", AuditHashing.GENESIS));
        assertThat(AuditHashing.hash(1, AT, null, "", "X", null, null, "", AuditHashing.GENESIS))
                .isNotEqualTo(AuditHashing.hash(1, AT, "", null, "X", null, null, "", AuditHashing.GENESIS));
    }
}
