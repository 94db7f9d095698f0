package kz.qorgau.persons;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kz.qorgau.shared.InvalidValueException;

/**
 * What to look for among registered persons; every criterion is exact and found through a blind index.
 * A person matches by the IIN, by any of the passports, or by surname and given name (transliterated,
 * so any script and case) together with the date of birth. At least one criterion is needed.
 */
public record PersonSearch(Iin iin, List<PassportNumber> passports, String surname, String givenName,
        LocalDate birthDate) {

    public PersonSearch {
        passports = passports == null ? List.of() : List.copyOf(passports);
        boolean named = !Transliteration.normalised(surname).isEmpty() || !Transliteration.normalised(givenName)
                .isEmpty();
        if (named && birthDate == null) {
            throw new InvalidValueException("person.error.search-name-needs-birth-date");
        }
        if (iin == null && passports.isEmpty() && !named) {
            throw new InvalidValueException("person.error.search-criteria");
        }
    }

    public static PersonSearch byIin(Iin iin) {
        return new PersonSearch(iin, List.of(), null, null, null);
    }

    public static PersonSearch byPassport(PassportNumber passport) {
        return new PersonSearch(null, List.of(passport), null, null, null);
    }

    public static PersonSearch byName(String surname, String givenName, LocalDate birthDate) {
        return new PersonSearch(null, List.of(), surname, givenName, birthDate);
    }

    /**
     * Everything that would show the person of these details to be one already registered; empty when
     * the details hold nothing searchable (no IIN, no passport, no date of birth).
     */
    public static Optional<PersonSearch> duplicatesOf(PersonDetails details) {
        if (details.iin() == null && details.passports().isEmpty() && details.birthDate() == null) {
            return Optional.empty();
        }
        boolean byName = details.birthDate() != null;
        return Optional.of(new PersonSearch(details.iin(), details.passports(), byName ? details.surname() : null,
                byName ? details.givenName() : null, byName ? details.birthDate() : null));
    }

    /** Never personal data in logs or exception messages. */
    @Override
    public String toString() {
        return "PersonSearch[(personal data)]";
    }
}
