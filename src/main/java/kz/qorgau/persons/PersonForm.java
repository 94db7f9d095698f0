package kz.qorgau.persons;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.validation.BindingResult;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.shared.Sex;

/**
 * The registration form: texts as typed (dates and choices too, so that a malformed one is an error on
 * its field rather than a failed binding), turned into {@link PersonDetails} with errors by field.
 */
record PersonForm(String surname, String givenName, String patronymic, String birthDate, String sex,
        List<String> citizenships, String iin, String passportNumber, String passportCountry, String phone,
        String email, String address, Boolean stateless) {

    /** A form without the stateless box is a person not recorded as stateless. */
    PersonForm {
        stateless = Boolean.TRUE.equals(stateless);
    }

    /** Which field a refused value belongs to, by the message key of the refusal. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("person.error.name-required", "surname"),
            Map.entry("person.error.name-too-long", "surname"),
            Map.entry("person.error.iin-birth-date-mismatch", "birthDate"),
            Map.entry("person.error.birth-date-future", "birthDate"),
            Map.entry("person.error.birth-date-too-early", "birthDate"),
            Map.entry("person.error.phone", "phone"),
            Map.entry("person.error.email", "email"),
            Map.entry("person.error.address-too-long", "address"),
            Map.entry("person.error.stateless-with-citizenship", "citizenships"));

    static PersonForm empty() {
        return new PersonForm("", "", "", "", Sex.UNKNOWN.name(), List.of(), "", "", "", "", "", "", false);
    }

    /** The details, or null with the errors recorded in the binding result. */
    PersonDetails details(BindingResult binding) {
        LocalDate date = date(birthDate, "birthDate", binding);
        Sex chosen = null;
        if (hasText(sex)) {
            try {
                chosen = Sex.valueOf(sex.strip());
            } catch (IllegalArgumentException e) {
                binding.rejectValue("sex", "person.error.sex");
            }
        }
        Iin parsedIin = null;
        if (hasText(iin)) {
            try {
                parsedIin = Iin.of(iin);
            } catch (InvalidValueException e) {
                binding.rejectValue("iin", e.messageKey(), e.arguments(), null);
            }
        }
        List<PassportNumber> passports = new ArrayList<>();
        if (hasText(passportNumber) || hasText(passportCountry)) {
            try {
                passports.add(PassportNumber.of(passportNumber, passportCountry));
            } catch (InvalidValueException e) {
                binding.rejectValue(e.messageKey().equals("passport.error.country-required") ? "passportCountry"
                        : "passportNumber", e.messageKey(), e.arguments(), null);
            }
        }
        Set<CountryCode> countries = new TreeSet<>();
        for (String country : citizenships == null ? List.<String>of() : citizenships) {
            if (hasText(country)) {
                try {
                    countries.add(CountryCode.of(country));
                } catch (InvalidValueException e) {
                    binding.rejectValue("citizenships", e.messageKey(), e.arguments(), null);
                }
            }
        }
        if (binding.hasErrors()) {
            return null;
        }
        try {
            return new PersonDetails(surname, givenName, patronymic, date, chosen, countries, parsedIin, passports,
                    phone, email, address, stateless);
        } catch (InvalidValueException e) {
            reject(binding, e);
            return null;
        }
    }

    /** Records a refusal of the details against its field (or the whole form). */
    static void reject(BindingResult binding, InvalidValueException refusal) {
        String field = FIELDS.get(refusal.messageKey());
        if (field == null) {
            binding.reject(refusal.messageKey(), refusal.arguments(), null);
        } else {
            binding.rejectValue(field, refusal.messageKey(), refusal.arguments(), null);
        }
    }

    /** A date as the browser's date field sends it (ISO), or null with an error on the field. */
    static LocalDate date(String value, String field, BindingResult binding) {
        if (!hasText(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            binding.rejectValue(field, "person.error.date-format");
            return null;
        }
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "PersonForm[(personal data)]";
    }
}
