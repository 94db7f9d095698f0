package kz.qorgau.identity;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/** A personal access token for API clients. Only the token's SHA-256 hash is kept. */
@Table("identity_access_token")
class AccessToken {

    @Id
    private Long id;
    private Long userId;
    private String name;
    private String tokenHash;
    private String tokenPrefix;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    @PersistenceCreator
    AccessToken(Long id, Long userId, String name, String tokenHash, String tokenPrefix, Instant createdAt,
            Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
        this.id = id;
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.tokenPrefix = tokenPrefix;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
        this.lastUsedAt = lastUsedAt;
        this.revokedAt = revokedAt;
    }

    static AccessToken issue(long userId, String name, String tokenHash, String tokenPrefix, Instant now,
            Instant expiresAt) {
        return new AccessToken(null, userId, name, tokenHash, tokenPrefix, now, expiresAt, null, null);
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    /** Notes a use; answers whether it is worth saving (at most one write a minute per token). */
    boolean used(Instant now) {
        if (lastUsedAt == null || lastUsedAt.plusSeconds(60).isBefore(now)) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    void revoke(Instant now) {
        if (revokedAt != null) {
            throw new RuleViolationException("token.error.already-revoked");
        }
        revokedAt = now;
    }

    Long id() {
        return id;
    }

    Long userId() {
        return userId;
    }

    TokenSummary summary(Instant now) {
        return new TokenSummary(id, name, tokenPrefix, createdAt, expiresAt, lastUsedAt, revokedAt, usableAt(now));
    }
}
