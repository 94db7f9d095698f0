package kz.qorgau.shelters;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

/**
 * Reads the fields of a page's form as typed: a form binds text, so that a malformed date, number or choice is an
 * error on its own field among the others rather than a failed binding that loses the whole form. Each method marks
 * the field when its value is refused and answers null then.
 */
final class FormFields {

    private FormFields() {
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** An ISO date (as a date input sends it); {@code required} is the message when it is missing, or null. */
    static LocalDate date(BindingResult binding, String field, String value, String required) {
        if (blank(value)) {
            reject(binding, field, required);
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            reject(binding, field, "shelter.error.date");
            return null;
        }
    }

    /** A whole number; {@code required} is the message when it is missing, or null. */
    static Long number(BindingResult binding, String field, String value, String required) {
        if (blank(value)) {
            reject(binding, field, required);
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            reject(binding, field, "shelter.error.number");
            return null;
        }
    }

    /** A value of the enumeration; {@code required} is the message when it is missing, or null. */
    static <E extends Enum<E>> E choice(BindingResult binding, String field, Class<E> type, String value,
            String required) {
        if (blank(value)) {
            reject(binding, field, required);
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            reject(binding, field, "shelter.error.choice");
            return null;
        }
    }

    private static void reject(BindingResult binding, String field, String key) {
        if (key != null && !binding.hasFieldErrors(field)) {
            binding.rejectValue(field, key);
        }
    }
}
