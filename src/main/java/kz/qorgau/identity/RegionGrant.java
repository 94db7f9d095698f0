package kz.qorgau.identity;

import org.springframework.data.relational.core.mapping.Table;

/** A region in a user's scope (part of the user aggregate). */
@Table("identity_user_region")
record RegionGrant(String regionCode) {
}
