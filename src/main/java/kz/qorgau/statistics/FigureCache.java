package kz.qorgau.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import kz.qorgau.audit.AuditTrail;
import kz.qorgau.shared.Today;

/**
 * The figures last computed, kept while the records stay as they were: each under the audit trail's position it was
 * computed at ({@link AuditTrail#position()}, read in the same snapshot as the records) and the day, so that any
 * change of a record (audited in its transaction) makes them computed again. Records written around the application
 * (a bulk load in SQL, which the trail does not see) are seen once an entry has expired
 * ({@code qorgau.statistics.cache-ttl}, ten minutes by default; zero keeps nothing between transactions). Within one
 * read-only transaction a figure is computed once whatever the setting (a report asks for the year's national
 * figures for its table and again for its small counts). Nothing is kept from a transaction that has written (it
 * sees records of its own). A few hundred entries at most, the least recently used dropped first.
 */
@Component
class FigureCache {

    private static final int ENTRIES = 256;
    /** Where a transaction's figures keep the trail's position they were read at. */
    private static final List<Object> POSITION = List.of("position");

    private record Kept(Object value, Instant computedAt) {
    }

    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Today today;
    private final Clock clock;
    private final Duration ttl;
    private final Map<List<Object>, Kept> entries = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Kept> eldest) {
            return size() > ENTRIES;
        }
    };

    FigureCache(AuditTrail audit, JdbcClient jdbc, Clock clock, Today today,
            @Value("${qorgau.statistics.cache-ttl:PT10M}") Duration ttl) {
        this.today = today;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * The value kept for the key at the trail's current position, or the one computed now (and kept). To be called
     * in the transaction whose snapshot the computation reads.
     */
    @SuppressWarnings("unchecked")
    <T> T get(List<Object> key, Supplier<T> compute) {
        // a transaction that has written sees records no other does: what it computes is its own, and may change
        if (jdbc.sql("select pg_current_xact_id_if_assigned() is not null").query(Boolean.class).single()) {
            return compute.get();
        }
        // within one read-only transaction (one snapshot), each figure is computed once, kept or not between them
        Map<List<Object>, Object> computed = transactionMemo();
        if (computed != null && computed.containsKey(key)) {
            return (T) computed.get(key);
        }
        T value = ttl.isZero() ? compute.get() : kept(key, position(computed), compute);
        if (computed != null) {
            computed.put(key, value);
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private <T> T kept(List<Object> key, long position, Supplier<T> compute) {
        // some figures count up to today (what is overdue now): a new day computes them again
        List<Object> at = List.of(position, today.date(), key);
        Instant now = clock.instant();
        synchronized (entries) {
            Kept kept = entries.get(at);
            if (kept != null && kept.computedAt().plus(ttl).isAfter(now)) {
                return (T) kept.value();
            }
        }
        T value = compute.get();
        synchronized (entries) {
            entries.put(at, new Kept(value, now));
        }
        return value;
    }

    /** The trail's position in the snapshot: read once per transaction (its snapshot does not move). */
    private long position(Map<List<Object>, Object> computed) {
        return computed == null ? audit.position() : (Long) computed.computeIfAbsent(POSITION, unused -> audit
                .position());
    }

    /** The figures computed in the current transaction (null outside one), dropped when it ends. */
    @SuppressWarnings("unchecked")
    private Map<List<Object>, Object> transactionMemo() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<List<Object>, Object> memo = (Map<List<Object>, Object>) TransactionSynchronizationManager.getResource(
                this);
        if (memo == null) {
            memo = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, memo);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(FigureCache.this);
                }
            });
        }
        return memo;
    }

    /** Forgets every figure kept (for a test that must see a computation happen). */
    void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
