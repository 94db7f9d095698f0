package kz.qorgau.audit;

/**
 * The result of verifying the audit trail's hash chain.
 *
 * @param intact whether every link holds
 * @param entriesChecked how many entries were read
 * @param firstBrokenSeq the sequence number at which the chain first breaks, or null when intact
 * @param problem what is wrong at that entry, or null when intact
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, Problem problem) {

    public enum Problem {
        /** The entry's content no longer matches its hash: the row was altered. */
        ALTERED,
        /** The entry does not link to the one before it: an entry before it was altered or removed. */
        BROKEN_LINK,
        /** A sequence number is missing: an entry was deleted. */
        MISSING_ENTRY
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, long seq, Problem problem) {
        return new ChainVerification(false, checked, seq, problem);
    }
}
