package kz.qorgau.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.TestDatabase;
import kz.qorgau.audit.ChainVerification.Problem;
import kz.qorgau.system.AuditKey;
import kz.qorgau.system.SystemSettings;

/**
 * The audit trail on the shared database, and what an intruder with database access can do to it. Tests that
 * tamper with the table restore it exactly (the entries the verification itself wrote meanwhile removed), so
 * that the chain stays intact for every other test.
 */
@QorgauTest
@WithMockUser(username = "auditor", authorities = "PERMISSION_AUDIT")
@ExtendWith(OutputCaptureExtension.class)
class AuditTrailTests extends FullTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    AuditHashing hashing;
    @Autowired
    AuditKey key;
    /** The application's own role cannot switch the trigger off; a database superuser can. */
    JdbcClient superuser = JdbcClient.create(TestDatabase.superuser(TestDatabase.DATABASE));

    @Test
    void aFreshChainVerifies() {
        trail.record(AuditEvent.of("TEST_EVENT", "test", 1).with("note", "fresh"));
        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isPositive();
        assertThat(verification.firstBrokenSeq()).isNull();
        assertThat(verification.checkpointSeq()).as("compared with the start-up checkpoint at least").isNotNull();
        assertThat(verification.checkpointsIgnored()).isZero();
    }

    @Test
    void recordsTheActorOfTheCurrentRequestUnderAKeyedHash() {
        trail.record(AuditEvent.of("TEST_EVENT", "test", 2));
        AuditEntry last = trail.search(new AuditQuery(null, "TEST_EVENT", null, "2", null, null), PageRequest.of(0, 1))
                .getContent().getFirst();
        assertThat(last.actor()).isEqualTo("auditor");
        assertThat(last.previousHash()).hasSize(64).isNotEqualTo(last.hash());
        assertThat(last.hashScheme()).isEqualTo(AuditHashing.KEYED);
        assertThat(hashing.verifies(last)).isTrue();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteAnEntry() {
        trail.record(AuditEvent.of("TEST_EVENT", "test", 3));
        // the application's role holds no right to change an entry...
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'intruder' where seq = 1").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = 1").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        // ...and the trigger refuses even a role that holds it
        assertThatThrownBy(() -> superuser.sql("update audit_entry set actor = 'intruder' where seq = 1").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> superuser.sql("delete from audit_entry where seq = 1").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void verificationFindsAnAlteredEntry() {
        trail.record(AuditEvent.of("TEST_EVENT", "test", 4).with("amount", "100"));
        long seq = lastSeq();
        trail.record(AuditEvent.of("TEST_EVENT", "test", 5));
        String original = jdbc.sql("select details from audit_entry where seq = ?").param(seq).query(String.class)
                .single();
        asSuperuser("update audit_entry set details = '{\"amount\":\"1\"}' where seq = " + seq);
        try {
            ChainVerification verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verification.problem()).isEqualTo(Problem.ALTERED);
        } finally {
            superuser.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
            superuser.sql("update audit_entry set details = ? where seq = ?").param(original).param(seq).update();
            superuser.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void verificationFindsADeletedEntry() {
        trail.record(AuditEvent.of("TEST_EVENT", "test", 6));
        long seq = lastSeq();
        trail.record(AuditEvent.of("TEST_EVENT", "test", 7));
        List<Map<String, Object>> row = rowsFrom(seq).subList(0, 1);
        asSuperuser("delete from audit_entry where seq = " + seq);
        try {
            ChainVerification verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verification.problem()).isEqualTo(Problem.MISSING_ENTRY);
        } finally {
            insert(row);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void anEntryRewrittenWithoutTheKeyDoesNotVerify() {
        // An intruder rewrites an entry and recomputes its hash: with plain SHA-256 or a key of their own, since
        // they do not hold the audit key. Whichever scheme the row claims, the chain breaks at that entry.
        trail.record(AuditEvent.of("TEST_EVENT", "test", 8));
        long seq = lastSeq();
        trail.record(AuditEvent.of("TEST_EVENT", "test", 9));
        AuditEntry original = stored(seq);
        String sha256 = AuditHashing.unkeyed(original.seq(), original.occurredAt(), "intruder", original
                .sourceAddress(),
                original.action(), original.targetType(), original.targetId(), original.details(), original
                        .previousHash());
        String otherKey = new AuditHashing(AuditKey.generate()).hash(original.seq(), original.occurredAt(), "intruder",
                original.sourceAddress(), original.action(), original.targetType(), original.targetId(),
                original.details(), original.previousHash());
        try {
            forge(seq, "intruder", sha256, AuditHashing.KEYED);
            assertThat(trail.verify()).extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                    .containsExactly(seq, Problem.ALTERED);
            forge(seq, "intruder", otherKey, AuditHashing.KEYED);
            assertThat(trail.verify()).extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                    .containsExactly(seq, Problem.ALTERED);
            forge(seq, "intruder", sha256, AuditHashing.UNKEYED);
            assertThat(trail.verify()).extracting(ChainVerification::firstBrokenSeq, ChainVerification::problem)
                    .containsExactly(seq, Problem.UNKEYED);
        } finally {
            forge(seq, original.actor(), original.hash(), AuditHashing.KEYED);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aTruncatedTailIsRevealedByTheCheckpoint() {
        trail.record(AuditEvent.of("TEST_EVENT", "test", 10));
        long first = lastSeq();
        trail.record(AuditEvent.of("TEST_EVENT", "test", 11));
        trail.record(AuditEvent.of("TEST_EVENT", "test", 12));
        long last = lastSeq();
        assertThat(checkpointOfTheHead().seq()).isEqualTo(last);
        List<Map<String, Object>> tail = rowsFrom(first);
        // What someone with database access does: the trigger off, the last entries deleted. What is left is a
        // chain that holds in itself.
        asSuperuser("delete from audit_entry where seq >= " + first);
        try {
            assertThat(checkpoints.take(false)).as("no checkpoint of a chain shorter than the last one").isEmpty();
            ChainVerification verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.problem()).isEqualTo(Problem.TRUNCATED);
            assertThat(verification.firstBrokenSeq()).isEqualTo(first);
            assertThat(verification.checkpointSeq()).isEqualTo(last);
        } finally {
            restore(first, tail);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aTailReChainedWithTheKeyItselfIsRevealedByTheCheckpoint() {
        // Even whoever stole the audit key with the database, and re-chains validly, meets the checkpoint.
        trail.record(AuditEvent.of("TEST_EVENT", "test", 13));
        long first = lastSeq();
        trail.record(AuditEvent.of("TEST_EVENT", "test", 14));
        long last = lastSeq();
        checkpointOfTheHead();
        List<Map<String, Object>> tail = rowsFrom(first);
        String previous = stored(first - 1).hash();
        for (long seq = first; seq <= last; seq++) {
            AuditEntry original = stored(seq);
            String hash = hashing.hash(seq, original.occurredAt(), "intruder", original.sourceAddress(), original
                    .action(),
                    original.targetType(), original.targetId(), original.details(), previous);
            long row = seq;
            String link = previous;
            asSuperuser(() -> superuser.sql(
                    "update audit_entry set actor = 'intruder', previous_hash = ?, hash = ? where seq = ?")
                    .param(link).param(hash).param(row).update());
            previous = hash;
        }
        try {
            ChainVerification verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.problem()).isEqualTo(Problem.REWRITTEN);
            assertThat(verification.firstBrokenSeq()).isEqualTo(last);
            assertThat(verification.checkpointSeq()).isEqualTo(last);
        } finally {
            restore(first, tail);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void checkpointsAreAppendedToAnOwnerOnlyFileAndLogged(CapturedOutput output) throws Exception {
        trail.record(AuditEvent.of("TEST_EVENT", "test", 15));
        Path file = checkpoints.file();
        long before = Files.exists(file) ? Files.readAllLines(file).size() : 0;

        Checkpoint written = checkpoints.take(false).orElseThrow();
        assertThat(written.seq()).isEqualTo(lastSeq());
        assertThat(written.hash()).isEqualTo(stored(lastSeq()).hash());
        assertThat(written.verifies(key)).isTrue();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize((int) before + 1);
        assertThat(lines.getLast()).isEqualTo(written.toJson()).contains("\"seq\":" + written.seq());
        assertThat(Checkpoint.parse(lines.getLast())).contains(written);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(output).contains(written.toJson());

        assertThat(checkpoints.take(false)).as("the head did not move").isEmpty();
        assertThat(Files.readAllLines(file)).hasSize((int) before + 1);
    }

    @Test
    void aCheckpointGoesToTheConfiguredCopyToo(@TempDir Path dir, @Autowired PlatformTransactionManager transactions,
            @Autowired Clock clock, @Autowired SystemSettings system) throws Exception {
        Path file = dir.resolve("node").resolve("checkpoints.jsonl");
        Path copy = dir.resolve("remote").resolve("qorgau-checkpoints.jsonl");
        Checkpoints configured = new Checkpoints(jdbc, transactions, key, clock, new AuditSettings(
                new AuditSettings.CheckpointSettings(Duration.ofMinutes(5), file, copy)), system);
        trail.record(AuditEvent.of("TEST_EVENT", "test", 16));

        Checkpoint written = configured.take(false).orElseThrow();
        assertThat(Files.readAllLines(file)).containsExactly(written.toJson());
        assertThat(Files.readAllLines(copy)).containsExactly(written.toJson());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo(
                "rwx------");
    }

    @Test
    void sealedDetailsAreNotStoredInClearAndOpenForTheAuditorAudited() throws Exception {
        String reason = "Synthetic reason: interview of the witness on 12.03";
        trail.record(AuditEvent.of("TEST_EVENT", "test", 17).with("note", "clear").sealed("reason", reason));
        long seq = lastSeq();

        String stored = jdbc.sql("select details from audit_entry where seq = ?").param(seq).query(String.class)
                .single();
        assertThat(stored).doesNotContain("Synthetic").doesNotContain("witness")
                .contains("\"note\":\"clear\"").contains("\"reason\":{\"sealed\":\"");
        AuditEntry entry = stored(seq);
        assertThat(entry.sealedKeys()).containsExactly("reason");
        assertThat(entry.clearDetails()).isEqualTo("{\"note\":\"clear\"}");

        assertThat(trail.unseal(seq)).containsExactly(entry("reason", reason));
        assertThat(unsealings(seq)).isEqualTo(1);
        // on the page, for htmx, and over the API: each opening audited
        mvc.perform(get("/audit").param("action", "TEST_EVENT").param("targetId", "17").with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/audit/entries/" + seq + "/unsealed")))
                .andExpect(content().string(not(containsString("Synthetic"))));
        mvc.perform(post("/audit/entries/{seq}/unsealed", seq).header("HX-Request", "true").with(csrf()).with(as(
                "auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(reason)));
        mvc.perform(post("/audit/entries/{seq}/unsealed", seq).with(csrf()).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1")))
                .andExpect(content().string(containsString(reason)));
        mvc.perform(post("/api/v1/audit/entries/{seq}/unsealed", seq).with(csrf()).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.reason").value(reason));
        assertThat(unsealings(seq)).isEqualTo(4);
        // nobody else opens them
        mvc.perform(post("/api/v1/audit/entries/{seq}/unsealed", seq).with(csrf()).with(as("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/audit/entries/{seq}/unsealed", seq).with(csrf()).with(as("admin")))
                .andExpect(status().isForbidden());
        assertThat(unsealings(seq)).isEqualTo(4);
        mvc.perform(post("/api/v1/audit/entries/{seq}/unsealed", Long.MAX_VALUE).with(csrf()).with(as("auditor")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theAuditorsPageSaysWhichCheckpointTheChainWasComparedWith() throws Exception {
        trail.record(AuditEvent.of("TEST_EVENT", "test", 20));
        Checkpoint checkpoint = checkpointOfTheHead();
        mvc.perform(post("/audit/verification").header("HX-Request", "true").with(csrf()).with(as("auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert-success")))
                .andExpect(content().string(containsString("Сверено с контрольной точкой")))
                .andExpect(content().string(containsString("№ " + checkpoint.seq())));
    }

    @Test
    void everyProblemIsExplainedInEveryLanguage(@Autowired MessageSource messages) {
        Object[] arguments = { 41L, 40L, "01.12.2026 10:00:00", 44L };
        for (Problem problem : Problem.values()) {
            for (String language : List.of("ru", "kk", "en")) {
                assertThat(messages.getMessage("audit.verification." + problem, arguments, Locale.forLanguageTag(
                        language)))
                        .as("%s in %s", problem, language).contains("41").contains("40");
            }
        }
        assertThat(messages.getMessage("audit.verification.TRUNCATED", arguments, Locale.ENGLISH))
                .contains("01.12.2026 10:00:00").contains("44");
    }

    @Test
    void aSealedValueMovedToAnotherEntryDoesNotOpen() {
        trail.record(AuditEvent.of("TEST_EVENT", "test", 18).sealed("reason", "Synthetic first reason"));
        long first = lastSeq();
        trail.record(AuditEvent.of("TEST_EVENT", "test", 19).sealed("reason", "Synthetic second reason"));
        long second = lastSeq();
        String original = jdbc.sql("select details from audit_entry where seq = ?").param(second).query(String.class)
                .single();
        String moved = jdbc.sql("select details from audit_entry where seq = ?").param(first).query(String.class)
                .single();
        asSuperuser(() -> superuser.sql("update audit_entry set details = ? where seq = ?").param(moved).param(second)
                .update());
        try {
            Map<String, String> opened = trail.unseal(second);
            assertThat(opened).containsOnlyKeys("reason");
            assertThat(opened.get("reason")).as("bound to its entry").isNull();
        } finally {
            asSuperuser(() -> superuser.sql("update audit_entry set details = ? where seq = ?").param(original).param(
                    second)
                    .update());
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    /** A checkpoint of the chain's head: taken now, or already taken by the schedule. */
    private Checkpoint checkpointOfTheHead() {
        Checkpoint checkpoint = checkpoints.take(false).or(checkpoints::latest).orElseThrow();
        assertThat(checkpoint.seq()).isEqualTo(lastSeq());
        return checkpoint;
    }

    private RequestPostProcessor as(String username) {
        return user(users.demo(username));
    }

    private long unsealings(long seq) {
        return jdbc.sql("select count(*) from audit_entry where action = 'AUDIT_DETAILS_UNSEALED' and target_id = ?")
                .param(Long.toString(seq)).query(Long.class).single();
    }

    private AuditEntry stored(long seq) {
        return trail.search(AuditQuery.any(), PageRequest.of(0, 500)).getContent().stream()
                .filter(entry -> entry.seq() == seq).findFirst().orElseThrow();
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
    }

    private void forge(long seq, String actor, String hash, int scheme) {
        asSuperuser(() -> superuser.sql("update audit_entry set actor = ?, hash = ?, hash_scheme = ? where seq = ?")
                .param(actor).param(hash).param(scheme).param(seq).update());
    }

    private List<Map<String, Object>> rowsFrom(long seq) {
        return jdbc.sql("select * from audit_entry where seq >= ? order by seq").param(seq).query().listOfRows();
    }

    /** Puts the saved rows back from {@code first} on, removing whatever was written there meanwhile. */
    private void restore(long first, List<Map<String, Object>> rows) {
        asSuperuser("delete from audit_entry where seq >= " + first);
        insert(rows);
    }

    private void insert(List<Map<String, Object>> rows) {
        for (Map<String, Object> row : rows) {
            jdbc.sql("""
                    insert into audit_entry (seq, occurred_at, actor, source_address, action, target_type, target_id,
                                             details, previous_hash, hash, hash_scheme)
                    values (:seq, :occurred_at, :actor, :source_address, :action, :target_type, :target_id,
                            :details, :previous_hash, :hash, :hash_scheme)
                    """).params(row).update();
        }
    }

    /** What someone with direct database access could do: switch the trigger off and change the table. */
    private void asSuperuser(String statement) {
        asSuperuser(() -> superuser.sql(statement).update());
    }

    private void asSuperuser(Runnable change) {
        superuser.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
        try {
            change.run();
        } finally {
            superuser.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
        }
    }
}
