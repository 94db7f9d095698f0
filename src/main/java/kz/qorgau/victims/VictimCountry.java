package kz.qorgau.victims;

import org.springframework.data.relational.core.mapping.Table;

/** A country of citizenship, recruitment, transit or exploitation of a victim record (ISO 3166-1 alpha-2). */
@Table("victims_country")
record VictimCountry(CountryRole role, String countryCode) {
}
