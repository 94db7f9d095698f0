package kz.qorgau.audit;

import java.time.Instant;

/**
 * The result of verifying the audit trail's hash chain against itself and against the checkpoints written
 * outside the database.
 *
 * @param intact whether every link holds and the chain agrees with its checkpoints
 * @param entriesChecked how many entries were read
 * @param firstBrokenSeq the sequence number at which the chain first breaks, or null when intact
 * @param problem what is wrong at that entry, or null when intact
 * @param checkpointSeq the entry of the latest checkpoint the chain was compared with (for {@link Problem#REWRITTEN},
 *        the one it disagrees with), or null when there is none
 * @param checkpointAt when that checkpoint was written, or null
 * @param checkpointsIgnored checkpoints in the file that were ignored because their MAC does not verify (the file
 *        was altered, or other keys wrote them)
 */
public record ChainVerification(boolean intact, long entriesChecked, Long firstBrokenSeq, Problem problem,
        Long checkpointSeq, Instant checkpointAt, long checkpointsIgnored) {

    public enum Problem {
        /** The entry's content no longer matches its hash: the row was altered. */
        ALTERED,
        /** The entry does not link to the one before it: an entry before it was altered or removed. */
        BROKEN_LINK,
        /** A sequence number is missing: an entry was deleted. */
        MISSING_ENTRY,
        /**
         * An entry with an unkeyed hash after the keyed chain began: the chain was rewritten by someone without
         * the audit key, who could only compute unkeyed hashes.
         */
        UNKEYED,
        /**
         * The entry's hash differs from the one a checkpoint recorded for it: the chain was rewritten (or
         * truncated and continued) since, hashes recomputed.
         */
        REWRITTEN,
        /** The chain ends before an entry a checkpoint recorded: its tail was deleted. */
        TRUNCATED
    }

    static ChainVerification intact(long checked, Checkpoint compared, long ignored) {
        return new ChainVerification(true, checked, null, null, compared == null ? null : compared.seq(),
                compared == null ? null : compared.at(), ignored);
    }

    static ChainVerification broken(long checked, long seq, Problem problem, Checkpoint compared, long ignored) {
        return new ChainVerification(false, checked, seq, problem, compared == null ? null : compared.seq(),
                compared == null ? null : compared.at(), ignored);
    }
}
