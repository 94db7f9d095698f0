package kz.qorgau.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.SystemActor;

/**
 * The authenticated user: identity, organisation, roles and scope. Stored in the (database-backed)
 * session, so it is serializable and carries no password once authentication is done.
 */
public final class QorgauUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final String fullName;
    private final long organisationId;
    private final Set<Role> roles;
    private final Set<Permission> permissions;
    private final boolean nationalScope;
    private final Set<RegionCode> regions;
    private final boolean enabled;
    private final boolean accountNonLocked;
    private final boolean mustChangePassword;
    private final String locale;

    QorgauUser(long id, String username, String passwordHash, String fullName, long organisationId, Set<Role> roles,
            boolean nationalScope, Set<RegionCode> regions, boolean enabled, boolean accountNonLocked,
            boolean mustChangePassword, String locale) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.fullName = fullName;
        this.organisationId = organisationId;
        this.roles = roles;
        this.permissions = Role.permissionsOf(roles);
        this.nationalScope = nationalScope;
        this.regions = regions;
        this.enabled = enabled;
        this.accountNonLocked = accountNonLocked;
        this.mustChangePassword = mustChangePassword;
        this.locale = locale;
    }

    /**
     * The system's own account ({@code accountId}, named {@link SystemActor#NAME} and disabled, so that no one signs
     * in as it) acting nationally for an organisation with the given roles: for records entered through the
     * application services on behalf of the agency that would have entered them (demo data), which thus name a real
     * account and are checked and audited as any other.
     */
    public static QorgauUser systemActingFor(long accountId, long organisationId, Set<Role> roles) {
        return new QorgauUser(accountId, SystemActor.NAME, null, SystemActor.NAME, organisationId, roles, true,
                Set.of(), true, true, false, "ru");
    }

    /**
     * The user of the current request, if one is authenticated: for what may be asked without one (a page's menu, a
     * filter). Application services use {@link #required()}.
     */
    public static Optional<QorgauUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof QorgauUser user ? Optional.of(user)
                : Optional.empty();
    }

    /**
     * The signed-in user on whose behalf an application service acts: the one of the security context (of the
     * request, or of {@link ActingAs} and {@link DemoDataEntry} for demo seeding). Without one the service refuses
     * ({@link AccessDeniedException}) rather than act as nobody.
     */
    public static QorgauUser required() {
        return current().orElseThrow(() -> new AccessDeniedException("no signed-in user"));
    }

    public long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public long organisationId() {
        return organisationId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** The permissions the user's roles grant ({@link Role}). */
    public Set<Permission> permissions() {
        return permissions;
    }

    /** Whether the user's roles grant the permission. */
    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** Whether the user's scope is the whole country. */
    public boolean nationalScope() {
        return nationalScope;
    }

    /** The regions of the user's scope; empty for national scope. */
    public Set<RegionCode> regions() {
        return regions;
    }

    /** Whether a record of the region is within the user's scope. */
    public boolean covers(RegionCode region) {
        return nationalScope || (region != null && regions.contains(region));
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public String locale() {
        return locale;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return Stream.concat(roles.stream().map(Role::authority), permissions.stream().map(Permission::authority))
                .map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return accountNonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QorgauUser user && user.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "QorgauUser[" + username + "]";
    }
}
