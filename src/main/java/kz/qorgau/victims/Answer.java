package kz.qorgau.victims;

/** The answer to one screening indicator. */
public enum Answer {
    PRESENT,
    ABSENT,
    UNKNOWN;

    public String messageKey() {
        return "screening.answer." + name();
    }
}
