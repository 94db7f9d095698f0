package kz.qorgau.prevention;

import java.util.Map;

import org.springframework.validation.BindingResult;

/** The prevention pages' forms: a command's own errors marked on the form's fields. */
final class FormErrors {

    private FormErrors() {
    }

    /**
     * Marks each of the command's errors (field → message key) on its field, unless the field already failed to bind
     * (a malformed date or number says so itself).
     */
    static void reject(BindingResult binding, Map<String, String> errors) {
        errors.forEach((field, key) -> {
            if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, key);
            }
        });
    }
}
