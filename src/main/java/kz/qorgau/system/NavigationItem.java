package kz.qorgau.system;

import java.util.Collection;

import kz.qorgau.shared.Permission;

/**
 * An entry of the main navigation, contributed by a module as a bean. Shown to users holding the
 * permission.
 *
 * @param messageKey the label's message key; {@code <messageKey>.description} describes it on the home page
 * @param path where it leads
 * @param icon a Bootstrap Icons name
 * @param permission the permission that the page behind it requires
 * @param order position in the navigation
 */
public record NavigationItem(String messageKey, String path, String icon, Permission permission, int order) {

    public boolean visibleTo(Collection<String> authorities) {
        return authorities.contains(permission.authority());
    }
}
