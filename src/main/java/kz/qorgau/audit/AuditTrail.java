package kz.qorgau.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The audit trail (DESIGN.md §5). Entries are written in the caller's transaction, so that a change
 * and its audit entry commit or roll back together; writers are serialised by a transaction-scoped
 * advisory lock, which keeps the sequence gapless and the chain linear across application nodes.
 */
@Service
public class AuditTrail {

    /** Arbitrary key of the advisory lock that serialises writers of the chain. */
    private static final long CHAIN_LOCK = 0x51_6f_72_67_61_75L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.json = JsonMapper.builder().build();
    }

    /** Appends an entry to the chain, in the current transaction (or a new one). */
    @Transactional
    public void record(AuditEvent event) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
        var last = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).optional();
        long seq = last.map(Map.Entry::getKey).orElse(0L) + 1;
        String previousHash = last.map(Map.Entry::getValue).orElse(AuditHashing.GENESIS);
        // PostgreSQL keeps microseconds; hash what will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = event.actor() != null ? event.actor() : currentUser();
        String address = sourceAddress();
        String details = event.details().isEmpty() ? "" : json.writeValueAsString(event.details());
        String hash = AuditHashing.hash(seq, now, actor, address, event.action(), event.targetType(), event.targetId(),
                details, previousHash);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, source_address, action, target_type, target_id,
                                         details, previous_hash, hash)
                values (:seq, :occurredAt, :actor, :address, :action, :targetType, :targetId, :details, :previousHash, :hash)
                """)
                .param("seq", seq)
                .param("occurredAt", Timestamp.from(now))
                .param("actor", actor)
                .param("address", address)
                .param("action", event.action())
                .param("targetType", event.targetType())
                .param("targetId", event.targetId())
                .param("details", details)
                .param("previousHash", previousHash)
                .param("hash", hash)
                .update();
    }

    /** Entries matching the query, newest first. */
    @Requires(Permission.AUDIT)
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        var params = new java.util.HashMap<String, Object>();
        if (hasText(query.actor())) {
            where.add("actor = :actor");
            params.put("actor", query.actor().strip());
        }
        if (hasText(query.action())) {
            where.add("action = :action");
            params.put("action", query.action().strip());
        }
        if (hasText(query.targetType())) {
            where.add("target_type = :targetType");
            params.put("targetType", query.targetType().strip());
        }
        if (hasText(query.targetId())) {
            where.add("target_id = :targetId");
            params.put("targetId", query.targetId().strip());
        }
        if (query.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", Timestamp.from(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        List<AuditEntry> entries = jdbc.sql("select * from audit_entry" + where
                + " order by seq desc limit :limit offset :offset")
                .params(params)
                .param("limit", pageable.getPageSize())
                .param("offset", pageable.getOffset())
                .query(AuditTrail::entry)
                .list();
        return new PageImpl<>(entries, pageable, total);
    }

    /** The distinct action codes recorded so far, for filters. */
    @Requires(Permission.AUDIT)
    @Transactional(readOnly = true)
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list();
    }

    /**
     * Walks the whole chain in order and reports the first entry at which it breaks: an entry whose
     * content no longer matches its hash (altered), a missing sequence number (deleted), or an entry
     * that does not carry the hash of the one before it. The verification itself is audited.
     */
    @Requires(Permission.AUDIT)
    @Transactional
    public ChainVerification verify() {
        AtomicLong checked = new AtomicLong();
        AtomicReference<ChainVerification> broken = new AtomicReference<>();
        AtomicReference<String> previousHash = new AtomicReference<>(AuditHashing.GENESIS);
        AtomicLong expectedSeq = new AtomicLong(1);
        // Called once per row, in order; rows after the first broken link are only counted past.
        jdbc.sql("select * from audit_entry order by seq").withFetchSize(1000).query((ResultSet rs) -> {
            if (broken.get() != null) {
                return;
            }
            AuditEntry entry = entry(rs, 0);
            checked.incrementAndGet();
            if (entry.seq() != expectedSeq.get()) {
                broken.set(ChainVerification.broken(checked.get(), expectedSeq.get(),
                        ChainVerification.Problem.MISSING_ENTRY));
            } else if (!AuditHashing.hash(entry).equals(entry.hash())) {
                broken.set(ChainVerification.broken(checked.get(), entry.seq(), ChainVerification.Problem.ALTERED));
            } else if (!entry.previousHash().equals(previousHash.get())) {
                broken.set(ChainVerification.broken(checked.get(), entry.seq(), ChainVerification.Problem.BROKEN_LINK));
            }
            previousHash.set(entry.hash());
            expectedSeq.incrementAndGet();
        });
        ChainVerification result = broken.get() != null ? broken.get() : ChainVerification.intact(checked.get());
        record(AuditEvent.of("AUDIT_VERIFIED", "audit", null)
                .with("intact", result.intact())
                .with("checked", result.entriesChecked())
                .with("firstBroken", result.firstBrokenSeq()));
        return result;
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("source_address"), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), rs.getString("details"), rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return null;
        }
        return authentication.getName();
    }

    private static String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

}
