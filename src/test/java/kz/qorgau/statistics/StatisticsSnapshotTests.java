package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.Charge;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.cases.Qualification;
import kz.qorgau.demo.DemoDataEntry;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;

/**
 * A report's figures come from one snapshot of the records: a case registered while a report is being computed
 * is in none of its figures, not only in those computed before it was registered. The report is held half-way
 * by a lock on a table that only its protection figures read (so its prosecution figures of the year are
 * computed, those of the year before not yet); meanwhile a case of the year before is registered. In a read
 * committed transaction the figures of the year before would count it.
 */
@QorgauTest
class StatisticsSnapshotTests extends FullTest {

    /** A region and a year (Abai region, 2024) whose figures no other test states. */
    static final String REGION = "KZ-10";

    @Autowired
    Statistics statistics;
    @Autowired
    CriminalCases cases;
    @Autowired
    DemoDataEntry entry;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FigureCache cache;

    @Test
    void aCaseRegisteredWhileAReportIsComputedIsInNoneOfItsFigures() throws Exception {
        QorgauUser supervisor = users.demo("supervisor");
        StatisticsQuery query = new StatisticsQuery(2025, RegionCode.of(REGION));
        Number before = SignedIn.as(supervisor, () -> statistics.compare(query)).previous()
                .get("investigations.initiated");
        // the report below is computed, not taken from the figures just computed at the same position of the trail
        cache.clear();

        // two threads of its own: the common pool may have a single thread, which the lock would hold
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> lock = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> {
                    jdbc.sql("lock table victims_status in access exclusive mode").update();
                    locked.countDown();
                    try {
                        release.await(180, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    status.setRollbackOnly();
                }), threads);
        assertThat(locked.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Statistics.YearComparison> report = CompletableFuture
                .supplyAsync(() -> SignedIn.as(supervisor, () -> statistics.compare(query)), threads);
        try {
            waitUntilTheReportWaitsForTheLock();
            entry.as(DemoOrganisations.POLICE_NATIONAL, user -> cases.register(new CaseCommands.Registration(
                    "241077700000001", LocalDate.of(2024, 3, 1), REGION, null, new Qualification(
                            List.of(new Charge("128", 1)), Set.of(ExploitationForm.FORCED_LABOUR), Set.of()), null)));
        } finally {
            release.countDown();
            threads.shutdown();
        }
        lock.get(180, TimeUnit.SECONDS);

        assertThat(report.get(180, TimeUnit.SECONDS).previous().get("investigations.initiated")).isEqualTo(before);
        assertThat(SignedIn.as(supervisor, () -> statistics.compare(query)).previous().get("investigations.initiated"))
                .as("the case counts in a report computed afterwards").isEqualTo(before.longValue() + 1);
    }

    private void waitUntilTheReportWaitsForTheLock() throws InterruptedException {
        for (int attempt = 0; attempt < 1200; attempt++) {
            long waiting = jdbc.sql("""
                    select count(*) from pg_locks l join pg_class c on c.oid = l.relation
                    where c.relname = 'victims_status' and not l.granted""").query(Long.class).single();
            if (waiting > 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the report never reached the protection figures");
    }
}
