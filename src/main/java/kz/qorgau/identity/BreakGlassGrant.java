package kz.qorgau.identity;

import java.time.Instant;

/**
 * A record opened outside its holder's scope, for a stated reason, until it expires.
 *
 * @param reason the stated reason: only for the auditor's page (sealed at rest), null elsewhere
 */
public record BreakGlassGrant(long id, String username, String fullName, long organisationId, GuardedRecord kind,
        long recordId, String recordLabel, Instant openedAt, Instant expiresAt, int reads, boolean active,
        String reason) {
}
