package kz.qorgau.persons;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person another module may link to a record of the current user's, and whether the link opens the
 * person's data to those who hold the record: only when the user could see it when linking (DESIGN.md §5,
 * "a link a user makes alone never opens data the user could not already see").
 *
 * @param person the person, pseudonymous
 * @param opensIdentity whether the link grants the record's holders the person's data
 * @param birthDate the date of birth where the link opens the person's data (the user may see it) and it is known;
 *        otherwise null, so that nothing derived from it reaches a record the user could not see it for
 */
public record PersonLink(PersonSummary person, boolean opensIdentity, LocalDate birthDate) {

    /** The person's age in whole years on the day, where the date of birth is given and not after it; else null. */
    public Integer ageOn(LocalDate day) {
        return birthDate == null || birthDate.isAfter(day) ? null : Period.between(birthDate, day).getYears();
    }
}
