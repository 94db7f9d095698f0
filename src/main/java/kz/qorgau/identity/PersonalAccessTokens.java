package kz.qorgau.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import kz.qorgau.audit.AuditEvent;
import kz.qorgau.audit.AuditTrail;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * Personal access tokens: a user creates one for an API client, sees it once, and may revoke it.
 * Tokens carry 256 random bits, so a fast hash (SHA-256) is enough to store them safely.
 */
@Service
public class PersonalAccessTokens {

    static final String PREFIX = "qgt_";
    static final Set<Integer> VALIDITY_DAYS = Set.of(30, 90, 180, 365);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokens tokens;
    private final Users users;
    private final AuditTrail audit;
    private final Clock clock;

    PersonalAccessTokens(AccessTokens tokens, Users users, AuditTrail audit, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The token itself is in the result and nowhere else: show it once. */
    public record IssuedToken(TokenSummary summary, String token) {
    }

    @Requires(Permission.OWN_ACCOUNT)
    @Transactional
    public IssuedToken issue(String name, int validityDays) {
        QorgauUser owner = QorgauUser.required();
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new RuleViolationException("token.error.name-required");
        }
        if (!VALIDITY_DAYS.contains(validityDays)) {
            throw new RuleViolationException("token.error.validity");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        AccessToken saved = tokens.save(AccessToken.issue(owner.id(), name.strip(), hash(token),
                token.substring(0, PREFIX.length() + 6), now, now.plus(Duration.ofDays(validityDays))));
        audit.record(AuditEvent.of("TOKEN_CREATED", "token", saved.id()).with("name", name.strip())
                .with("validityDays", validityDays));
        return new IssuedToken(saved.summary(now), token);
    }

    @Requires(Permission.OWN_ACCOUNT)
    @Transactional(readOnly = true)
    public List<TokenSummary> of() {
        QorgauUser owner = QorgauUser.required();
        Instant now = clock.instant();
        return tokens.findByUserIdOrderByCreatedAtDesc(owner.id()).stream().map(token -> token.summary(now)).toList();
    }

    @Requires(Permission.OWN_ACCOUNT)
    @Transactional
    public void revoke(long tokenId) {
        QorgauUser owner = QorgauUser.required();
        AccessToken token = tokens.findById(tokenId)
                .filter(found -> found.userId() == owner.id())
                .orElseThrow(() -> new NotFoundException("token.error.not-found"));
        token.revoke(clock.instant());
        tokens.save(token);
        audit.record(AuditEvent.of("TOKEN_REVOKED", "token", tokenId));
    }

    /** The user a presented token authenticates, if the token is known, active and its user may log in. */
    @Transactional
    Optional<QorgauUser> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(hash(presented))
                .filter(token -> token.usableAt(now))
                .flatMap(token -> {
                    if (token.used(now)) {
                        tokens.save(token);
                    }
                    return users.findById(token.userId());
                })
                .map(account -> account.principal(now))
                .filter(user -> user.isEnabled() && user.isAccountNonLocked())
                .map(user -> {
                    user.eraseCredentials();
                    return user;
                });
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
