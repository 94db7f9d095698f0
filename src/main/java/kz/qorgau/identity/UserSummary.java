package kz.qorgau.identity;

import java.time.Instant;
import java.util.Set;

import kz.qorgau.shared.RegionCode;

/** A user as the administration screens and the API show them. Never carries the password hash. */
public record UserSummary(long id, String username, String fullName, String email, long organisationId, Set<Role> roles,
        boolean nationalScope, Set<RegionCode> regions, boolean enabled, boolean locked, Instant lockedUntil,
        boolean mustChangePassword, Instant lastLoginAt, String locale) {

    /** What an administrator set of the user. */
    public UserProfile profile() {
        return new UserProfile(fullName, email, organisationId, roles, nationalScope, regions);
    }
}
