package kz.qorgau.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

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

import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.system.SystemActor;
import java.util.HashMap;

/**
 * The audit trail (DESIGN.md §5). Entries are written in the caller's transaction, so that a change
 * and its audit entry commit or roll back together; writers are serialised by a transaction-scoped
 * advisory lock, which keeps the sequence gapless and the chain linear across application nodes.
 * <p>
 * Each entry's hash is keyed with the audit key, kept outside the database ({@link AuditHashing}), and the
 * chain's head is checkpointed outside the database ({@link Checkpoints}), so that neither altering, nor
 * truncating, nor re-chaining the table goes unnoticed by {@link #verify()}. Free text in the details is sealed
 * ({@link AuditEvent#sealed}): encrypted, bound to its entry and key, opened only by {@link #unseal} for auditors.
 */
@Service
public class AuditTrail {

    /** Arbitrary key of the advisory lock that serialises writers of the chain. */
    private static final long CHAIN_LOCK = 0x51_6f_72_67_61_75L;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditHashing hashing;
    private final FieldEncryption encryption;
    private final Checkpoints checkpoints;
    private final Today today;

    AuditTrail(JdbcClient jdbc, Clock clock, AuditHashing hashing, FieldEncryption encryption,
            Checkpoints checkpoints, Today today) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.today = today;
        this.hashing = hashing;
        this.encryption = encryption;
        this.checkpoints = checkpoints;
    }

    /** Appends an entry to the chain, in the current transaction (or a new one). */
    @Transactional
    public void record(AuditEvent event) {
        lockChain();
        var last = jdbc.sql("select seq, hash from audit_entry order by seq desc limit 1")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).optional();
        long seq = last.map(Map.Entry::getKey).orElse(0L) + 1;
        String previousHash = last.map(Map.Entry::getValue).orElse(AuditHashing.GENESIS);
        // PostgreSQL keeps microseconds; hash what will be read back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String actor = event.actor() != null ? event.actor() : currentUser();
        String address = sourceAddress();
        Map<String, byte[]> sealed = new TreeMap<>();
        event.sealedDetails().forEach((key, value) -> sealed.put(key,
                encryption.encrypt(value, AuditDetails.context(seq, key))));
        String details = AuditDetails.write(event.details(), sealed);
        String hash = hashing.hash(seq, now, actor, address, event.action(), event.targetType(), event.targetId(),
                details, previousHash);
        jdbc.sql("""
                insert into audit_entry (seq, occurred_at, actor, source_address, action, target_type, target_id,
                                         details, previous_hash, hash, hash_scheme)
                values (:seq, :occurredAt, :actor, :address, :action, :targetType, :targetId, :details, :previousHash,
                        :hash, :scheme)
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
                .param("scheme", AuditHashing.KEYED)
                .update();
    }

    /**
     * The trail's position as the current transaction sees it: the last entry's number (0 before any). Every change
     * of a record is audited in its own transaction, the writers one after the other (the chain's lock), so that two
     * snapshots at the same position saw the same records: what was computed from the records at one position holds
     * at that position.
     */
    @Transactional(readOnly = true)
    public long position() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit_entry").query(Long.class).single();
    }

    /**
     * At start-up: when the chain ends with an unkeyed entry (a database from before the keyed chain), the keyed
     * chain begins with an entry that says so, whose keyed hash covers the unkeyed part's last hash. From it on,
     * the verifier refuses unkeyed entries.
     */
    @Transactional
    void startKeyedChain() {
        lockChain();
        boolean unkeyedHead = jdbc.sql("select hash_scheme from audit_entry order by seq desc limit 1")
                .query(Integer.class).optional().map(scheme -> scheme == AuditHashing.UNKEYED).orElse(false);
        if (unkeyedHead) {
            long unkeyed = jdbc.sql("select count(*) from audit_entry where hash_scheme = ?").param(
                    AuditHashing.UNKEYED)
                    .query(Long.class).single();
            record(AuditEvent.of("AUDIT_CHAIN_KEYED", "audit", null).with("unkeyedEntries", unkeyed).by(
                    SystemActor.NAME));
        }
    }

    /**
     * Entries matching the query, newest first. Its dates are days where Qorgau is used ({@link Today#zone()}), as
     * the trail's times are shown: from the start of the first day to the end of the last one there.
     */
    @Requires(Permission.AUDIT)
    @Transactional(readOnly = true)
    public Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
        StringJoiner where = new StringJoiner(" and ", " where ", "").setEmptyValue("");
        var params = new HashMap<String, Object>();
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
            params.put("from", Timestamp.from(query.from().atStartOfDay(today.zone()).toInstant()));
        }
        if (query.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(today.zone()).toInstant()));
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
     * Walks the whole chain in order beside the checkpoints written outside the database and reports the first
     * entry at which it breaks ({@link ChainVerifier}): altered, deleted, unkeyed after the keyed chain began,
     * unlinked, differing from a checkpoint, or ending before a checkpoint. The verification itself is audited.
     */
    @Requires(Permission.AUDIT)
    @Transactional
    public ChainVerification verify() {
        ChainVerification result;
        // The checkpoint file is opened before the chain is read: every checkpoint read is of an entry committed
        // before the query starts, so the query sees it.
        try (Checkpoints.Reader reader = checkpoints.reader()) {
            ChainVerifier verifier = new ChainVerifier(hashing, reader);
            jdbc.sql("select * from audit_entry order by seq").withFetchSize(1000)
                    .query((ResultSet rs) -> verifier.accept(entry(rs, 0)));
            result = verifier.finish();
        }
        record(AuditEvent.of("AUDIT_VERIFIED", "audit", null)
                .with("intact", result.intact())
                .with("checked", result.entriesChecked())
                .with("firstBroken", result.firstBrokenSeq())
                .with("problem", result.problem())
                .with("checkpoint", result.checkpointSeq()));
        return result;
    }

    /**
     * Opens the sealed details of an entry (reasons and other free text), for an auditor; the unsealing is
     * itself audited, with the keys opened. A value that does not open (altered, or sealed with other keys) is
     * answered as null.
     *
     * @throws NotFoundException when there is no such entry
     */
    @Requires(Permission.AUDIT)
    @Transactional
    public Map<String, String> unseal(long seq) {
        AuditEntry entry = jdbc.sql("select * from audit_entry where seq = ?").param(seq).query(AuditTrail::entry)
                .optional().orElseThrow(() -> new NotFoundException("audit.error.not-found"));
        Map<String, byte[]> sealed = AuditDetails.read(entry.details()).sealed();
        if (sealed.isEmpty()) {
            return Map.of();
        }
        Map<String, String> opened = new TreeMap<>();
        sealed.forEach((key, ciphertext) -> {
            try {
                opened.put(key, encryption.decrypt(ciphertext, AuditDetails.context(seq, key)));
            } catch (FieldEncryption.DecryptionFailedException e) {
                opened.put(key, null);
            }
        });
        record(AuditEvent.of("AUDIT_DETAILS_UNSEALED", "audit", seq).with("keys", String.join(",", sealed.keySet())));
        return Collections.unmodifiableMap(opened);
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("source_address"), rs.getString("action"), rs.getString("target_type"),
                rs.getString("target_id"), rs.getString("details"), rs.getString("previous_hash"), rs.getString("hash"),
                rs.getInt("hash_scheme"));
    }

    private void lockChain() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query((rs, n) -> 1).list();
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
