package kz.qorgau.shared;

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
}
