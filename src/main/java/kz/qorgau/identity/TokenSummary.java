package kz.qorgau.identity;

import java.time.Instant;

/** A personal access token as its owner sees it: never the token itself. */
public record TokenSummary(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt, boolean active) {
}
