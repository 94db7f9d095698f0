package kz.qorgau.victims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The deadlines of a foreign victim that need someone to act (the deadlines dashboard): the end of the
 * reflection period while no residence permit has been granted, and the expiry of a granted permit that
 * no later permit of its kind replaces. A deadline is shown from {@link #HORIZON_DAYS} days before it
 * falls due, and as overdue once its date has passed.
 */
final class Deadlines {

    static final int HORIZON_DAYS = 30;

    /** A deadline: what, when, whether it has passed, and for permits which one. */
    record Deadline(DeadlineKind kind, LocalDate dueOn, boolean overdue, PermitKind permit) {
    }

    private Deadlines() {
    }

    /** Every open deadline, soonest first, whatever its distance. */
    static List<Deadline> open(ReflectionPeriod reflection, List<Permit> permits, LocalDate today) {
        List<Deadline> deadlines = new ArrayList<>();
        boolean residenceGranted = permits.stream()
                .anyMatch(permit -> permit.granted() && permit.kind() == PermitKind.TEMPORARY_RESIDENCE);
        if (reflection != null && !residenceGranted) {
            deadlines.add(new Deadline(DeadlineKind.REFLECTION_PERIOD_ENDS, reflection.endsOn(),
                    reflection.endsOn().isBefore(today), null));
        }
        for (PermitKind kind : PermitKind.values()) {
            permits.stream().filter(permit -> permit.kind() == kind && permit.granted() && permit.validUntil() != null)
                    .max(Comparator.comparing(Permit::validUntil))
                    .ifPresent(latest -> deadlines.add(new Deadline(DeadlineKind.PERMIT_EXPIRES, latest.validUntil(),
                            latest.validUntil().isBefore(today), kind)));
        }
        deadlines.sort(Comparator.comparing(Deadline::dueOn));
        return deadlines;
    }

    /** The deadlines due within the horizon from today, and the overdue ones. */
    static List<Deadline> due(ReflectionPeriod reflection, List<Permit> permits, LocalDate today) {
        LocalDate horizon = today.plusDays(HORIZON_DAYS);
        return open(reflection, permits, today).stream().filter(deadline -> !deadline.dueOn().isAfter(horizon))
                .toList();
    }
}
