package kz.qorgau.identity;

import java.time.Instant;

/**
 * An administrator's override of the rule that a user's roles fit the type of their organisation ({@link Role#fits}):
 * the role it let through, in which organisation, why, by whom and when. It holds for that role while the user stays
 * in that organisation.
 */
public record RoleOverride(Role role, long organisationId, String reason, String grantedBy, Instant grantedAt) {
}
