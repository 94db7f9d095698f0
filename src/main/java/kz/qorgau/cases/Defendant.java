package kz.qorgau.cases;

import java.time.LocalDate;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A suspect or defendant of a case (part of the case aggregate), referring to a person of the person
 * registry by id.
 *
 * @param personId the person in the person registry
 * @param role the role in the crime (HTCDS)
 * @param publicOfficial whether a public official (suspected complicity)
 * @param arrestedOn when arrested, if arrested
 * @param arrestRegion where, if in Kazakhstan (ISO 3166-2:KZ)
 * @param arrestCountry where, if abroad (ISO 3166-1 alpha-2)
 * @param addedOn when the person became a suspect in this case, if known
 * @param opensIdentity whether those who see the case may see the person's data: only when whoever added the
 *        suspect could see it then ({@code kz.qorgau.persons.PersonLink})
 */
@Table("cases_defendant")
record Defendant(long personId, PerpetratorRole role, boolean publicOfficial, LocalDate arrestedOn,
        String arrestRegion, String arrestCountry, LocalDate addedOn, boolean opensIdentity) {
}
