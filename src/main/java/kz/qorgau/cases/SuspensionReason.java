package kz.qorgau.cases;

/** Grounds for suspending a pre-trial investigation (Code of Criminal Procedure, art. 45, simplified). */
public enum SuspensionReason {
    SUSPECT_NOT_IDENTIFIED, SUSPECT_ABSCONDED, SUSPECT_ABROAD, SUSPECT_SERIOUSLY_ILL, AWAITING_LEGAL_ASSISTANCE, OTHER;

    public String messageKey() {
        return "case.suspension." + name();
    }
}
