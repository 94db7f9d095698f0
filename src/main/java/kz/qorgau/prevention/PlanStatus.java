package kz.qorgau.prevention;

import java.time.LocalDate;

/**
 * Where an item of the National Action Plan stands, by these rules: done or dropped as its last progress report says
 * (done only with evidence, dropped only with a reason: {@link PlanCommands.Report}); otherwise late once its deadline
 * has passed (from the day after it), and in progress until then, reported on or not.
 */
public enum PlanStatus {
    IN_PROGRESS, LATE, DONE, DROPPED;

    /**
     * @param deadline the item's deadline
     * @param reported the state of its last progress report, or null when there is none
     * @param today    the day the status is of
     */
    public static PlanStatus of(LocalDate deadline, PlanStatus reported, LocalDate today) {
        if (reported == DONE || reported == DROPPED) {
            return reported;
        }
        return today.isAfter(deadline) ? LATE : IN_PROGRESS;
    }

    /** Whether a report may give this state (late is never reported, it is computed). */
    public boolean reportable() {
        return this != LATE;
    }

    /** Whether the item is over: no report follows. */
    public boolean closed() {
        return this == DONE || this == DROPPED;
    }

    public String messageKey() {
        return "plan.status." + name();
    }
}
