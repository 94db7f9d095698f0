package kz.qorgau.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of an audit entry: SHA-256 over its content and the previous entry's hash, fields
 * length-prefixed so that no two different entries share an input.
 */
final class AuditHashing {

    static final String GENESIS = "0".repeat(64);

    private AuditHashing() {
    }

    static String hash(long seq, Instant occurredAt, String actor, String sourceAddress, String action,
            String targetType, String targetId, String details, String previousHash) {
        StringBuilder input = new StringBuilder();
        for (String field : new String[] { Long.toString(seq), DateTimeFormatter.ISO_INSTANT.format(occurredAt), actor,
                sourceAddress, action, targetType, targetId, details, previousHash }) {
            if (field == null) {
                input.append("-1:");
            } else {
                input.append(field.length()).append(':').append(field);
            }
            input.append('|');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(input.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hash(AuditEntry entry) {
        return hash(entry.seq(), entry.occurredAt(), entry.actor(), entry.sourceAddress(), entry.action(),
                entry.targetType(), entry.targetId(), entry.details(), entry.previousHash());
    }
}
