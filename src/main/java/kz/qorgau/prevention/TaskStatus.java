package kz.qorgau.prevention;

import java.time.LocalDate;

/**
 * Where a follow-up task of a coordination body's decision stands. Done and dropped are recorded (dropped with a
 * reason); an open task is late from the day after its due date, computed against today and never stored.
 */
public enum TaskStatus {
    OPEN, LATE, DONE, DROPPED;

    /** The closing recorded (null when open) and the due date, as of the day. */
    static TaskStatus of(String closedAs, LocalDate dueOn, LocalDate today) {
        if (closedAs != null) {
            return valueOf(closedAs);
        }
        return today.isAfter(dueOn) ? LATE : OPEN;
    }

    /** How a task may be closed. */
    public boolean closing() {
        return this == DONE || this == DROPPED;
    }

    public String messageKey() {
        return "coordination.task.status." + name();
    }
}
