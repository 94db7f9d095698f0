package kz.qorgau.audit;

import kz.qorgau.audit.ChainVerification.Problem;

/**
 * Verifies the chain one entry at a time, in order, beside the checkpoints in order (a merge of the two, so that
 * neither is held in memory), and reports the first entry at which it breaks:
 * <ul>
 * <li>a missing sequence number ({@link Problem#MISSING_ENTRY});</li>
 * <li>an unkeyed entry after a keyed one ({@link Problem#UNKEYED}): the keyed chain, once begun, never returns
 * to hashes that anyone can compute;</li>
 * <li>content that no longer matches its hash ({@link Problem#ALTERED});</li>
 * <li>an entry that does not carry the hash of the one before it ({@link Problem#BROKEN_LINK});</li>
 * <li>an entry whose hash is not the one a checkpoint recorded for it ({@link Problem#REWRITTEN});</li>
 * <li>and at the end, a checkpoint of an entry beyond the chain's last ({@link Problem#TRUNCATED}).</li>
 * </ul>
 * Entries after the first broken one are counted past, not checked.
 */
final class ChainVerifier {

    private final AuditHashing hashing;
    private final Checkpoints.Reader checkpoints;

    private Checkpoint pending;
    private Checkpoint compared;
    private ChainVerification broken;
    private long checked;
    private long expectedSeq = 1;
    private String previousHash = AuditHashing.GENESIS;
    private boolean keyed;

    ChainVerifier(AuditHashing hashing, Checkpoints.Reader checkpoints) {
        this.hashing = hashing;
        this.checkpoints = checkpoints;
        this.pending = checkpoints.next();
    }

    void accept(AuditEntry entry) {
        if (broken != null) {
            return;
        }
        checked++;
        if (entry.seq() != expectedSeq) {
            broken(expectedSeq, Problem.MISSING_ENTRY, compared);
            return;
        }
        if (keyed && entry.hashScheme() != AuditHashing.KEYED) {
            broken(entry.seq(), Problem.UNKEYED, compared);
            return;
        }
        if (!hashing.verifies(entry)) {
            broken(entry.seq(), Problem.ALTERED, compared);
            return;
        }
        if (!entry.previousHash().equals(previousHash)) {
            broken(entry.seq(), Problem.BROKEN_LINK, compared);
            return;
        }
        while (pending != null && pending.seq() < entry.seq()) {
            pending = checkpoints.next();
        }
        if (pending != null && pending.seq() == entry.seq()) {
            if (!pending.hash().equals(entry.hash())) {
                broken(entry.seq(), Problem.REWRITTEN, pending);
                return;
            }
            compared = pending;
            pending = checkpoints.next();
        }
        keyed |= entry.hashScheme() == AuditHashing.KEYED;
        previousHash = entry.hash();
        expectedSeq++;
    }

    ChainVerification finish() {
        Checkpoint beyond = null;
        for (; pending != null; pending = checkpoints.next()) {
            beyond = pending;
        }
        if (broken != null) {
            return new ChainVerification(false, broken.entriesChecked(), broken.firstBrokenSeq(), broken.problem(),
                    broken.checkpointSeq(), broken.checkpointAt(), checkpoints.ignored());
        }
        if (beyond != null) {
            return ChainVerification.broken(checked, expectedSeq, Problem.TRUNCATED, beyond, checkpoints.ignored());
        }
        return ChainVerification.intact(checked, compared, checkpoints.ignored());
    }

    private void broken(long seq, Problem problem, Checkpoint checkpoint) {
        broken = ChainVerification.broken(checked, seq, problem, checkpoint, 0);
    }
}
