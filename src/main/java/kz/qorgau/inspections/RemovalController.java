package kz.qorgau.inspections;

import java.util.Locale;
import java.util.Map;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.Regions;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.PersonSummary;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.system.FormPost;
import kz.qorgau.victims.ScreeningPages;
import kz.qorgau.victims.VictimForms;

/**
 * The migration service's removal pages: its removal proceedings (pending first), recording a decision for a person
 * of the registry, and a removal's page, where the person is screened for trafficking (the victims module's
 * screening form) or the reason it could not be done is recorded, before the removal may be executed.
 */
@Controller
@RequestMapping("/removals")
@Requires(Permission.REMOVALS)
class RemovalController {

    private static final Map<String, String> EXECUTION_FIELDS = Map.of(
            "removal.error.screening-required", "executedOn",
            "removal.error.stopped", "executedOn",
            "removal.error.executed", "executedOn");
    private static final Map<String, String> NO_SCREENING_FIELDS = Map.of(
            "removal.error.already-screened", "reason",
            "removal.error.stopped", "reason",
            "removal.error.executed", "reason");

    private final RemovalProceedings proceedings;
    private final ScreeningPages screeningPages;
    private final PersonRegistry persons;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final DisplayFormat format;

    RemovalController(RemovalProceedings proceedings, ScreeningPages screeningPages, PersonRegistry persons,
            OrganisationRegistry organisations, Regions regions, DisplayFormat format) {
        this.proceedings = proceedings;
        this.screeningPages = screeningPages;
        this.persons = persons;
        this.organisations = organisations;
        this.regions = regions;
        this.format = format;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        RemovalStatus chosen = status == null || status.isBlank() ? null : parse(status);
        model.addAttribute("removals", proceedings.list(new RemovalCommands.Search(q, chosen), PageRequest.of(Math
                .max(page, 0), 25)));
        model.addAttribute("q", q);
        model.addAttribute("status", chosen);
        model.addAttribute("statuses", RemovalStatus.values());
        return htmx != null ? "removals/list :: results" : "removals/list";
    }

    private static RemovalStatus parse(String status) {
        try {
            return RemovalStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The form as typed: every field text, read by {@link FormFields}. */
    record DecisionForm(String personId, String kind, String decisionNumber, String decidedOn, String citizenship,
            String region) {
    }

    /** Step one, who is removed (a person of the registry, found or registered); then the decision. */
    @GetMapping("/new")
    String newRemoval(@RequestParam(required = false) Long person, @AuthenticationPrincipal QorgauUser user,
            Model model, Locale locale) {
        if (person == null) {
            return "removals/new";
        }
        PersonSummary summary = persons.summary(new PersonId(person));
        String citizenship = summary.citizenships().stream().map(CountryCode::value).filter(code -> !code.equals(
                CountryCode.KAZAKHSTAN.value())).sorted().findFirst().orElse(null);
        String region = organisations.find(user.organisationId()).map(OrganisationSummary::region).map(
                RegionCode::value).orElse(null);
        return form(new DecisionForm(person.toString(), null, null, format.today().toString(), citizenship, region),
                summary, model, locale);
    }

    @PostMapping
    String decide(@ModelAttribute("decisionForm") DecisionForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        Long person = FormFields.number(binding, "personId", form.personId(), "removal.error.person-required");
        RemovalKind kind = FormFields.choice(binding, "kind", RemovalKind.class, form.kind(),
                "removal.error.kind-required");
        var decidedOn = FormFields.date(binding, "decidedOn", form.decidedOn(), "removal.error.date-required");
        CountryCode citizenship = FormFields.country(binding, "citizenship", form.citizenship(),
                "removal.error.citizenship-required");
        RegionCode region = FormFields.region(binding, "region", form.region(), "removal.error.region-required");
        return FormPost.send(binding, Map.of(), redirect, "removal.recorded", () -> "/removals/" + proceedings.decide(
                new RemovalCommands.Decision(person, kind, form.decisionNumber(), decidedOn, citizenship, region)),
                () -> form(form, person == null ? null : persons.summary(new PersonId(person)), model, locale));
    }

    /** The decision's form, about the person chosen (null: none, or not a number). */
    private String form(DecisionForm form, PersonSummary person, Model model, Locale locale) {
        model.addAttribute("decisionForm", form);
        model.addAttribute("person", person);
        model.addAttribute("kinds", RemovalKind.values());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("countries", CountryCode.all(locale).stream().filter(code -> !code.equals(
                CountryCode.KAZAKHSTAN)).toList());
        model.addAttribute("today", format.today());
        return "removals/decision";
    }

    record NoScreeningForm(String reason, String on) {
    }

    record ExecutionForm(String executedOn) {
    }

    @GetMapping("/{id}")
    String removal(@PathVariable long id, Model model) {
        model.addAttribute("removal", proceedings.get(id));
        model.addAttribute("reasons", NoScreeningReason.values());
        model.addAttribute("today", format.today());
        if (!model.containsAttribute("noScreeningForm")) {
            model.addAttribute("noScreeningForm", new NoScreeningForm(null, format.today().toString()));
        }
        if (!model.containsAttribute("executionForm")) {
            model.addAttribute("executionForm", new ExecutionForm(format.today().toString()));
        }
        return "removals/removal";
    }

    @PostMapping("/{id}/no-screening")
    String screeningNotPossible(@PathVariable long id, @ModelAttribute("noScreeningForm") NoScreeningForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        NoScreeningReason reason = FormFields.choice(binding, "reason", NoScreeningReason.class, form.reason(),
                "removal.error.reason-required");
        var on = FormFields.date(binding, "on", form.on(), "removal.error.date-required");
        return FormPost.send(binding, NO_SCREENING_FIELDS, redirect, "removal.no-screening-recorded", () -> {
            proceedings.screeningNotPossible(id, new RemovalCommands.NoScreening(reason, on));
            return "/removals/" + id;
        }, () -> {
            model.addAttribute("noScreeningRefused", true);
            return removal(id, model);
        });
    }

    @PostMapping("/{id}/execution")
    String execute(@PathVariable long id, @ModelAttribute("executionForm") ExecutionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        var on = FormFields.date(binding, "executedOn", form.executedOn(), "removal.error.date-required");
        return FormPost.send(binding, EXECUTION_FIELDS, redirect, "removal.executed", () -> {
            proceedings.execute(id, new RemovalCommands.Execution(on));
            return "/removals/" + id;
        }, () -> removal(id, model));
    }

    // --- the screening before removal: the victims module's form, posted here

    @GetMapping("/{id}/screening")
    String screeningForm(@PathVariable long id, @AuthenticationPrincipal QorgauUser user, Model model,
            Locale locale) {
        RemovalViews.RemovalView removal = proceedings.get(id);
        return screeningPages.blank(origin(removal), removal.personId(), false, user, model, locale);
    }

    @PostMapping("/{id}/screening")
    String screen(@PathVariable long id, @ModelAttribute("screeningForm") VictimForms.ScreeningForm form,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        RemovalViews.RemovalView removal = proceedings.get(id);
        return FormPost.send(binding, FeatureException.class, redirect, "removal.screened", () -> {
            proceedings.screen(id, form.registration());
            return "/removals/" + id;
        }, () -> screeningPages.refill(origin(removal), form, model, locale));
    }

    private static ScreeningPages.Origin origin(RemovalViews.RemovalView removal) {
        return new ScreeningPages.Origin("/removals/" + removal.id() + "/screening", "/removals/" + removal.id(),
                removal.reference(), null, null);
    }
}
