package kz.qorgau.cases;

import kz.qorgau.shared.RuleViolationException;

/**
 * The sentence of a convicted defendant: the main and additional punishments the seed report distinguishes.
 * Months and KZT amounts must be positive when given. Which combinations the Criminal Code allows is checked
 * when a sentence is recorded ({@link #checkCombination}), not when one is built, so that an entry recorded
 * before that rule still loads and can be corrected.
 *
 * @param imprisonmentMonths real imprisonment
 * @param suspendedMonths a suspended (conditional) sentence
 * @param probationMonths the probation period of a suspended sentence
 * @param restrictionMonths restriction of liberty
 * @param fineKzt a fine in tenge
 * @param juvenile sentenced as a juvenile offender
 * @param confiscation confiscation of property
 */
public record Sentence(Integer imprisonmentMonths, Integer suspendedMonths, Integer probationMonths,
        Integer restrictionMonths, Long fineKzt, boolean juvenile, boolean confiscation) {

    public Sentence {
        for (Integer months : new Integer[]{ imprisonmentMonths, suspendedMonths, probationMonths,
                restrictionMonths }) {
            if (months != null && (months < 1 || months > 600)) {
                throw new RuleViolationException("case.error.sentence-months");
            }
        }
        if (fineKzt != null && fineKzt < 1) {
            throw new RuleViolationException("case.error.sentence-fine");
        }
        if (probationMonths != null && suspendedMonths == null) {
            throw new RuleViolationException("case.error.probation-without-suspension");
        }
    }

    public static Sentence imprisonment(int months) {
        return new Sentence(months, null, null, null, null, false, false);
    }

    /**
     * Refuses what the Criminal Code of 2014 does not allow one person in one verdict: a sentence has one main
     * punishment (art. 40), and a suspended sentence is a term of imprisonment or of restriction of liberty that
     * the court orders not to be served (art. 63), so real imprisonment, a suspended term and restriction of
     * liberty exclude each other. A fine and confiscation may go with any of them (as additional punishments where
     * the article provides for them); probation goes with a suspended term only (checked when built).
     */
    public void checkCombination() {
        int custodial = (imprisonmentMonths == null ? 0 : 1) + (suspendedMonths == null ? 0 : 1)
                + (restrictionMonths == null ? 0 : 1);
        if (custodial > 1) {
            throw new RuleViolationException("case.error.sentence-combination");
        }
    }

    /** Whether any punishment is given at all. */
    public boolean isEmpty() {
        return imprisonmentMonths == null && suspendedMonths == null && restrictionMonths == null && fineKzt == null;
    }
}
