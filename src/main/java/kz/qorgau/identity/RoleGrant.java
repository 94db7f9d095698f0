package kz.qorgau.identity;

import org.springframework.data.relational.core.mapping.Table;

/** A role held by a user (part of the user aggregate). */
@Table("identity_user_role")
record RoleGrant(Role role) {
}
