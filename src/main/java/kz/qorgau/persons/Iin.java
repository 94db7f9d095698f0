package kz.qorgau.persons;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import kz.qorgau.shared.CheckDigit;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.Sex;

/**
 * A Kazakh individual identification number (ИИН / ЖСН): 12 digits.
 * <ul>
 * <li>digits 1–6: the date of birth as YYMMDD;</li>
 * <li>digit 7: century and sex: 1/2 born in the 1800s, 3/4 in the 1900s, 5/6 in the 2000s, odd male,
 * even female;</li>
 * <li>digits 8–11: a serial number;</li>
 * <li>digit 12: the check digit ({@link CheckDigit}): the first 11 digits weighted 1..11, summed, modulo 11;
 * when that is 10, weighted 3,4,5,6,7,8,9,10,11,1,2 instead; when that is 10 again, no valid IIN has these 11
 * digits.</li>
 * </ul>
 * Personal data: stored only encrypted and found through its blind index.
 */
public record Iin(@JsonValue String value) {

    public Iin {
        Objects.requireNonNull(value, "iin");
        if (!value.matches("\\d{12}")) {
            throw new InvalidValueException("iin.error.format");
        }
        int centuryAndSex = value.charAt(6) - '0';
        if (centuryAndSex < 1 || centuryAndSex > 6) {
            throw new InvalidValueException("iin.error.century");
        }
        birthDate(value);
        Integer check = checkDigit(value.substring(0, 11));
        if (check == null || check != value.charAt(11) - '0') {
            throw new InvalidValueException("iin.error.check-digit");
        }
    }

    /** The IIN as typed: spaces and dashes between digits are accepted. */
    @JsonCreator
    public static Iin of(String typed) {
        return new Iin(typed == null ? null : typed.replaceAll("[\\s-]", ""));
    }

    public static boolean isValid(String typed) {
        try {
            of(typed);
            return true;
        } catch (InvalidValueException | NullPointerException e) {
            return false;
        }
    }

    /**
     * The check digit of the first 11 digits, or null when both weightings give 10 (no valid IIN); see
     * {@link CheckDigit}.
     */
    static Integer checkDigit(String first11) {
        return CheckDigit.of(first11);
    }

    public LocalDate birthDate() {
        return birthDate(value);
    }

    public Sex sex() {
        return (value.charAt(6) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /** Masked for display where the number itself must not be shown: only the last two digits. */
    public String masked() {
        return "••••••••••" + value.substring(10);
    }

    private static LocalDate birthDate(String value) {
        int century = switch (value.charAt(6)) {
            case '1', '2' -> 1800;
            case '3', '4' -> 1900;
            default -> 2000;
        };
        try {
            return LocalDate.of(century + Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(2,
                    4)),
                    Integer.parseInt(value.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new InvalidValueException("iin.error.birth-date");
        }
    }

    /** Never the number itself in logs or exception messages. */
    @Override
    public String toString() {
        return "Iin[" + masked() + "]";
    }
}
