package kz.qorgau.persons;

import java.util.Locale;
import java.util.Objects;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidValueException;

/**
 * A passport (or other travel document) by its number and issuing country. The number is kept in a
 * normal form, upper case without spaces or dashes, so that "n 12345678" and "N12345678" are the same
 * document when searched. Personal data: stored only encrypted and found through its blind index.
 */
public record PassportNumber(String number, CountryCode country) {

    public PassportNumber {
        Objects.requireNonNull(country, "country");
        number = number == null ? "" : normalise(number);
        if (number.isEmpty()) {
            throw new InvalidValueException("passport.error.number-required");
        }
        if (!number.matches("[\\p{L}\\p{N}]{3,20}")) {
            throw new InvalidValueException("passport.error.number-format");
        }
    }

    public static PassportNumber of(String number, String country) {
        if (country == null || country.isBlank()) {
            throw new InvalidValueException("passport.error.country-required");
        }
        return new PassportNumber(number, CountryCode.of(country));
    }

    static String normalise(String number) {
        return number.replaceAll("[\\s\\-./]", "").toUpperCase(Locale.ROOT);
    }

    /** Never the number itself in logs or exception messages. */
    @Override
    public String toString() {
        return "PassportNumber[" + country + "]";
    }
}
