package kz.qorgau.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One recorded entry of the audit trail, as read back.
 *
 * @param details the details as stored: JSON, with sealed values as {@code {"sealed": "<ciphertext>"}}
 * @param hashScheme 1 for an unkeyed SHA-256 (entries from before the keyed chain), 2 for the keyed HMAC
 *        ({@link AuditHashing})
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String sourceAddress, String action,
        String targetType, String targetId, String details, String previousHash, String hash, int hashScheme) {

    /** The clear details as JSON, for display; empty when there are none. */
    public String clearDetails() {
        return AuditDetails.read(details).clearJson();
    }

    /** The clear details as label keys and values, in key order, for display as pairs; empty when there are none. */
    public Map<String, String> clearValues() {
        return AuditDetails.read(details).clear();
    }

    /** The keys of the sealed details, which only {@link AuditTrail#unseal} opens. */
    public List<String> sealedKeys() {
        return List.copyOf(AuditDetails.read(details).sealed().keySet());
    }
}
