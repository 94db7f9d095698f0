package kz.qorgau.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.TestDatabase;

/**
 * The audit module with the system module, on a database of its own: entries appended in order to one keyed chain
 * that verifies, free text sealed, and a row changed behind the application's back found by the verification. The
 * database is this suite's alone, so it may alter a row as only a superuser could.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ModuleDatabase
class AuditModuleTests {

    final AuditTrail trail;
    final JdbcClient jdbc;
    final AuditAssertions audit;

    AuditModuleTests(AuditTrail trail, JdbcClient jdbc) {
        this.trail = trail;
        this.jdbc = jdbc;
        this.audit = new AuditAssertions(jdbc);
    }

    String record(String action, String actor) {
        String target = UUID.randomUUID().toString();
        trail.record(AuditEvent.of(action, "test", target).with("step", action).by(actor));
        return target;
    }

    @Test
    void entriesAreAppendedInOrderWithoutGapsAndTheChainVerifies() {
        long before = audit.lastSeq();
        String target = record("TEST_OPENED", "first.user");
        trail.record(AuditEvent.of("TEST_CHANGED", "test", target).by("second.user"));
        trail.record(AuditEvent.of("TEST_CLOSED", "test", target).by("first.user"));

        List<AuditAssertions.Entry> entries = audit.record("test", target).entries();
        assertThat(entries).extracting(AuditAssertions.Entry::seq).containsExactly(before + 1, before + 2, before + 3);
        assertThat(entries).extracting(AuditAssertions.Entry::actor).containsExactly("first.user", "second.user",
                "first.user");
        ChainVerification verification = trail.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entriesChecked()).isEqualTo(before + 3);
        assertThat(audit.action("AUDIT_VERIFIED").after(before).last().clearDetails()).containsEntry("intact", "true")
                .containsEntry("checked", Long.toString(before + 3));
    }

    @Test
    void freeTextIsSealedAndOpenedOnlyByUnsealingWhichIsItselfAudited() {
        String reason = "Synthetic reason " + UUID.randomUUID();
        trail.record(AuditEvent.of("PERSON_REVEALED", "person", 42).sealed("reason", reason).by("prosecutor.x"));
        AuditAssertions.Entry entry = audit.action("PERSON_REVEALED").record("person", 42).last();

        assertThat(entry.details()).doesNotContain(reason).doesNotContain("Synthetic");
        assertThat(entry.sealedKeys()).containsExactly("reason");
        assertThat(entry.clearDetails()).doesNotContainKey("reason");

        assertThat(trail.unseal(entry.seq())).isEqualTo(Map.of("reason", reason));
        assertThat(audit.action("AUDIT_DETAILS_UNSEALED").record("audit", entry.seq()).last().clearDetails())
                .containsEntry("keys", "reason");
    }

    @Test
    void anEntryChangedBehindTheApplicationsBackIsFoundAtItsSequenceNumber() {
        String target = record("TEST_TAMPERED_WITH", "honest.user");
        long seq = audit.record("test", target).last().seq();
        JdbcClient superuser = JdbcClient.create(TestDatabase.superuser(
                jdbc.sql("select current_database()").query(String.class).single()));
        try {
            superuser.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
            superuser.sql("update audit_entry set actor = 'someone.else' where seq = ?").param(seq).update();
            ChainVerification tampered = trail.verify();
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.firstBrokenSeq()).isEqualTo(seq);
            assertThat(tampered.problem()).isEqualTo(ChainVerification.Problem.ALTERED);
        } finally {
            superuser.sql("update audit_entry set actor = 'honest.user' where seq = ?").param(seq).update();
            superuser.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
        }
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void theTrailIsSearchedByActorActionAndRecordNewestFirst() {
        String target = record("TEST_SEARCHED", "searched.user");
        trail.record(AuditEvent.of("TEST_SEARCHED_AGAIN", "test", target).by("searched.user"));
        record("TEST_SEARCHED", "someone.else");

        var byActor = trail.search(new AuditQuery("searched.user", null, null, null, null, null), PageRequest.of(0,
                10));
        assertThat(byActor.getContent()).extracting(AuditEntry::action)
                .containsExactly("TEST_SEARCHED_AGAIN", "TEST_SEARCHED");
        var byRecord = trail.search(new AuditQuery(null, "TEST_SEARCHED", "test", target, null, null),
                PageRequest.of(0, 10));
        assertThat(byRecord.getContent()).singleElement().extracting(AuditEntry::actor).isEqualTo("searched.user");
        assertThat(trail.actions()).contains("TEST_SEARCHED", "TEST_SEARCHED_AGAIN");
    }
}
