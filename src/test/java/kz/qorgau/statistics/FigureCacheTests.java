package kz.qorgau.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.identity.QorgauUser;

/**
 * The figures are computed once per state of the records: asked again at the same position of the audit trail, the
 * figures computed are given; after any audited change, computed again; in a transaction that has written records
 * of its own, always computed (and never kept).
 */
@QorgauTest
class FigureCacheTests extends FullTest {

    /** A year no other record reaches. */
    static final StatisticsQuery QUERY = new StatisticsQuery(2005, null);

    @Autowired
    Statistics statistics;
    @Autowired
    AuditTrail trail;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    FigureCache cache;

    @Test
    void theFiguresOfOneStateOfTheRecordsAreComputedOnce() {
        QorgauUser analyst = users.demo("analyst");
        Map<String, Number> first = SignedIn.as(analyst, () -> statistics.annual(QUERY));
        Map<String, Number> again = SignedIn.as(analyst, () -> statistics.annual(QUERY));
        assertThat(again).isSameAs(first);

        // an audited change: the records may differ, the figures are computed again
        SignedIn.run(analyst, () -> trail.record(AuditEvent.of("STATISTICS_EXPORTED", "statistics", 2005).with(
                "format", "test")));
        Map<String, Number> after = SignedIn.as(analyst, () -> statistics.annual(QUERY));
        assertThat(after).isNotSameAs(first).isEqualTo(first);
    }

    @Test
    void aTransactionThatWroteRecordsComputesItsOwnFiguresAndKeepsNone() {
        QorgauUser analyst = users.demo("analyst");
        Map<String, Number> kept = SignedIn.as(analyst, () -> statistics.annual(QUERY));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            status.setRollbackOnly();
            StatisticsRecords records = new StatisticsRecords(jdbc);
            records.victim("KZ-75", "FEMALE", 30, false, null, LocalDate.of(2005, 3, 1));
            Map<String, Number> own = SignedIn.as(analyst, () -> statistics.annual(QUERY));
            assertThat(own.get("victims.identified")).isEqualTo(kept.get("victims.identified").longValue() + 1);
        });
        assertThat(SignedIn.as(analyst, () -> statistics.annual(QUERY))).isSameAs(kept);
    }

    @Test
    void withinOneSnapshotEachFigureIsComputedOnceEvenWithNothingKeptBetweenSnapshots() {
        QorgauUser analyst = users.demo("analyst");
        TransactionTemplate snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.executeWithoutResult(status -> {
            Map<String, Number> first = SignedIn.as(analyst, () -> statistics.annual(QUERY));
            cache.clear();
            assertThat(SignedIn.as(analyst, () -> statistics.annual(QUERY))).isSameAs(first);
        });
    }
}
