package kz.qorgau.shared;

/**
 * Someone else changed the same record, or saved the same one, while this request was at work on it
 * (an aggregate's version moved on, a unique key was taken in between, the database refused two
 * writes that met): nothing was changed, and doing it again on the current state may succeed.
 * <p>
 * A {@link RuleViolationException} (409), so that a form that re-shows itself on a broken rule also
 * re-shows itself on a conflict, with what the user typed.
 */
public class ConflictException extends RuleViolationException {

    public ConflictException(String messageKey, Throwable cause) {
        super(messageKey);
        initCause(cause);
    }
}
