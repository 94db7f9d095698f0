package kz.qorgau.persons;

import org.springframework.data.relational.core.mapping.Table;

/** A citizenship of a person (ISO 3166-1 alpha-2), in clear for statistics. */
@Table("persons_citizenship")
record Citizenship(String countryCode) {
}
