package kz.qorgau.persons;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.Sex;

/**
 * What is recorded about a person: personal data, all of it encrypted at rest except sex, birth year and
 * citizenships (needed by statistics). Blank texts become null; a missing date of birth or sex is taken
 * from the IIN when one is given. Invalid details are refused with a message key.
 *
 * @param surname surname in the original script
 * @param givenName given name in the original script
 * @param patronymic patronymic in the original script, if any
 * @param birthDate date of birth, if known
 * @param sex sex as recorded; {@link Sex#UNKNOWN} when not known
 * @param citizenships citizenships (none when stateless or unknown)
 * @param iin the Kazakh IIN, if any
 * @param passports passports and other travel documents
 * @param phone telephone number
 * @param email e-mail address
 * @param address address
 * @param stateless whether the person is stateless (then without citizenships); with none and not stateless, the
 *        citizenship is not known
 */
public record PersonDetails(String surname, String givenName, String patronymic, LocalDate birthDate, Sex sex,
        Set<CountryCode> citizenships, Iin iin, List<PassportNumber> passports, String phone, String email,
        String address, boolean stateless) {

    static final int NAME_LENGTH = 100;
    static final int ADDRESS_LENGTH = 500;
    static final int MAX_PASSPORTS = 10;

    public PersonDetails {
        surname = text(surname, NAME_LENGTH, "person.error.name-too-long");
        givenName = text(givenName, NAME_LENGTH, "person.error.name-too-long");
        patronymic = text(patronymic, NAME_LENGTH, "person.error.name-too-long");
        if (surname == null && givenName == null) {
            throw new InvalidValueException("person.error.name-required");
        }
        if (iin != null) {
            if (birthDate == null) {
                birthDate = iin.birthDate();
            } else if (!birthDate.equals(iin.birthDate())) {
                throw new InvalidValueException("person.error.iin-birth-date-mismatch");
            }
            if (sex == null || sex == Sex.UNKNOWN) {
                sex = iin.sex();
            }
        }
        sex = sex == null ? Sex.UNKNOWN : sex;
        citizenships = citizenships == null ? Set.of() : Collections.unmodifiableSet(new TreeSet<>(citizenships));
        if (stateless && !citizenships.isEmpty()) {
            throw new InvalidValueException("person.error.stateless-with-citizenship");
        }
        passports = passports == null ? List.of() : List.copyOf(new LinkedHashSet<>(passports));
        if (passports.size() > MAX_PASSPORTS) {
            throw new InvalidValueException("person.error.too-many-passports", MAX_PASSPORTS);
        }
        phone = text(phone, 30, "person.error.phone");
        if (phone != null && (!phone.matches("\\+?[0-9 ()\\-]+") || phone.replaceAll("\\D", "").length() < 5)) {
            throw new InvalidValueException("person.error.phone");
        }
        email = text(email, 200, "person.error.email");
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidValueException("person.error.email");
        }
        address = text(address, ADDRESS_LENGTH, "person.error.address-too-long");
    }

    /** Details of a person who is not recorded as stateless. */
    public PersonDetails(String surname, String givenName, String patronymic, LocalDate birthDate, Sex sex,
            Set<CountryCode> citizenships, Iin iin, List<PassportNumber> passports, String phone, String email,
            String address) {
        this(surname, givenName, patronymic, birthDate, sex, citizenships, iin, passports, phone, email, address,
                false);
    }

    /** The name as written: surname, given name, patronymic. */
    public String fullName() {
        StringJoiner name = new StringJoiner(" ");
        for (String part : new String[]{ surname, givenName, patronymic }) {
            if (part != null) {
                name.add(part);
            }
        }
        return name.toString();
    }

    /** The name in Latin letters (see {@link Transliteration} for the spelling). */
    public String latinName() {
        return Transliteration.latin(fullName());
    }

    private static String text(String value, int maxLength, String tooLongKey) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip().replaceAll("\\s+", " ");
        if (stripped.length() > maxLength) {
            throw new InvalidValueException(tooLongKey, maxLength);
        }
        return stripped;
    }

    /** Never personal data in logs or exception messages. */
    @Override
    public String toString() {
        return "PersonDetails[(personal data)]";
    }
}
