package kz.qorgau.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.mac.MacConfig;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import kz.qorgau.QorgauApplication;
import kz.qorgau.TestDatabase;
import kz.qorgau.Tiers;
import kz.qorgau.audit.ChainVerification.Problem;

/**
 * A database whose trail the unkeyed chain wrote, upgraded (migration {@code audit/V2__keyed_chain}): its entries
 * still verify, the keyed chain begins once at the first start, and re-chaining the unkeyed part without the key
 * is detected. Runs the application in production mode on a database of its own.
 */
@Tag(Tiers.FULL)
class AuditUpgradeTests {

    static final Instant AT = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void aTrailFromBeforeTheKeyedChainIsUpgradedSoundly(@TempDir Path dir) throws Exception {
        String database = "qorgau_audit_upgrade";
        TestDatabase.createDatabase(database);
        String url = TestDatabase.url(database);
        Map<String, String> settings = TestDatabase.settings(database);
        Flyway.configure().dataSource(url, settings.get("spring.flyway.user"), settings.get("spring.flyway.password"))
                .locations("classpath:" + TestDatabase.SINGLE_FOLDER_MIGRATIONS).target("6.10").load().migrate();
        // someone with full access to the server: writes the old entries, and later tampers with them
        JdbcClient db = JdbcClient.create(TestDatabase.superuser(database));
        List<String> unkeyed = writeUnkeyedEntries(db, 3);
        Path keys = dir.resolve("keys.json");
        writeKeys(keys);
        Path checkpointFile = dir.resolve("data").resolve("audit").resolve("checkpoints.jsonl");
        List<String> arguments = new ArrayList<>(TestDatabase.arguments(database));
        arguments.addAll(List.of("--qorgau.data-dir=" + dir.resolve("data"), "--qorgau.keys.file=" + keys,
                "--server.port=0"));
        String[] args = arguments.toArray(String[]::new);

        try (ConfigurableApplicationContext first = new SpringApplicationBuilder(QorgauApplication.class).run(args)) {
            assertThat(db.sql("select hash_scheme from audit_entry where seq <= 3 order by seq").query(Integer.class)
                    .list())
                    .containsExactly(1, 1, 1);
            Map<String, Object> keyed = db.sql("select * from audit_entry where seq = 4").query().singleRow();
            assertThat(keyed).containsEntry("action", "AUDIT_CHAIN_KEYED").containsEntry("previous_hash", unkeyed
                    .getLast())
                    .containsEntry("actor", "system").containsEntry("details", "{\"unkeyedEntries\":\"3\"}");
            assertThat(((Number) keyed.get("hash_scheme")).intValue()).isEqualTo(AuditHashing.KEYED);
            assertThat(Files.readAllLines(checkpointFile).getLast()).contains("\"seq\":4,");
            AuditTrail trail = first.getBean(AuditTrail.class);
            ChainVerification verification = asAuditor(trail::verify);
            assertThat(verification.intact()).isTrue();
            assertThat(verification.checkpointSeq()).isEqualTo(4);
        }
        try (ConfigurableApplicationContext again = new SpringApplicationBuilder(QorgauApplication.class).run(args)) {
            assertThat(db.sql("select count(*) from audit_entry where action = 'AUDIT_CHAIN_KEYED'").query(Long.class)
                    .single()).as("the keyed chain begins once").isEqualTo(1);
            AuditTrail trail = again.getBean(AuditTrail.class);
            assertThat(asAuditor(trail::verify).intact()).isTrue();

            // The unkeyed part re-chained without the key (entry 2 rewritten, entry 3 re-linked): the first keyed
            // entry's HMAC covers the old hash of entry 3.
            List<String> forged = rechain(db, 2, "intruder");
            ChainVerification rechained = asAuditor(trail::verify);
            assertThat(rechained.problem()).isEqualTo(Problem.BROKEN_LINK);
            assertThat(rechained.firstBrokenSeq()).isEqualTo(4);

            // ... and the keyed part deleted too: the chain holds in itself, but the checkpoint knew it longer.
            tamper(db, "delete from audit_entry where seq >= 4");
            assertThat(forged).hasSize(2);
            ChainVerification truncated = asAuditor(trail::verify);
            assertThat(truncated.problem()).isEqualTo(Problem.TRUNCATED);
            assertThat(truncated.firstBrokenSeq()).isEqualTo(4);
        }
    }

    /** Entries 1..count as the unkeyed chain wrote them (before the hash_scheme column); their hashes in order. */
    private static List<String> writeUnkeyedEntries(JdbcClient db, int count) {
        String previous = AuditHashing.GENESIS;
        List<String> hashes = new ArrayList<>();
        for (long seq = 1; seq <= count; seq++) {
            Instant at = AT.plusSeconds(seq);
            String hash = AuditHashing.unkeyed(seq, at, "admin", "127.0.0.1", "USER_CREATED", "user", Long.toString(
                    seq),
                    "", previous);
            db.sql("""
                    insert into audit_entry (seq, occurred_at, actor, source_address, action, target_type, target_id,
                                             details, previous_hash, hash)
                    values (?, ?, 'admin', '127.0.0.1', 'USER_CREATED', 'user', ?, '', ?, ?)
                    """).params(seq, Timestamp.from(at), Long.toString(seq), previous, hash).update();
            hashes.add(hash);
            previous = hash;
        }
        return hashes;
    }

    /** Rewrites the unkeyed entries from {@code from} to 3 with another actor, re-chained with SHA-256. */
    private static List<String> rechain(JdbcClient db, long from, String actor) {
        String previous = db.sql("select hash from audit_entry where seq = ?").param(from - 1).query(String.class)
                .single();
        List<String> hashes = new ArrayList<>();
        for (long seq = from; seq <= 3; seq++) {
            Instant at = AT.plusSeconds(seq);
            String hash = AuditHashing.unkeyed(seq, at, actor, "127.0.0.1", "USER_CREATED", "user", Long.toString(seq),
                    "",
                    previous);
            tamper(db, "update audit_entry set actor = '" + actor + "', previous_hash = '" + previous + "', hash = '"
                    + hash + "' where seq = " + seq);
            hashes.add(hash);
            previous = hash;
        }
        return hashes;
    }

    private static void tamper(JdbcClient db, String statement) {
        db.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
        try {
            db.sql(statement).update();
        } finally {
            db.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
        }
    }

    private static <T> T asAuditor(Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "auditor",
                null, List.of(new SimpleGrantedAuthority("PERMISSION_AUDIT"))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A key file as an operator writes one with Tink's templates (tinkey create-keyset --key-template ...). */
    private static void writeKeys(Path file) throws Exception {
        AeadConfig.register();
        MacConfig.register();
        String aead = json(KeysetHandle.generateNew(KeyTemplates.get("AES256_GCM")));
        String mac = json(KeysetHandle.generateNew(KeyTemplates.get("HMAC_SHA256_256BITTAG")));
        String audit = json(KeysetHandle.generateNew(KeyTemplates.get("HMAC_SHA256_256BITTAG_RAW")));
        Files.writeString(file, "{\"aead\": " + aead + ", \"mac\": " + mac + ", \"audit\": " + audit + "}");
    }

    private static String json(KeysetHandle keyset) throws Exception {
        return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    }
}
