package kz.qorgau.shared;

/**
 * A value does not have a valid form (an IIN with a wrong check digit, an unknown country code, ...).
 * Thrown by value types when they are built; nothing was changed.
 */
public class InvalidValueException extends FeatureException {

    public InvalidValueException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 400;
    }
}
