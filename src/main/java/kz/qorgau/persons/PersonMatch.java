package kz.qorgau.persons;

import java.util.Set;

/**
 * A person already registered who may be the one searched for, and what matched. Pseudonymous: the
 * searcher learns that such a record exists, not who it is.
 *
 * @param linkable whether the searcher may name this person in a record of theirs: found by an exact
 *        identifier (IIN or passport), or already named by a record they see ({@link PersonRegistry#link})
 */
public record PersonMatch(PersonSummary person, Set<MatchedBy> matchedBy, boolean linkable) {

    /** What a match was found by. */
    public enum MatchedBy {
        IIN,
        PASSPORT,
        NAME_AND_BIRTH_DATE;

        public String messageKey() {
            return "person.matched-by." + name();
        }
    }
}
