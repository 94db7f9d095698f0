package kz.qorgau.persons;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.Sex;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * Persons over the API, for the roles that work with persons. Answers are pseudonymous except
 * {@code POST /{id}/reveal}, which needs a reason and a grant and is audited.
 */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons")
@Requires(Permission.PERSONS)
class PersonApiController {

    private final PersonRegistry registry;

    PersonApiController(PersonRegistry registry) {
        this.registry = registry;
    }

    record Passport(String number, String country) {
    }

    /** A person's details; the IIN's date of birth and sex are used when those are left out. */
    record PersonRequest(String surname, String givenName, String patronymic, LocalDate birthDate, Sex sex,
            List<String> citizenships, String iin, List<Passport> passports, String phone, String email,
            String address, Boolean stateless) {

        PersonDetails details() {
            Set<CountryCode> countries = new TreeSet<>();
            (citizenships == null ? List.<String>of() : citizenships).forEach(code -> countries.add(CountryCode.of(
                    code)));
            List<PassportNumber> documents = (passports == null ? List.<Passport>of() : passports).stream()
                    .map(passport -> PassportNumber.of(passport.number(), passport.country())).toList();
            return new PersonDetails(surname, givenName, patronymic, birthDate, sex, countries,
                    iin == null || iin.isBlank() ? null : Iin.of(iin), documents, phone, email, address,
                    Boolean.TRUE.equals(stateless));
        }

        @Override
        public String toString() {
            return "PersonRequest[(personal data)]";
        }
    }

    record SearchRequest(String iin, String passportNumber, String passportCountry, String surname, String givenName,
            LocalDate birthDate) {

        PersonSearch search() {
            boolean passport = hasText(passportNumber) || hasText(passportCountry);
            return new PersonSearch(hasText(iin) ? Iin.of(iin) : null,
                    passport ? List.of(PassportNumber.of(passportNumber, passportCountry)) : List.of(), surname,
                    givenName, birthDate);
        }

        @Override
        public String toString() {
            return "SearchRequest[(personal data)]";
        }
    }

    record RevealRequest(String reason) {
    }

    /** The person's personal data as revealed, with the Latin spelling of the name. */
    record RevealedPerson(PersonSummary person, PersonDetails details, String latinName) {
    }

    @Operation(summary = "Register a person; answers the pseudonymous summary")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PersonSummary register(@RequestBody PersonRequest person) {
        return registry.summary(registry.register(person.details()));
    }

    @Operation(summary = "Persons matching an IIN, a passport, or a name with date of birth (pseudonymous; "
            + "prefer POST /matches, which keeps identifiers out of URLs)")
    @GetMapping("/matches")
    List<PersonMatch> matches(@RequestParam(required = false) String iin,
            @RequestParam(required = false) String passportNumber, @RequestParam(
                    required = false) String passportCountry,
            @RequestParam(required = false) String surname, @RequestParam(required = false) String givenName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate birthDate) {
        return registry.findMatches(
                new SearchRequest(iin, passportNumber, passportCountry, surname, givenName, birthDate).search());
    }

    @Operation(summary = "Persons matching the criteria in the body (pseudonymous)")
    @PostMapping("/matches")
    List<PersonMatch> matches(@RequestBody SearchRequest search) {
        return registry.findMatches(search.search());
    }

    @Operation(summary = "A person, pseudonymous")
    @GetMapping("/{id}")
    PersonSummary get(@PathVariable long id) {
        return registry.summary(new PersonId(id));
    }

    @Operation(summary = "Reveal a person's personal data, for a reason (audited; 404 without access)")
    @PostMapping("/{id}/reveal")
    RevealedPerson reveal(@PathVariable long id, @RequestBody RevealRequest request) {
        PersonId person = new PersonId(id);
        PersonDetails details = registry.reveal(person, request.reason());
        return new RevealedPerson(registry.summary(person), details, details.latinName());
    }

    @Operation(summary = "Change a person's details (audited; 404 without access)")
    @PutMapping("/{id}")
    PersonSummary update(@PathVariable long id, @RequestBody PersonRequest person) {
        return registry.update(new PersonId(id), person.details());
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
