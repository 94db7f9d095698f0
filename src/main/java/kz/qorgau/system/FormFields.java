package kz.qorgau.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import java.util.Map;
import java.util.UUID;

import org.springframework.validation.BindingResult;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.RegionCode;

/**
 * Reads the fields of a page's form as typed: a form binds text, so that a malformed date, number or choice is an
 * error on its own field among the others rather than a failed binding that loses the whole form. Each method marks
 * the field when its value is refused and answers null then.
 */
public final class FormFields {

    private FormFields() {
    }

    public static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** An ISO date (as a date input sends it); {@code required} is the message when it is missing, or null. */
    public static LocalDate date(BindingResult binding, String field, String value, String required) {
        if (blank(value)) {
            reject(binding, field, required);
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            reject(binding, field, "form.error.date");
            return null;
        }
    }

    /** A whole number; {@code required} is the message when it is missing, or null. */
    public static Long number(BindingResult binding, String field, String value, String required) {
        if (blank(value)) {
            reject(binding, field, required);
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            reject(binding, field, "form.error.number");
            return null;
        }
    }

    /** A value of the enumeration; {@code required} is the message when it is missing, or null. */
    public static <E extends Enum<E>> E choice(BindingResult binding, String field, Class<E> type, String value,
            String required) {
        if (blank(value)) {
            reject(binding, field, required);
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            reject(binding, field, "form.error.choice");
            return null;
        }
    }

    /**
     * The client id a form was given where it was filled (a phone that may send it again): none when blank or
     * malformed, and the form is then recorded as sent.
     */
    public static UUID clientId(String value) {
        try {
            return blank(value) ? null : UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A country by its ISO 3166-1 alpha-2 code. */
    public static CountryCode country(BindingResult binding, String field, String value, String required) {
        if (blank(value)) {
            reject(binding, field, required);
            return null;
        }
        if (!CountryCode.isValid(value.strip())) {
            reject(binding, field, "form.error.choice");
            return null;
        }
        return CountryCode.of(value.strip());
    }

    /** A region by its ISO 3166-2:KZ code. */
    public static RegionCode region(BindingResult binding, String field, String value, String required) {
        if (blank(value)) {
            reject(binding, field, required);
            return null;
        }
        if (!RegionCode.isValid(value.strip())) {
            reject(binding, field, "form.error.choice");
            return null;
        }
        return RegionCode.of(value.strip());
    }

    /**
     * Marks each of a command's own errors (field → message key) on its field, unless the field already failed to bind
     * (a malformed date or number says so itself).
     */
    public static void reject(BindingResult binding, Map<String, String> errors) {
        errors.forEach((field, key) -> reject(binding, field, key));
    }

    private static void reject(BindingResult binding, String field, String key) {
        if (key != null && !binding.hasFieldErrors(field)) {
            binding.rejectValue(field, key);
        }
    }

    /**
     * Marks a refusal of the service on the field it concerns: the exception's own field, else the field the map
     * gives for its message key, else the form as a whole.
     */
    public static void refuse(BindingResult binding, FeatureException e, Map<String, String> fields) {
        String field = e instanceof InvalidFieldException invalid ? invalid.field() : fields.get(e.messageKey());
        if (field != null) {
            binding.rejectValue(field, e.messageKey(), e.arguments(), null);
        } else {
            binding.reject(e.messageKey(), e.arguments(), null);
        }
    }
}
