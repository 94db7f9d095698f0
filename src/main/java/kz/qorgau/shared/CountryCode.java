package kz.qorgau.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.io.Serializable;

/**
 * A country as its ISO 3166-1 alpha-2 code, for example {@code KZ}, one of those the JDK knows
 * ({@link Locale#getISOCountries()}). Citizenships, issuing countries and countries of recruitment and
 * exploitation use it.
 */
public record CountryCode(@JsonValue String value) implements Comparable<CountryCode>, Serializable {

    private static final Set<String> ISO_3166_1 = Set.of(Locale.getISOCountries());

    public static final CountryCode KAZAKHSTAN = new CountryCode("KZ");

    public CountryCode {
        Objects.requireNonNull(value, "country code");
        if (!ISO_3166_1.contains(value)) {
            throw new InvalidValueException("country.error.unknown", value);
        }
    }

    /** The code as typed: surrounding spaces and lower case are accepted. */
    @JsonCreator
    public static CountryCode of(String value) {
        return new CountryCode(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String value) {
        return value != null && ISO_3166_1.contains(value.strip().toUpperCase(Locale.ROOT));
    }

    /** Every country, sorted by its name in the language (Kazakhstan first), for choosing one in a form. */
    public static List<CountryCode> all(Locale locale) {
        Stream<CountryCode> others = ISO_3166_1.stream().filter(code -> !code.equals("KZ")).map(CountryCode::new)
                .sorted(Comparator.comparing(code -> code.name(locale)));
        return Stream.concat(Stream.of(KAZAKHSTAN), others).toList();
    }

    /** The ISO 3166-1 alpha-3 code, for example {@code KAZ} (HTCDS and GLOTIP exports use it). */
    public String alpha3() {
        return Locale.of("", value).getISO3Country();
    }

    /** The country's name in the language. */
    public String name(Locale locale) {
        return Locale.of("", value).getDisplayCountry(locale);
    }

    @Override
    public int compareTo(CountryCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
