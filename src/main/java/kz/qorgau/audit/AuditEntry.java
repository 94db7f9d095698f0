package kz.qorgau.audit;

import java.time.Instant;

/** One recorded entry of the audit trail, as read back. */
public record AuditEntry(long seq, Instant occurredAt, String actor, String sourceAddress, String action,
        String targetType, String targetId, String details, String previousHash, String hash) {
}
