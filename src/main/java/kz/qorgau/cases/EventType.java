package kz.qorgau.cases;

import kz.qorgau.shared.Permission;

/** The kinds of dated procedural event on a case's timeline. */
public enum EventType {
    /** The case was entered in the ERDR: the first event, dated the registration date. */
    REGISTERED,
    /** The pre-trial investigation was suspended (for example, the suspect has absconded). */
    SUSPENDED,
    /** A suspended investigation was resumed. */
    RESUMED,
    /** The investigation was terminated, with a reason. */
    TERMINATED,
    /** A termination was quashed (by the prosecutor or a court) and the investigation goes on. */
    REOPENED,
    /** The indictment was sent to court (the prosecution). */
    SENT_TO_COURT,
    /** A first-instance verdict for one defendant. */
    VERDICT,
    /** An appeal decision for one defendant. */
    APPEAL,
    /**
     * The case was qualified anew (charges, forms of exploitation, flags), in force from the entry's date; the
     * registration carries the first qualification.
     */
    REQUALIFIED,
    /**
     * Withdraws an entry made in error, which stays in the history. (A correction, by contrast, is an
     * event of the same type as the wrong one, referring to it.)
     */
    RETRACTION;

    public String messageKey() {
        return "case.event." + name();
    }

    /**
     * Who records the event: the police investigate, prosecutors indict, courts (and prosecutors) report
     * outcomes; a retraction by those who record what it withdraws; a requalification by those who may change
     * a case's qualification.
     */
    public Permission recordedWith() {
        return switch (this) {
            case REGISTERED, SUSPENDED, RESUMED, TERMINATED, RETRACTION -> Permission.CASES_INVESTIGATE;
            case REOPENED, SENT_TO_COURT -> Permission.CASES_PROSECUTE;
            case VERDICT, APPEAL -> Permission.CASES_ADJUDICATE;
            case REQUALIFIED -> Permission.CASES_QUALIFY;
        };
    }

    /** Whether the event is about one defendant. */
    public boolean perDefendant() {
        return this == VERDICT || this == APPEAL;
    }
}
