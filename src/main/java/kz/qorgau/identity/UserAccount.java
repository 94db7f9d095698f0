package kz.qorgau.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;

/**
 * A user of Qorgau: who they are, their organisation, roles and scope, and the state of their
 * credentials. Guards its own transitions (login failures and locking, password changes, disabling).
 */
@Table("identity_user")
class UserAccount {

    @Id
    private Long id;
    private String username;
    private String fullName;
    private String email;
    private Long organisationId;
    private String passwordHash;
    private boolean mustChangePassword;
    private boolean enabled;
    private boolean nationalScope;
    private String locale;
    private int failedAttempts;
    private Instant lockedUntil;
    private Instant lastLoginAt;
    private Instant passwordChangedAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection(idColumn = "user_id")
    private Set<RoleGrant> roles;
    @MappedCollection(idColumn = "user_id")
    private Set<RegionGrant> regions;

    @PersistenceCreator
    UserAccount(Long id, String username, String fullName, String email, Long organisationId, String passwordHash,
            boolean mustChangePassword, boolean enabled, boolean nationalScope, String locale, int failedAttempts,
            Instant lockedUntil, Instant lastLoginAt, Instant passwordChangedAt, Instant createdAt, Instant updatedAt,
            Integer version, Set<RoleGrant> roles, Set<RegionGrant> regions) {
        this.id = id;
        this.username = username;
        this.fullName = fullName;
        this.email = email;
        this.organisationId = organisationId;
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
        this.enabled = enabled;
        this.nationalScope = nationalScope;
        this.locale = locale;
        this.failedAttempts = failedAttempts;
        this.lockedUntil = lockedUntil;
        this.lastLoginAt = lastLoginAt;
        this.passwordChangedAt = passwordChangedAt;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.roles = roles;
        this.regions = regions;
    }

    /**
     * A new account. With {@code temporary} the user must choose a new password at first login.
     */
    static UserAccount create(String username, UserProfile profile, String passwordHash, boolean temporary,
            Instant now) {
        UserAccount account = new UserAccount(null, username, null, null, null, passwordHash, temporary, true, false,
                "ru", 0, null, null, now, now, now, null, Set.of(), Set.of());
        account.apply(profile, now);
        return account;
    }

    /** Applies a new profile; answers what changed, for the audit trail. */
    Map<String, String> change(UserProfile profile, Instant now) {
        Map<String, String> before = describe();
        apply(profile, now);
        Map<String, String> changes = new LinkedHashMap<>();
        describe().forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changes.put(field, before.get(field) + " -> " + value);
            }
        });
        return changes;
    }

    private void apply(UserProfile profile, Instant now) {
        if (profile.roles().isEmpty()) {
            throw new RuleViolationException("user.error.no-role");
        }
        if (!profile.nationalScope() && profile.regions().isEmpty()) {
            throw new RuleViolationException("user.error.no-scope");
        }
        fullName = profile.fullName().strip();
        email = profile.email() == null || profile.email().isBlank() ? null : profile.email().strip();
        organisationId = profile.organisationId();
        nationalScope = profile.nationalScope();
        roles = profile.roles().stream().map(RoleGrant::new).collect(Collectors.toSet());
        regions = profile.nationalScope() ? Set.of()
                : profile.regions().stream().map(region -> new RegionGrant(region.value())).collect(Collectors.toSet());
        updatedAt = now;
    }

    Map<String, String> describe() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fullName", fullName);
        fields.put("email", email);
        fields.put("organisationId", String.valueOf(organisationId));
        fields.put("roles", roles().toString());
        fields.put("scope", nationalScope ? "national" : regionCodes().toString());
        return fields;
    }

    /**
     * Records a failed login and applies the throttling policy: a short wait after
     * {@code throttleAfter} failures, a lock after {@code lockAfter}.
     */
    void loginFailed(LoginSettings policy, Instant now) {
        failedAttempts++;
        if (failedAttempts >= policy.lockAfter()) {
            lockedUntil = now.plus(policy.lockDuration());
        } else if (failedAttempts >= policy.throttleAfter()) {
            lockedUntil = now.plus(policy.throttleDelay());
        }
    }

    void loginSucceeded(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether the current lock is the long one (not merely a throttling pause). */
    boolean lockedOut(LoginSettings policy, Instant now) {
        return lockedAt(now) && failedAttempts >= policy.lockAfter();
    }

    void unlock(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        updatedAt = now;
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        mustChangePassword = false;
        passwordChangedAt = now;
        updatedAt = now;
    }

    /** An administrator's reset: a temporary password the user must change, and the lock lifted. */
    void resetPassword(String temporaryHash, Instant now) {
        passwordHash = temporaryHash;
        mustChangePassword = true;
        passwordChangedAt = now;
        unlock(now);
    }

    void disable(Instant now) {
        if (!enabled) {
            throw new RuleViolationException("user.error.already-disabled");
        }
        enabled = false;
        updatedAt = now;
    }

    void enable(Instant now) {
        if (enabled) {
            throw new RuleViolationException("user.error.already-enabled");
        }
        enabled = true;
        unlock(now);
    }

    void chooseLocale(String language) {
        locale = language;
    }

    Set<Role> roles() {
        return roles.stream().map(RoleGrant::role).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    Set<RegionCode> regionCodes() {
        return regions.stream().map(grant -> new RegionCode(grant.regionCode()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** What an administrator set of the user, as it is now. */
    UserProfile profile() {
        return new UserProfile(fullName, email, organisationId, roles(), nationalScope, regionCodes());
    }

    UserSummary summary(Instant now) {
        return new UserSummary(id, username, fullName, email, organisationId, roles(), nationalScope, regionCodes(),
                enabled, lockedAt(now), lockedUntil, mustChangePassword, lastLoginAt, locale);
    }

    QorgauUser principal(Instant now) {
        return new QorgauUser(id, username, passwordHash, fullName, organisationId, roles(), nationalScope,
                regionCodes(), enabled, !lockedAt(now), mustChangePassword, locale);
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    boolean enabled() {
        return enabled;
    }

    String locale() {
        return locale;
    }

    Instant lockedUntil() {
        return lockedUntil;
    }
}
