package kz.qorgau.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

import kz.qorgau.QorgauTest;
import kz.qorgau.TestDatabase;

@QorgauTest
@WithMockUser(username = "auditor", roles = "AUDITOR")
class AuditTrailTests {

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcClient jdbc;
    /** The application's own role cannot switch the trigger off; a database superuser can. */
    JdbcClient superuser = JdbcClient.create(TestDatabase.superuser(TestDatabase.DATABASE));

    @Test
    void aFreshChainVerifies() {
        trail.record(AuditEvent.of("TEST_EVENT", "test", 1).with("note", "fresh"));
        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isPositive();
        assertThat(verification.firstBrokenSeq()).isNull();
    }

    @Test
    void recordsTheActorOfTheCurrentRequest() {
        trail.record(AuditEvent.of("TEST_EVENT", "test", 2));
        AuditEntry last = trail.search(new AuditQuery(null, "TEST_EVENT", null, "2", null, null), PageRequest.of(0, 1))
                .getContent().getFirst();
        assertThat(last.actor()).isEqualTo("auditor");
        assertThat(last.previousHash()).hasSize(64).isNotEqualTo(last.hash());
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
        String original = jdbc.sql("select details from audit_entry where seq = ?").param(seq).query(String.class).single();
        asSuperuser("update audit_entry set details = '{\"amount\":\"1\"}' where seq = " + seq);
        try {
            ChainVerification verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
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
        Map<String, Object> row = jdbc.sql("select * from audit_entry where seq = ?").param(seq).query().singleRow();
        asSuperuser("delete from audit_entry where seq = " + seq);
        try {
            ChainVerification verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
            assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.MISSING_ENTRY);
        } finally {
            jdbc.sql("""
                    insert into audit_entry (seq, occurred_at, actor, source_address, action, target_type, target_id,
                                             details, previous_hash, hash)
                    values (:seq, :occurred_at, :actor, :source_address, :action, :target_type, :target_id,
                            :details, :previous_hash, :hash)
                    """).params(row).update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void verificationFindsAnEntryReplacedWithAConsistentForgery() {
        // An intruder rewrites an entry and recomputes its own hash: the next entry's link no longer matches.
        trail.record(AuditEvent.of("TEST_EVENT", "test", 8));
        long seq = lastSeq();
        trail.record(AuditEvent.of("TEST_EVENT", "test", 9));
        AuditEntry original = entry(seq);
        String forgedHash = AuditHashing.hash(original.seq(), original.occurredAt(), "intruder", original.sourceAddress(),
                original.action(), original.targetType(), original.targetId(), original.details(), original.previousHash());
        asSuperuser("update audit_entry set actor = 'intruder', hash = '" + forgedHash + "' where seq = " + seq);
        try {
            ChainVerification verification = trail.verify();
            assertThat(verification.intact()).isFalse();
            assertThat(verification.firstBrokenSeq()).isEqualTo(seq + 1);
            assertThat(verification.problem()).isEqualTo(ChainVerification.Problem.BROKEN_LINK);
        } finally {
            asSuperuser("update audit_entry set actor = " + (original.actor() == null ? "null" : "'" + original.actor() + "'")
                    + ", hash = '" + original.hash() + "' where seq = " + seq);
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    private AuditEntry entry(long seq) {
        return trail.search(AuditQuery.any(), PageRequest.of(0, 500)).getContent().stream()
                .filter(entry -> entry.seq() == seq).findFirst().orElseThrow();
    }

    private long lastSeq() {
        return jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
    }

    /** What a database superuser could do: switch the trigger off and change the table. */
    private void asSuperuser(String statement) {
        superuser.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
        try {
            superuser.sql(statement).update();
        } finally {
            superuser.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
        }
    }
}
