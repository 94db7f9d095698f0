package kz.qorgau.linkage;

/**
 * How far two values of one field agree, from worst to best; a comparator yields some of these levels
 * ({@link FieldComparator#levels()}). {@link #MISSING} (a value absent on either side) is no evidence either way: it
 * weighs nothing and takes no part in the estimation.
 */
public enum AgreementLevel {
    DISAGREE, PARTIAL, CLOSE, EXACT, MISSING;

    /** Whether this level is evidence at all. */
    public boolean observed() {
        return this != MISSING;
    }
}
