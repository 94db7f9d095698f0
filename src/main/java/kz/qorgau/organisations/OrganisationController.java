package kz.qorgau.organisations;

import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
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

import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.FormPost;

/** Organisation administration pages. */
@Controller
@RequestMapping("/admin/organisations")
@Requires(Permission.ADMINISTER_ORGANISATIONS)
class OrganisationController {

    static final int PAGE_SIZE = 20;

    private final OrganisationRegistry registry;
    private final Regions regions;

    OrganisationController(OrganisationRegistry registry, Regions regions) {
        this.registry = registry;
        this.regions = regions;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationType type,
            @RequestParam(required = false) String region, @RequestParam(required = false) Boolean active,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        OrganisationSearch search = new OrganisationSearch(q, type, region, active);
        model.addAttribute("search", search);
        model.addAttribute("organisations", registry.search(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("regions", regions.current(locale));
        return htmx != null ? "admin/organisations :: results" : "admin/organisations";
    }

    @GetMapping("/new")
    String newOrganisation(Model model, Locale locale) {
        return form(OrganisationForm.empty(), null, model, locale);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("organisationForm") OrganisationForm organisationForm, BindingResult binding,
            Model model, RedirectAttributes redirect, Locale locale) {
        return FormPost.send(binding, RuleViolationException.class, redirect, "organisation.created",
                () -> "/admin/organisations/" + registry.register(organisationForm.details()).id(),
                () -> form(organisationForm, null, model, locale));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        OrganisationSummary organisation = registry.get(id);
        return form(OrganisationForm.of(organisation), organisation, model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("organisationForm") OrganisationForm organisationForm,
            BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
        OrganisationSummary organisation = registry.get(id);
        return FormPost.send(binding, RuleViolationException.class, redirect, "organisation.saved", () -> {
            registry.update(id, organisationForm.details());
            return "/admin/organisations/" + id;
        }, () -> form(organisationForm, organisation, model, locale));
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        registry.deactivate(id);
        redirect.addFlashAttribute("notice", "organisation.deactivated");
        return "redirect:/admin/organisations/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        registry.activate(id);
        redirect.addFlashAttribute("notice", "organisation.activated");
        return "redirect:/admin/organisations/" + id;
    }

    private String form(OrganisationForm organisationForm, OrganisationSummary organisation, Model model,
            Locale locale) {
        // After a failed submission the model already holds the form with its binding result: keep both.
        if (!model.containsAttribute("organisationForm")) {
            model.addAttribute("organisationForm", organisationForm);
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("parents", registry.active().stream()
                .filter(candidate -> organisation == null || candidate.id() != organisation.id()).toList());
        if (organisation != null && organisation.region() != null) {
            model.addAttribute("regionName", regions.name(organisation.region(), locale));
        }
        return "admin/organisation";
    }

}
