package kz.qorgau.shared;

import java.util.Map;

/**
 * A value of a request that its rule refuses, naming the field that holds it (as the API's {@code errors} name the
 * fields of a body that cannot be read), so that a client can show the message beside the right field.
 */
public class InvalidFieldException extends InvalidValueException {

    private final String field;

    /**
     * @param field the field of the request, as the body names it ({@code screening.decision})
     */
    public InvalidFieldException(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /**
     * Refuses with the first of a form's errors (field → message key, in the form's order), where there is any: for a
     * command that validates every field at once and, called without a form (the API), names the first wrong one.
     */
    public static void refuseFirst(Map<String, String> errors) {
        errors.entrySet().stream().findFirst().ifPresent(first -> {
            throw new InvalidFieldException(first.getKey(), first.getValue());
        });
    }
}
