package kz.qorgau.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import kz.qorgau.system.AuditKey;

/**
 * The hash of an audit entry over its content and the previous entry's hash, fields length-prefixed so
 * that no two different entries share an input. Two schemes (migration {@code audit/V2__keyed_chain}):
 * <ol>
 * <li>{@link #UNKEYED}: SHA-256, which anyone can recompute; only entries written before the keyed chain;</li>
 * <li>{@link #KEYED}: HMAC-SHA256 under the audit key, which is kept outside the database: whoever changes the
 * table without the key cannot write an entry that verifies.</li>
 * </ol>
 */
@Component
class AuditHashing {

    static final String GENESIS = "0".repeat(64);
    static final int UNKEYED = 1;
    static final int KEYED = 2;

    /** The audit key's purpose for entries; checkpoints have their own. */
    private static final String PURPOSE = "audit-entry";

    private final AuditKey key;

    AuditHashing(AuditKey key) {
        this.key = key;
    }

    /** The keyed hash (scheme 2) of a new entry. */
    String hash(long seq, Instant occurredAt, String actor, String sourceAddress, String action, String targetType,
            String targetId, String details, String previousHash) {
        return key.tag(PURPOSE, input(seq, occurredAt, actor, sourceAddress, action, targetType, targetId, details,
                previousHash));
    }

    /** Whether the entry's hash is the one its scheme gives its content; an unknown scheme never verifies. */
    boolean verifies(AuditEntry entry) {
        String input = input(entry.seq(), entry.occurredAt(), entry.actor(), entry.sourceAddress(), entry.action(),
                entry.targetType(), entry.targetId(), entry.details(), entry.previousHash());
        return switch (entry.hashScheme()) {
            case UNKEYED -> sha256(input).equals(entry.hash());
            case KEYED -> key.verifies(PURPOSE, input, entry.hash());
            default -> false;
        };
    }

    /** The unkeyed hash (scheme 1) of the entries written before the keyed chain. */
    static String unkeyed(long seq, Instant occurredAt, String actor, String sourceAddress, String action,
            String targetType, String targetId, String details, String previousHash) {
        return sha256(input(seq, occurredAt, actor, sourceAddress, action, targetType, targetId, details,
                previousHash));
    }

    private static String input(long seq, Instant occurredAt, String actor, String sourceAddress, String action,
            String targetType, String targetId, String details, String previousHash) {
        StringBuilder input = new StringBuilder();
        for (String field : new String[]{ Long.toString(seq), DateTimeFormatter.ISO_INSTANT.format(occurredAt), actor,
                sourceAddress, action, targetType, targetId, details, previousHash }) {
            if (field == null) {
                input.append("-1:");
            } else {
                input.append(field.length()).append(':').append(field);
            }
            input.append('|');
        }
        return input.toString();
    }

    private static String sha256(String input) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(input.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
