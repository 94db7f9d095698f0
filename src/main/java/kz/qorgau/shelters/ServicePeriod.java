package kz.qorgau.shelters;

import java.time.LocalDate;

/**
 * The special social services period of a stay: six months from admission, which a decision may extend to nine
 * (the rules on special social services for victims of trafficking in force since the seed report).
 */
record ServicePeriod(LocalDate startsOn, LocalDate extendedOn) {

    static final int MONTHS = 6;
    static final int EXTENDED_MONTHS = 9;

    boolean extended() {
        return extendedOn != null;
    }

    LocalDate endsOn() {
        return startsOn.plusMonths(extended() ? EXTENDED_MONTHS : MONTHS);
    }

    /** The last day on which an extension may be decided: that of the six months. */
    LocalDate extensionDueBy() {
        return startsOn.plusMonths(MONTHS);
    }

    boolean overdue(LocalDate today) {
        return endsOn().isBefore(today);
    }
}
