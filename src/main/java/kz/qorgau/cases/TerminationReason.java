package kz.qorgau.cases;

/** Grounds for terminating a pre-trial investigation (Code of Criminal Procedure, art. 35, simplified). */
public enum TerminationReason {
    NO_CRIME_EVENT, NO_CORPUS_DELICTI, INSUFFICIENT_EVIDENCE, SUSPECT_DECEASED, STATUTE_OF_LIMITATIONS, AMNESTY,
    RECONCILIATION, TRANSFERRED_TO_ANOTHER_CASE, OTHER;

    public String messageKey() {
        return "case.termination." + name();
    }
}
