package kz.qorgau.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

/**
 * Independent statements of one computation run side by side, each lane on a connection of its own that reads the
 * caller's snapshot: the caller's repeatable-read transaction exports it ({@code pg_export_snapshot()}) and each
 * other lane's transaction imports it ({@code SET TRANSACTION SNAPSHOT}), so every statement sees exactly the records
 * the caller sees, as one snapshot. The caller is a lane too and takes the statements in order with the others; it
 * waits only for the statements another lane has taken, so a lane that gets no connection (the pool busy) costs
 * nothing but its absence. The statements run in the caller alone where they could not share its snapshot: outside
 * a read-only repeatable-read transaction, in a transaction that has written (its own records are in no exported
 * snapshot), or with one lane ({@code qorgau.statistics.lanes}, by default the processors of the machine). The lanes
 * beside the callers are as many as that setting less one in the whole application, so that computations at once
 * never hold more connections than they can use processors: under load each caller runs its own statements.
 */
@Component
class SnapshotLanes {

    private final JdbcClient jdbc;
    private final TransactionTemplate lane;
    private final int lanes;
    /** The lanes beside the callers, in the whole application. */
    private final Semaphore helpers;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(
            "statistics-lane-", 0).factory());

    SnapshotLanes(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${qorgau.statistics.lanes:0}") int lanes) {
        this.jdbc = jdbc;
        this.lane = new TransactionTemplate(transactions);
        lane.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        lane.setReadOnly(true);
        lane.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.lanes = lanes > 0 ? lanes : Runtime.getRuntime().availableProcessors();
        this.helpers = new Semaphore(Math.max(this.lanes - 1, 0));
    }

    /** The statements' answers, in their order, each computed once by one lane. */
    <T> List<T> run(List<Supplier<T>> statements) {
        String snapshot = statements.size() < 2 || lanes < 2 ? null : snapshot();
        if (snapshot == null) {
            return statements.stream().map(Supplier::get).toList();
        }
        List<CompletableFuture<T>> answers = new ArrayList<>();
        statements.forEach(statement -> answers.add(new CompletableFuture<>()));
        AtomicInteger next = new AtomicInteger();
        for (int other = 1; other < Math.min(lanes, statements.size()) && helpers.tryAcquire(); other++) {
            executor.execute(() -> {
                try {
                    lane.executeWithoutResult(status -> {
                        jdbc.sql("set transaction snapshot '" + snapshot + "'").update();
                        take(statements, answers, next);
                    });
                } catch (DataAccessException | TransactionException late) {
                    // no connection in time, or the caller already done (its snapshot gone): the caller took them all
                } finally {
                    helpers.release();
                }
            });
        }
        take(statements, answers, next);
        try {
            return answers.stream().map(CompletableFuture::join).toList();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    /** Takes the statements left, one at a time, until none is. */
    private static <T> void take(List<Supplier<T>> statements, List<CompletableFuture<T>> answers, AtomicInteger next) {
        for (int i = next.getAndIncrement(); i < statements.size(); i = next.getAndIncrement()) {
            try {
                answers.get(i).complete(statements.get(i).get());
            } catch (RuntimeException | Error failed) {
                answers.get(i).completeExceptionally(failed);
            }
        }
    }

    /**
     * The caller's snapshot, exported once per transaction, or null where other lanes could not share it: no
     * read-only repeatable-read transaction, or one that has written.
     */
    private String snapshot() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !Integer.valueOf(TransactionDefinition.ISOLATION_REPEATABLE_READ).equals(
                        TransactionSynchronizationManager.getCurrentTransactionIsolationLevel())) {
            return null;
        }
        Object exported = TransactionSynchronizationManager.getResource(this);
        if (exported == null) {
            exported = jdbc.sql("select case when pg_current_xact_id_if_assigned() is null"
                    + " then pg_export_snapshot() else '' end").query(String.class).single();
            TransactionSynchronizationManager.bindResource(this, exported);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(SnapshotLanes.this);
                }
            });
        }
        return ((String) exported).isEmpty() ? null : (String) exported;
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
