package kz.qorgau.shared;

import java.util.Arrays;

/**
 * A failure a user can understand, with an HTTP meaning and a message key (resolved in the user's
 * language by the central error handling). Unexpected exceptions never show their message.
 */
public abstract class FeatureException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    protected FeatureException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    /** The HTTP status this failure means. */
    public abstract int status();

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
