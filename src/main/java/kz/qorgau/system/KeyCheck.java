package kz.qorgau.system;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start with keys that are not the ones the database was written with: with other keys every
 * encrypted value would be unreadable and new ones would be written that the old keys cannot read. At
 * first start a known value is sealed, indexed and tagged with the audit key into {@code system_key_check};
 * every later start opens it and recomputes its index and tag before the application takes requests (a
 * database from before the audit key gets its tag at the first start that has one). (JdbcClient waits for
 * Flyway.)
 */
@Component
class KeyCheck implements InitializingBean {

    static final String CONTEXT = "system.key-check";
    static final String CANARY = "Qorgau key check";

    private final JdbcClient jdbc;
    private final FieldEncryption encryption;
    private final AuditKey auditKey;
    private final Clock clock;

    KeyCheck(JdbcClient jdbc, FieldEncryption encryption, AuditKey auditKey, Clock clock) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.auditKey = auditKey;
        this.clock = clock;
    }

    @Override
    public void afterPropertiesSet() {
        Optional<Canary> canary = read();
        if (canary.isEmpty()) {
            jdbc.sql("""
                    insert into system_key_check (id, ciphertext, blind_index, audit_tag, created_at)
                    values (1, :ciphertext, :blindIndex, :auditTag, :createdAt) on conflict (id) do nothing
                    """)
                    .param("ciphertext", encryption.encrypt(CANARY, CONTEXT))
                    .param("blindIndex", encryption.blindIndex(CONTEXT, CANARY))
                    .param("auditTag", auditKey.tag(CONTEXT, CANARY))
                    .param("createdAt", Timestamp.from(clock.instant()))
                    .update();
            canary = read();
        }
        if (canary.orElseThrow().auditTag() == null) {
            jdbc.sql("update system_key_check set audit_tag = ? where id = 1 and audit_tag is null")
                    .param(auditKey.tag(CONTEXT, CANARY)).update();
            canary = read();
        }
        verify(canary.orElseThrow());
    }

    private void verify(Canary canary) {
        boolean opens;
        try {
            opens = CANARY.equals(encryption.decrypt(canary.ciphertext(), CONTEXT));
        } catch (FieldEncryption.DecryptionFailedException e) {
            opens = false;
        }
        if (!opens) {
            throw new KeysDoNotMatchDataException("encryption");
        }
        if (!encryption.blindIndex(CONTEXT, CANARY).equals(canary.blindIndex())) {
            throw new KeysDoNotMatchDataException("blind index");
        }
        if (!auditKey.verifies(CONTEXT, CANARY, canary.auditTag())) {
            throw new KeysDoNotMatchDataException("audit");
        }
    }

    private Optional<Canary> read() {
        return jdbc.sql("select ciphertext, blind_index, audit_tag from system_key_check where id = 1")
                .query((rs, n) -> new Canary(rs.getBytes("ciphertext"), rs.getString("blind_index"),
                        rs.getString("audit_tag")))
                .optional();
    }

    private record Canary(byte[] ciphertext, String blindIndex, String auditTag) {
    }

    /** The configured keys are not those the database's data was written with. */
    static final class KeysDoNotMatchDataException extends RuntimeException {
        KeysDoNotMatchDataException(String which) {
            super("the encryption keys do not match the data in the database (the " + which
                    + " key is not the one the data was written with).");
        }
    }
}
