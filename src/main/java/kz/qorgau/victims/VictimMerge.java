package kz.qorgau.victims;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

import kz.qorgau.shared.RuleViolationException;

/**
 * A merge of a victim record into another record of the same person and situation ({@link SituationReview}): who
 * merged which into which and when, and, once, who undid it and when. The merge and its undoing are the dated events
 * through which the statistics of a past year move. Never deleted; a merge made again after it was undone is a new one.
 */
@Table("victims_merge")
class VictimMerge {

    @Id
    private Long id;
    private long survivorId;
    private long mergedId;
    private Instant mergedAt;
    private long mergedByUserId;
    private Instant undoneAt;
    private Long undoneByUserId;

    @PersistenceCreator
    VictimMerge() {
    }

    static VictimMerge of(Victim survivor, Victim merged, long userId, Instant now) {
        VictimMerge merge = new VictimMerge();
        merge.survivorId = survivor.id();
        merge.mergedId = merged.id();
        merge.mergedByUserId = userId;
        merge.mergedAt = now;
        return merge;
    }

    /** Undoes the merge, at most once. */
    void undo(long userId, Instant now) {
        if (undoneAt != null) {
            throw new RuleViolationException("victim.merge.error.undone");
        }
        undoneAt = now;
        undoneByUserId = userId;
    }

    Long id() {
        return id;
    }

    long survivorId() {
        return survivorId;
    }

    long mergedId() {
        return mergedId;
    }

    Instant mergedAt() {
        return mergedAt;
    }

    Instant undoneAt() {
        return undoneAt;
    }

    boolean active() {
        return undoneAt == null;
    }
}
