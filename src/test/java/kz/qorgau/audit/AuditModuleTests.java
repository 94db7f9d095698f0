package kz.qorgau.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.convention.TestBean;

import kz.qorgau.ModuleDatabase;
import kz.qorgau.TestDatabase;

/**
 * The audit module with the system module, on a database of its own: entries appended in order to one keyed chain
 * that verifies, free text sealed, a row changed behind the application's back found by the verification, and the
 * trail searched by days in Almaty. The database is this suite's alone, so it may alter a row as only a superuser
 * could; its clock stands still where a test dates an entry.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@ModuleDatabase
class AuditModuleTests {

    /** Where the clock stands still; null: the system's clock. */
    static final AtomicReference<Instant> STOPPED_AT = new AtomicReference<>();

    @TestBean
    Clock clock;

    static Clock clock() {
        return new StoppableClock(ZoneOffset.UTC);
    }

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

    @Test
    void datesOfTheFilterAreDaysInAlmatyFromItsMidnightToItsMidnight() {
        // 2020: Almaty is at UTC+6, so 5 March there runs from 18:00 UTC on 4 March to 18:00 UTC on 5 March
        String target = UUID.randomUUID().toString();
        List.of("2020-03-04T17:59:59.999999Z", "2020-03-04T18:00:00Z", "2020-03-05T17:59:59.999999Z",
                "2020-03-05T18:00:00Z").forEach(at -> recordAt(Instant.parse(at), target));
        LocalDate march5 = LocalDate.of(2020, 3, 5);

        assertThat(occurredAt(new AuditQuery(null, null, "test", target, march5, march5)))
                .containsExactly("2020-03-05T17:59:59.999999Z", "2020-03-04T18:00:00Z");
        assertThat(occurredAt(new AuditQuery(null, null, "test", target, march5, null)))
                .containsExactly("2020-03-05T18:00:00Z", "2020-03-05T17:59:59.999999Z", "2020-03-04T18:00:00Z");
        assertThat(occurredAt(new AuditQuery(null, null, "test", target, null, march5)))
                .containsExactly("2020-03-05T17:59:59.999999Z", "2020-03-04T18:00:00Z",
                        "2020-03-04T17:59:59.999999Z");
    }

    private void recordAt(Instant at, String target) {
        STOPPED_AT.set(at);
        try {
            trail.record(AuditEvent.of("TEST_DATED", "test", target).by("dated.user"));
        } finally {
            STOPPED_AT.set(null);
        }
    }

    private List<String> occurredAt(AuditQuery query) {
        return trail.search(query, PageRequest.of(0, 10)).getContent().stream()
                .map(entry -> entry.occurredAt().toString()).toList();
    }

    /** The system's clock, or a clock standing at {@link #STOPPED_AT} while that is set. */
    static final class StoppableClock extends Clock {

        private final ZoneId zone;

        StoppableClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new StoppableClock(other);
        }

        @Override
        public Instant instant() {
            Instant stopped = STOPPED_AT.get();
            return stopped != null ? stopped : Instant.now();
        }
    }
}
