package kz.qorgau.linkage;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

import kz.qorgau.shared.Sex;

/**
 * How every organisation of a privacy-preserving linkage encodes a person (docs/linkage.md), so that their CLKs
 * compare: the fields, how each becomes tokens, its weight, and balanced hardening. The offline encoding tool
 * ({@link EncodeCommand}) encodes with it. Changing a field or a weight changes every CLK, so every organisation must
 * encode again with the new version.
 * <p>
 * The fields are those an organisation has for nearly everyone it serves: surname and given name, folded by
 * {@link NameFolding} (Cyrillic and Latin spellings give the same tokens); the date of birth three times, as bigrams
 * of its digits (a date with one digit wrong keeps most of them; a year alone shares those of its year), as the year
 * and as day and month in either order (each one token, so that two dates that differ weigh as much as two names, and
 * a date written with day and month swapped keeps its day and month); and the sex. The weights were chosen on
 * registrations generated with another seed than the benchmark's (docs/benchmarks.md, "Privacy-preserving linkage on
 * the Cyrillic/Latin registrations"): the patronymic, which passports never carry, cost more than it gave, and the
 * two whole-date tokens raised the best F1 by about 0.03. No document number: few of the persons such organisations
 * meet have one at hand, and the pseudonymous id must never be one.
 */
public final class PersonEncoding {

    private static final Pattern BIRTH_DATE = Pattern.compile("|\\d{4}|\\d{8}");
    private static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

    /**
     * A person's values to encode. {@code birthDate} is {@code yyyyMMdd}, {@code yyyy} when only the year is known, or
     * empty; an empty name, an unknown date and an unknown sex set no bit.
     */
    public record Person(String surname, String givenName, String birthDate, Sex sex) {

        public Person {
            surname = surname == null ? "" : surname;
            givenName = givenName == null ? "" : givenName;
            birthDate = birthDate == null ? "" : birthDate;
            sex = sex == null ? Sex.UNKNOWN : sex;
            if (!BIRTH_DATE.matcher(birthDate).matches()) {
                throw new IllegalArgumentException("a date of birth to encode is yyyyMMdd, yyyy or empty");
            }
        }

        /** Never the person's values: a person to encode must not reach a log. */
        @Override
        public String toString() {
            return "Person[(to encode)]";
        }

        /** The date of birth as this encoding writes it: yyyyMMdd; empty when unknown. */
        public static String birthDate(LocalDate date) {
            return date == null ? "" : date.format(DIGITS);
        }

        String birthYear() {
            return birthDate.length() >= 4 ? birthDate.substring(0, 4) : "";
        }

        /** Month and day, the smaller first: the same token when a register swapped them; empty unless the whole date. */
        String birthDayAndMonth() {
            if (birthDate.length() != 8) {
                return "";
            }
            String month = birthDate.substring(4, 6);
            String day = birthDate.substring(6, 8);
            return month.compareTo(day) <= 0 ? month + day : day + month;
        }

        /** The sex as one token: {@code f}, {@code m}, {@code o}; empty when unknown. */
        String sexToken() {
            return switch (sex) {
                case FEMALE -> "f";
                case MALE -> "m";
                case OTHER -> "o";
                case UNKNOWN -> "";
            };
        }
    }

    /** The fields with their weights in positions per token of a 1024-bit filter (at most 64). */
    static final List<ClkEncoder.Field<Person>> FIELDS = List.of(
            ClkEncoder.Field.of("surname", Person::surname, ClkEncoder.Tokens.SURNAME, 30),
            ClkEncoder.Field.of("given_name", Person::givenName, ClkEncoder.Tokens.GIVEN_NAME, 30),
            ClkEncoder.Field.of("birth_date", Person::birthDate, ClkEncoder.Tokens.BIGRAMS, 30),
            ClkEncoder.Field.of("birth_year", Person::birthYear, ClkEncoder.Tokens.WHOLE, 64),
            ClkEncoder.Field.of("birth_day_and_month", Person::birthDayAndMonth, ClkEncoder.Tokens.WHOLE, 64),
            ClkEncoder.Field.of("sex", Person::sexToken, ClkEncoder.Tokens.WHOLE, 10));

    /**
     * The Dice coefficient at and above which two persons so encoded are one: the threshold of the best pairwise F1 on
     * 20,000 registrations generated with a seed other than the benchmark's (Kazakh, Russian, Kyrgyz and Uzbek names in
     * Cyrillic and Latin spellings, typos, swapped and missing dates). Not the hardening's own threshold, chosen on
     * FEBRL3's English names: among Cyrillic/Latin registrations common names make namesakes score above it.
     */
    public static final double LINK_THRESHOLD = 0.88;

    private PersonEncoding() {
    }

    /** The encoder of persons under a linkage's secret, balanced. */
    public static ClkEncoder<Person> encoder(LinkageSecret secret) {
        return new ClkEncoder<>(secret, FIELDS, List.of(), ClkEncoder.Hardening.BALANCE);
    }
}
