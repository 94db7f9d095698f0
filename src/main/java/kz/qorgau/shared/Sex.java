package kz.qorgau.shared;

/**
 * A person's sex as recorded (HTCDS 2.0 {@code gender}: female, male, other; unknown when not recorded).
 * Kept for statistics, which break victims down by sex.
 */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN;

    public String messageKey() {
        return "sex." + name();
    }
}
