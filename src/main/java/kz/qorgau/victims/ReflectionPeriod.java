package kz.qorgau.victims;

import java.time.LocalDate;
import java.time.Period;

import kz.qorgau.shared.RuleViolationException;

/**
 * The reflection period of a foreign victim: it starts at identification and lasts six months; it may be
 * extended to the end of the trial in which the victim takes part (Kazakhstan's 2022 amendments, TIP
 * report 2023). During it the victim is not removed from the country.
 */
record ReflectionPeriod(LocalDate startsOn, LocalDate endsOn, boolean extended) {

    static final Period LENGTH = Period.ofMonths(6);

    static ReflectionPeriod startingOn(LocalDate startsOn) {
        return new ReflectionPeriod(startsOn, startsOn.plus(LENGTH), false);
    }

    /** The period extended to the (expected) end of the trial; only ever longer. */
    ReflectionPeriod extendedTo(LocalDate trialEnd) {
        if (trialEnd == null || !trialEnd.isAfter(endsOn)) {
            throw new RuleViolationException("victim.error.extension-not-later");
        }
        return new ReflectionPeriod(startsOn, trialEnd, true);
    }

    boolean covers(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }
}
