package kz.qorgau.cases;

import kz.qorgau.shared.RuleViolationException;

/**
 * The sentence of a convicted defendant: any combination of the main and additional punishments the
 * seed report distinguishes. Months and KZT amounts must be positive when given.
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
        for (Integer months : new Integer[] { imprisonmentMonths, suspendedMonths, probationMonths, restrictionMonths }) {
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

    /** Whether any punishment is given at all. */
    public boolean isEmpty() {
        return imprisonmentMonths == null && suspendedMonths == null && restrictionMonths == null && fineKzt == null;
    }
}
