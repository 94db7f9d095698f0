package kz.qorgau.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import kz.qorgau.system.AuditKey;

class AuditHashingTests {

    static final Instant AT = Instant.parse("2026-11-27T10:00:00.123456Z");

    final AuditHashing hashing = new AuditHashing(AuditKey.generate());

    @Test
    void hashIsStableForTheSameContent() {
        assertThat(hashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS))
                .isEqualTo(hashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}",
                        AuditHashing.GENESIS))
                .hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void everyFieldChangesTheHash() {
        String base = hashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}",
                AuditHashing.GENESIS);
        assertThat(hashing.hash(2, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS))
                .isNotEqualTo(base);
        assertThat(hashing.hash(1, AT.plusNanos(1000), "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}",
                AuditHashing.GENESIS)).isNotEqualTo(base);
        assertThat(hashing.hash(1, AT, "admim", "127.0.0.1", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS))
                .isNotEqualTo(base);
        assertThat(hashing.hash(1, AT, "admin", "127.0.0.2", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS))
                .isNotEqualTo(base);
        assertThat(hashing.hash(1, AT, "admin", "127.0.0.1", "USER_UPDATED", "user", "7", "{}", AuditHashing.GENESIS))
                .isNotEqualTo(base);
        assertThat(hashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "users", "7", "{}", AuditHashing.GENESIS))
                .isNotEqualTo(base);
        assertThat(hashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "8", "{}", AuditHashing.GENESIS))
                .isNotEqualTo(base);
        assertThat(hashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{ }", AuditHashing.GENESIS))
                .isNotEqualTo(base);
        assertThat(hashing.hash(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}", "1".repeat(64)))
                .isNotEqualTo(base);
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "ab" + "c" and "a" + "bc" must not collide: fields are length-prefixed.
        assertThat(hashing.hash(1, AT, "ab", "c", "X", null, null, "", AuditHashing.GENESIS))
                .isNotEqualTo(hashing.hash(1, AT, "a", "bc", "X", null, null, "", AuditHashing.GENESIS));
        assertThat(hashing.hash(1, AT, null, "", "X", null, null, "", AuditHashing.GENESIS))
                .isNotEqualTo(hashing.hash(1, AT, "", null, "X", null, null, "", AuditHashing.GENESIS));
    }

    @Test
    void aKeyedEntryVerifiesOnlyUnderItsKey() {
        AuditEntry entry = keyed(hashing, "admin");
        assertThat(hashing.verifies(entry)).isTrue();
        // an intruder without the key recomputes the hash with plain SHA-256, or with a key of their own
        assertThat(hashing.verifies(withHash(entry, AuditHashing.unkeyed(1, AT, "admin", "127.0.0.1", "USER_CREATED",
                "user", "7", "{}", AuditHashing.GENESIS)))).isFalse();
        assertThat(hashing.verifies(keyed(new AuditHashing(AuditKey.generate()), "admin"))).isFalse();
        // the content changed under the same hash
        assertThat(hashing.verifies(new AuditEntry(1, AT, "intruder", entry.sourceAddress(), entry.action(),
                entry.targetType(), entry.targetId(), entry.details(), entry.previousHash(), entry.hash(),
                AuditHashing.KEYED))).isFalse();
    }

    @Test
    void anUnkeyedEntryFromBeforeTheKeyedChainStillVerifiesAsSuch() {
        String sha256 = AuditHashing.unkeyed(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}",
                AuditHashing.GENESIS);
        AuditEntry unkeyed = new AuditEntry(1, AT, "admin", "127.0.0.1", "USER_CREATED", "user", "7", "{}",
                AuditHashing.GENESIS, sha256, AuditHashing.UNKEYED);
        assertThat(hashing.verifies(unkeyed)).isTrue();
        // but a keyed hash never passes for an unkeyed one, nor the other way round, nor an unknown scheme
        assertThat(hashing.verifies(withScheme(keyed(hashing, "admin"), AuditHashing.UNKEYED))).isFalse();
        assertThat(hashing.verifies(withScheme(unkeyed, AuditHashing.KEYED))).isFalse();
        assertThat(hashing.verifies(withScheme(unkeyed, 3))).isFalse();
    }

    static AuditEntry keyed(AuditHashing hashing, String actor) {
        return new AuditEntry(1, AT, actor, "127.0.0.1", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS,
                hashing.hash(1, AT, actor, "127.0.0.1", "USER_CREATED", "user", "7", "{}", AuditHashing.GENESIS),
                AuditHashing.KEYED);
    }

    private static AuditEntry withHash(AuditEntry entry, String hash) {
        return new AuditEntry(entry.seq(), entry.occurredAt(), entry.actor(), entry.sourceAddress(), entry.action(),
                entry.targetType(), entry.targetId(), entry.details(), entry.previousHash(), hash, entry.hashScheme());
    }

    private static AuditEntry withScheme(AuditEntry entry, int scheme) {
        return new AuditEntry(entry.seq(), entry.occurredAt(), entry.actor(), entry.sourceAddress(), entry.action(),
                entry.targetType(), entry.targetId(), entry.details(), entry.previousHash(), entry.hash(), scheme);
    }
}
