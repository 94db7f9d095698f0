package kz.qorgau.identity;

/** Filters of the user list; null or blank means "any". */
public record UserSearch(String text, Role role, Long organisationId, Boolean enabled) {

    public static UserSearch any() {
        return new UserSearch(null, null, null, null);
    }
}
