package kz.qorgau.prevention;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The errors of a command's fields as they are found, the first of each field kept (field → message key), in the form's
 * order; the messages shared by the prevention module's forms.
 */
final class Errors {

    /** The earliest date a record of the prevention module may bear: independent Kazakhstan. */
    static final LocalDate EARLIEST = LocalDate.of(1991, 1, 1);

    private final Map<String, String> errors = new LinkedHashMap<>();

    Errors put(String field, String key) {
        errors.putIfAbsent(field, key);
        return this;
    }

    Errors when(boolean wrong, String field, String key) {
        return wrong ? put(field, key) : this;
    }

    Errors required(String field, Object value) {
        return when(value == null, field, "prevention.error.required");
    }

    /** A text that must be given, of at most {@code max} characters. */
    Errors text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return put(field, "prevention.error.required");
        }
        return optional(field, value, max);
    }

    /** A text that may be left empty, of at most {@code max} characters. */
    Errors optional(String field, String value, int max) {
        return when(value != null && value.strip().length() > max, field, "prevention.error.too-long");
    }

    /** A day that has come, from 1991. */
    Errors past(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            return put(field, "prevention.error.required");
        }
        return when(date.isAfter(today), field, "prevention.error.future").when(date.isBefore(EARLIEST), field,
                "prevention.error.too-early");
    }

    /** A day from 1991, possibly to come (a deadline, a due date). */
    Errors day(String field, LocalDate date) {
        if (date == null) {
            return put(field, "prevention.error.required");
        }
        return when(date.isBefore(EARLIEST), field, "prevention.error.too-early").when(date.getYear() > 2100, field,
                "prevention.error.too-late");
    }

    /** A count, never negative. */
    Errors count(String field, Long value) {
        if (value == null) {
            return put(field, "prevention.error.required");
        }
        return when(value < 0, field, "prevention.error.negative").when(value > 10_000_000, field,
                "prevention.error.too-large");
    }

    Map<String, String> map() {
        return errors;
    }

    static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
