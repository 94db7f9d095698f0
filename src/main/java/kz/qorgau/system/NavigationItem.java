package kz.qorgau.system;

import java.util.Set;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown to users holding any of
 * the roles (all signed-in users when empty).
 *
 * @param messageKey the label's message key; {@code <messageKey>.description} describes it on the home page
 * @param path where it leads
 * @param icon a Bootstrap Icons name
 * @param roles role names (without the {@code ROLE_} prefix) that may use it
 * @param order position in the navigation
 */
public record NavigationItem(String messageKey, String path, String icon, Set<String> roles, int order) {

    public boolean visibleTo(java.util.Collection<String> authorities) {
        return roles.isEmpty() || roles.stream().anyMatch(role -> authorities.contains("ROLE_" + role));
    }
}
