package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.QorgauTest;

/**
 * The statements of a computation run side by side on connections of their own, and every one of them reads the
 * caller's snapshot; where they could not share it, they run in the caller.
 */
@QorgauTest
class SnapshotLanesTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    /** Where a statement ran and what it saw: its backend and its snapshot. */
    record Seen(int backend, String snapshot) {
    }

    private Seen seen() {
        return jdbc.sql("select pg_backend_pid(), cast(pg_current_snapshot() as text)")
                .query((rs, n) -> new Seen(rs.getInt(1), rs.getString(2))).single();
    }

    private TransactionTemplate transaction(boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        template.setReadOnly(readOnly);
        return template;
    }

    @Test
    void statementsRunOnOtherConnectionsInTheCallersSnapshot() {
        SnapshotLanes lanes = new SnapshotLanes(jdbc, transactions, 2);
        // each statement waits until both have begun: the caller, busy with the first, cannot take the second
        CountDownLatch begun = new CountDownLatch(2);
        Supplier<Seen> statement = () -> {
            begun.countDown();
            try {
                assertThat(begun.await(60, TimeUnit.SECONDS)).as("both statements begun").isTrue();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return seen();
        };
        try {
            List<Seen> caller = transaction(true).execute(status -> {
                Seen own = seen();
                // a transaction committed after the caller's snapshot was taken is in none of the lanes' snapshots
                TransactionTemplate other = new TransactionTemplate(transactions);
                other.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
                other.executeWithoutResult(committed -> jdbc.sql("select pg_current_xact_id()").query(String.class)
                        .single());
                List<Seen> answers = lanes.run(List.of(statement, statement));
                return List.of(own, answers.get(0), answers.get(1));
            });

            assertThat(caller.get(1).backend()).isNotEqualTo(caller.get(2).backend());
            assertThat(List.of(caller.get(1).backend(), caller.get(2).backend())).contains(caller.get(0).backend());
            assertThat(caller).extracting(Seen::snapshot).containsOnly(caller.get(0).snapshot());
        } finally {
            lanes.stop();
        }
    }

    @Test
    void aTransactionThatHasWrittenRunsEveryStatementItself() {
        SnapshotLanes lanes = new SnapshotLanes(jdbc, transactions, 2);
        try {
            List<Seen> seen = transaction(true).execute(status -> {
                jdbc.sql("select pg_current_xact_id()").query(String.class).single();
                return lanes.run(List.of(this::seen, this::seen, this::seen));
            });
            assertThat(seen).extracting(Seen::backend).containsOnly(seen.get(0).backend());

            List<Seen> readWrite = transaction(false).execute(status -> lanes.run(List.of(this::seen, this::seen)));
            assertThat(readWrite).extracting(Seen::backend).containsOnly(readWrite.get(0).backend());
        } finally {
            lanes.stop();
        }
    }

    @Test
    void aStatementsFailureReachesTheCaller() {
        SnapshotLanes lanes = new SnapshotLanes(jdbc, transactions, 2);
        try {
            assertThatThrownBy(() -> transaction(true).execute(status -> lanes.run(List.<Supplier<Seen>>of(
                    this::seen, () -> {
                        throw new IllegalStateException("statement failed");
                    }, this::seen)))).isInstanceOf(IllegalStateException.class).hasMessage("statement failed");
        } finally {
            lanes.stop();
        }
    }
}
