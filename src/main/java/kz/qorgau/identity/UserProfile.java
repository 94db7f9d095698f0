package kz.qorgau.identity;

import java.util.Objects;
import java.util.Set;

import kz.qorgau.shared.RegionCode;

/**
 * What an administrator sets about a user: name, contact, organisation, roles and scope (national,
 * or one or more regions).
 */
public record UserProfile(String fullName, String email, long organisationId, Set<Role> roles, boolean nationalScope,
        Set<RegionCode> regions) {

    public UserProfile {
        Objects.requireNonNull(fullName, "fullName");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
    }

    /** The same profile with other roles. */
    public UserProfile withRoles(Set<Role> newRoles) {
        return new UserProfile(fullName, email, organisationId, newRoles, nationalScope, regions);
    }
}
