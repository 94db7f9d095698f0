package kz.qorgau.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A change of roles that gives an administrator a role reaching data, waiting for a second administrator.
 *
 * @param requestedBy the administrator who asked (who may not approve it)
 */
public record RoleRequest(long id, long userId, String username, Set<Role> roles, String requestedBy,
        Instant requestedAt) {
}
