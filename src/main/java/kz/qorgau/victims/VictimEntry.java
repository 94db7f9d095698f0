package kz.qorgau.victims;

import org.springframework.data.annotation.Id;

/**
 * What each dated entry of a victim's record that is an aggregate of its own has: its row, the victim's id, its number
 * among the victim's entries of its kind and who recorded it. The entries are appended; those that are decided or
 * settled later change only their own fields.
 */
abstract class VictimEntry {

    @Id
    private Long id;
    private long victimId;
    private int seq;
    private String recordedBy;

    /** Enters a new entry on the victim's record as the {@code seq}-th of its kind (from 0). */
    void enter(long victimId, int seq, String recordedBy) {
        this.victimId = victimId;
        this.seq = seq;
        this.recordedBy = recordedBy;
    }

    Long id() {
        return id;
    }

    long victimId() {
        return victimId;
    }

    /** Its number on the victim's record among the entries of its kind, from 0. */
    int seq() {
        return seq;
    }

    String recordedBy() {
        return recordedBy;
    }
}
