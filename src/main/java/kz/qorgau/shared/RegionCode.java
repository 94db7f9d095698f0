package kz.qorgau.shared;

import java.util.Objects;
import java.util.regex.Pattern;
import java.io.Serializable;
import java.util.Locale;

/**
 * A first-level administrative unit of Kazakhstan as its ISO 3166-2:KZ code, for example {@code KZ-75}
 * (Almaty city). Whether the code names a region that exists on a date is a question for the region
 * dictionary; this type only guarantees the form.
 */
public record RegionCode(String value) implements Comparable<RegionCode>, Serializable {

    private static final Pattern FORMAT = Pattern.compile("KZ-\\d{2}");

    public RegionCode {
        Objects.requireNonNull(value, "region code");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an ISO 3166-2:KZ region code: " + value);
        }
    }

    public static RegionCode of(String value) {
        return new RegionCode(value == null ? null : value.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value.strip().toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
