package kz.qorgau.cases;

import java.util.Objects;
import java.util.regex.Pattern;

import kz.qorgau.shared.RuleViolationException;

/**
 * A registration number of the Unified Register of Pre-trial Investigations (ERDR). Numbers seen publicly
 * have 15 digits, the first two being the last two digits of the registration year; whether they match
 * the case's registration date is checked by the case.
 */
public record ErdrNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{15}");

    public ErdrNumber {
        Objects.requireNonNull(value, "ERDR number");
        if (!FORMAT.matcher(value).matches()) {
            throw new RuleViolationException("case.error.erdr-format");
        }
    }

    /** Parses what a person typed: spaces and dashes are ignored. */
    public static ErdrNumber parse(String typed) {
        return new ErdrNumber(typed == null ? "" : typed.replaceAll("[\\s-]", ""));
    }

    /** The registration year the number claims (20YY). */
    public int year() {
        return 2000 + Integer.parseInt(value.substring(0, 2));
    }

    @Override
    public String toString() {
        return value;
    }
}
