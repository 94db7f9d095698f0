package kz.qorgau.persons;

import java.util.Set;

/**
 * A person already registered who may be the one searched for, and what matched. Pseudonymous: the
 * searcher learns that such a record exists, not who it is.
 */
public record PersonMatch(PersonSummary person, Set<MatchedBy> matchedBy) {

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
