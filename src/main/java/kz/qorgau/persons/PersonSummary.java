package kz.qorgau.persons;

import java.util.Set;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.Sex;

/**
 * A person as lists and other modules show them, without anything that identifies them: the
 * pseudonymous reference instead of a name, the birth year instead of the date.
 *
 * @param id the person's id
 * @param pseudonym the public reference, for example {@code P-7K3Q9M2A}
 * @param sex sex as recorded
 * @param birthYear year of birth, or null when the date of birth is not known
 * @param citizenships citizenships
 * @param stateless whether recorded as stateless (no citizenship, as opposed to a citizenship not known)
 */
public record PersonSummary(PersonId id, String pseudonym, Sex sex, Integer birthYear, Set<CountryCode> citizenships,
        boolean stateless) {
}
