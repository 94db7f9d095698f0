package kz.qorgau.persons;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import kz.qorgau.shared.InvalidValueException;

/** The search form: any of IIN, passport, or name with date of birth. */
record PersonSearchForm(String iin, String passportNumber, String passportCountry, String surname, String givenName,
        String birthDate) {

    static PersonSearchForm empty() {
        return new PersonSearchForm("", "", "", "", "", "");
    }

    /** The search, or null with the errors recorded in the binding result. */
    PersonSearch search(BindingResult binding) {
        LocalDate date = PersonForm.date(birthDate, "birthDate", binding);
        Iin parsedIin = null;
        if (PersonForm.hasText(iin)) {
            try {
                parsedIin = Iin.of(iin);
            } catch (InvalidValueException e) {
                binding.rejectValue("iin", e.messageKey(), e.arguments(), null);
            }
        }
        List<PassportNumber> passports = new ArrayList<>();
        if (PersonForm.hasText(passportNumber) || PersonForm.hasText(passportCountry)) {
            try {
                passports.add(PassportNumber.of(passportNumber, passportCountry));
            } catch (InvalidValueException e) {
                binding.rejectValue(e.messageKey().equals("passport.error.country-required") ? "passportCountry"
                        : "passportNumber", e.messageKey(), e.arguments(), null);
            }
        }
        if (binding.hasErrors()) {
            return null;
        }
        try {
            return new PersonSearch(parsedIin, passports, surname, givenName, date);
        } catch (InvalidValueException e) {
            if (e.messageKey().equals("person.error.search-name-needs-birth-date")) {
                binding.rejectValue("birthDate", e.messageKey(), e.arguments(), null);
            } else {
                binding.reject(e.messageKey(), e.arguments(), null);
            }
            return null;
        }
    }

    @Override
    public String toString() {
        return "PersonSearchForm[(personal data)]";
    }
}
