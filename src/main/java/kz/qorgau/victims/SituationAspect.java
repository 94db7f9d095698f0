package kz.qorgau.victims;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Set;

/**
 * What a reviewer of two victim records of one person is shown of them ({@link SituationPairs}): per aspect of the
 * situation only whether the records agree, never what either says, since the reviewer may be allowed to read neither
 * record.
 */
public enum SituationAspect {

    /** Both identified (status first presumed or confirmed) in the same calendar year. */
    IDENTIFIED_SAME_YEAR,
    /** Both identified within 90 days of each other, across the turn of a year too. */
    IDENTIFIED_WITHIN_90_DAYS,
    /** A form of exploitation recorded on both. */
    FORMS_OVERLAP,
    /** A country of exploitation recorded on both. */
    EXPLOITATION_COUNTRIES_OVERLAP,
    /** The same region of Kazakhstan recorded on both. */
    SAME_REGION;

    /** The days within which two identifications count as close. */
    static final int CLOSE_DAYS = 90;

    /** Whether the two records agree on an aspect; not recorded where either record lacks it. */
    public enum Agreement {
        AGREE, DISAGREE, NOT_RECORDED
    }

    /** What a record says of the aspects, read to compare and never shown. */
    record Facts(LocalDate identifiedOn, Set<String> forms, Set<String> exploitationCountries, String region) {

        Facts {
            forms = Set.copyOf(forms);
            exploitationCountries = Set.copyOf(exploitationCountries);
        }
    }

    public String messageKey() {
        return "victim.merge.aspect." + name();
    }

    /** How far the two records agree on this aspect. */
    Agreement of(Facts first, Facts second) {
        return switch (this) {
            case IDENTIFIED_SAME_YEAR -> first.identifiedOn() == null || second.identifiedOn() == null
                    ? Agreement.NOT_RECORDED : agreement(first.identifiedOn().getYear() == second.identifiedOn()
                            .getYear());
            case IDENTIFIED_WITHIN_90_DAYS -> first.identifiedOn() == null || second.identifiedOn() == null
                    ? Agreement.NOT_RECORDED : agreement(Math.abs(ChronoUnit.DAYS.between(first.identifiedOn(),
                            second.identifiedOn())) <= CLOSE_DAYS);
            case FORMS_OVERLAP -> overlap(first.forms(), second.forms());
            case EXPLOITATION_COUNTRIES_OVERLAP -> overlap(first.exploitationCountries(), second
                    .exploitationCountries());
            case SAME_REGION -> first.region() == null || second.region() == null ? Agreement.NOT_RECORDED
                    : agreement(first.region().equals(second.region()));
        };
    }

    private static Agreement overlap(Set<String> first, Set<String> second) {
        if (first.isEmpty() || second.isEmpty()) {
            return Agreement.NOT_RECORDED;
        }
        return agreement(!Collections.disjoint(first, second));
    }

    private static Agreement agreement(boolean agree) {
        return agree ? Agreement.AGREE : Agreement.DISAGREE;
    }
}
