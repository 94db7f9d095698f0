package kz.qorgau.persons;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidValueException;
import kz.qorgau.system.LocalPaths;
import kz.qorgau.shared.Sex;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/**
 * The person pages: search, registration with a duplicate check first, and a person's page with personal
 * data masked until revealed for a reason. Identifiers travel in POST bodies, never in URLs (which end up
 * in logs and browser history).
 */
@Controller
@RequestMapping("/persons")
@Requires(Permission.PERSONS)
class PersonController {

    static final String REGISTER_ANYWAY = "register-anyway";

    private final PersonRegistry registry;

    PersonController(PersonRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    String search(Model model, Locale locale) {
        model.addAttribute("searchForm", PersonSearchForm.empty());
        return searchPage(model, locale);
    }

    @PostMapping
    String search(@ModelAttribute("searchForm") PersonSearchForm searchForm, BindingResult binding,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        PersonSearch search = searchForm.search(binding);
        if (search != null) {
            model.addAttribute("matches", registry.findMatches(search));
        }
        return htmx != null && search != null ? "persons/search :: results" : searchPage(model, locale);
    }

    /**
     * Registration; with {@code pickFor} (a page of another module that needs a person, such as a case's
     * "add a suspect"), the chosen or registered person is handed back to that page as {@code ?person=id}.
     */
    @GetMapping("/new")
    String newPerson(@RequestParam(required = false) String pickFor, Model model, Locale locale) {
        model.addAttribute("personForm", PersonForm.empty());
        model.addAttribute("pickFor", LocalPaths.orNull(pickFor));
        return registrationPage(model, locale);
    }

    /**
     * Registers the person unless possible duplicates exist: then they are shown, and the user either goes
     * to one of them or confirms that this is a new person ({@link #REGISTER_ANYWAY}).
     */
    @PostMapping("/new")
    String register(@ModelAttribute("personForm") PersonForm personForm, BindingResult binding,
            @RequestParam(defaultValue = "") String decision, @RequestParam(required = false) String pickFor,
            Model model, RedirectAttributes redirect, Locale locale) {
        String handBack = LocalPaths.orNull(pickFor);
        model.addAttribute("pickFor", handBack);
        PersonDetails details = personForm.details(binding);
        if (details == null) {
            return registrationPage(model, locale);
        }
        if (!REGISTER_ANYWAY.equals(decision)) {
            List<PersonMatch> matches = PersonSearch.duplicatesOf(details).map(registry::findMatches).orElse(List.of());
            if (!matches.isEmpty()) {
                model.addAttribute("matches", matches);
                return registrationPage(model, locale);
            }
        }
        try {
            PersonId id = registry.register(details);
            redirect.addFlashAttribute("notice", "person.registered");
            return "redirect:" + (handBack != null ? LocalPaths.with(handBack, "person", id.value())
                    : "/persons/" + id.value());
        } catch (InvalidValueException e) {
            PersonForm.reject(binding, e);
            return registrationPage(model, locale);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        return personPage(new PersonId(id), model);
    }

    /** Shows the personal data in this response only (never stored in the session or a redirect). */
    @PostMapping("/{id}/reveal")
    String reveal(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model) {
        PersonId person = new PersonId(id);
        if (reason.isBlank()) {
            model.addAttribute("reasonError", "person.error.reason-required");
            return personPage(person, model);
        }
        try {
            PersonDetails details = registry.reveal(person, reason);
            model.addAttribute("revealed", details);
        } catch (InvalidValueException e) {
            model.addAttribute("reasonError", e.messageKey());
            model.addAttribute("reasonErrorArguments", e.arguments());
        }
        return personPage(person, model);
    }

    /** After a language switch on a revealed page: back to the (masked) page, not a second reveal. */
    @GetMapping("/{id}/reveal")
    String revealed(@PathVariable long id) {
        return "redirect:/persons/" + id;
    }

    private String personPage(PersonId id, Model model) {
        model.addAttribute("person", registry.summary(id));
        model.addAttribute("maySee", registry.maySee(id));
        return "persons/person";
    }

    private String searchPage(Model model, Locale locale) {
        model.addAttribute("countries", CountryCode.all(locale));
        return "persons/search";
    }

    private String registrationPage(Model model, Locale locale) {
        model.addAttribute("countries", CountryCode.all(locale));
        model.addAttribute("sexes", Sex.values());
        return "persons/new";
    }
}
