package kz.qorgau.shared;

/**
 * The request is well-formed but breaks a business rule (a transition not allowed from the current
 * state, a duplicate name, ...). Nothing was changed.
 */
public class RuleViolationException extends FeatureException {

    public RuleViolationException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 409;
    }
}
