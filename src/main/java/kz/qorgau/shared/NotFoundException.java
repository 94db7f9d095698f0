package kz.qorgau.shared;

/**
 * The record does not exist, or it is outside the user's scope: both answer 404 so that a record's
 * existence is not revealed to those who may not see it (DESIGN.md §5).
 */
public class NotFoundException extends FeatureException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    @Override
    public int status() {
        return 404;
    }
}
