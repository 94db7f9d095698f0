package kz.qorgau.shared;

import java.io.Serializable;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A Kazakh business identification number (БИН / БСН) of a legal entity, its branch or representative office, or
 * an individual entrepreneur in a joint venture: 12 digits.
 * <ul>
 * <li>digits 1–4: the year and month of registration as YYMM (month 01 to 12);</li>
 * <li>digit 5: the kind of entity ({@link Kind}): 4 a resident legal entity, 5 a non-resident legal entity, 6 an
 * individual entrepreneur in a joint venture;</li>
 * <li>digit 6: the division ({@link Division}): 0 the head office, 1 a branch, 2 a representative office, 3 a peasant
 * or farm enterprise in a joint venture;</li>
 * <li>digits 7–11: a serial number;</li>
 * <li>digit 12: the check digit, computed as the IIN's ({@link CheckDigit}).</li>
 * </ul>
 * BINs are public (the state register of legal entities shows them), unlike IINs.
 */
public record Bin(@JsonValue String value) implements Serializable {

    public Bin {
        Objects.requireNonNull(value, "bin");
        if (!value.matches("\\d{12}")) {
            throw new InvalidValueException("bin.error.format");
        }
        int month = Integer.parseInt(value.substring(2, 4));
        if (month < 1 || month > 12) {
            throw new InvalidValueException("bin.error.month");
        }
        if (Kind.of(value.charAt(4)) == null) {
            throw new InvalidValueException("bin.error.kind");
        }
        if (Division.of(value.charAt(5)) == null) {
            throw new InvalidValueException("bin.error.division");
        }
        Integer check = CheckDigit.of(value.substring(0, 11));
        if (check == null || check != value.charAt(11) - '0') {
            throw new InvalidValueException("bin.error.check-digit");
        }
    }

    /** The BIN as typed: spaces and dashes between digits are accepted. */
    @JsonCreator
    public static Bin of(String typed) {
        return new Bin(typed == null ? null : typed.replaceAll("[\\s-]", ""));
    }

    public static boolean isValid(String typed) {
        try {
            of(typed);
            return true;
        } catch (InvalidValueException | NullPointerException e) {
            return false;
        }
    }

    public Kind kind() {
        return Kind.of(value.charAt(4));
    }

    public Division division() {
        return Division.of(value.charAt(5));
    }

    @Override
    public String toString() {
        return value;
    }

    /** Who holds the BIN: its fifth digit. */
    public enum Kind {
        RESIDENT_LEGAL_ENTITY('4'),
        NON_RESIDENT_LEGAL_ENTITY('5'),
        JOINT_VENTURE_ENTREPRENEUR('6');

        private final char digit;

        Kind(char digit) {
            this.digit = digit;
        }

        public char digit() {
            return digit;
        }

        static Kind of(char digit) {
            for (Kind kind : values()) {
                if (kind.digit == digit) {
                    return kind;
                }
            }
            return null;
        }
    }

    /** Which part of the entity the BIN names: its sixth digit. */
    public enum Division {
        HEAD_OFFICE('0'),
        BRANCH('1'),
        REPRESENTATIVE_OFFICE('2'),
        PEASANT_FARM('3');

        private final char digit;

        Division(char digit) {
            this.digit = digit;
        }

        public char digit() {
            return digit;
        }

        static Division of(char digit) {
            for (Division division : values()) {
                if (division.digit == digit) {
                    return division;
                }
            }
            return null;
        }
    }
}
