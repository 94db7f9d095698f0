package kz.qorgau.identity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rule of the second administrator: an administrator who would be given a role that reaches
 * data ({@link Role#dataRole}), or a holder of such roles who would become an administrator, gets those roles
 * only when another administrator approves.
 */
final class RoleApproval {

    private RoleApproval() {
    }

    /**
     * The roles of {@code requested} that wait for a second administrator: the data roles an administrator
     * would gain, and the administrator's role itself for a holder of data roles (unless that would leave a new
     * account with no role at all: then it starts as an administrator only).
     */
    static Set<Role> heldBack(Set<Role> current, Set<Role> requested) {
        if (!requested.contains(Role.ADMIN)) {
            return Set.of();
        }
        Set<Role> held = requested.stream().filter(Role::dataRole).filter(role -> !current.contains(role))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        boolean becomesAdministrator = !current.contains(Role.ADMIN);
        if (becomesAdministrator && requested.stream().anyMatch(Role::dataRole)
                && !without(requested, union(held, Role.ADMIN)).isEmpty()) {
            held.add(Role.ADMIN);
        }
        return held;
    }

    private static Set<Role> union(Set<Role> roles, Role role) {
        Set<Role> all = EnumSet.noneOf(Role.class);
        all.addAll(roles);
        all.add(role);
        return all;
    }

    static Set<Role> without(Set<Role> roles, Set<Role> held) {
        Set<Role> rest = EnumSet.noneOf(Role.class);
        rest.addAll(roles);
        rest.removeAll(held);
        return rest;
    }

    static String format(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Role> parse(String roles) {
        return Arrays.stream(roles.split(",")).filter(name -> !name.isBlank()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
