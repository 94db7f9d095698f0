package kz.qorgau.identity;

/** A temporary password issued to a user: shown once to the administrator, never stored in clear. */
public record IssuedPassword(UserSummary user, String temporaryPassword) {
}
