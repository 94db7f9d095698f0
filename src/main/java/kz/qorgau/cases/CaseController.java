package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.validation.Valid;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.organisations.Regions;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;
import kz.qorgau.system.FormPost;
import kz.qorgau.system.BreakGlassPage;
import kz.qorgau.system.Printouts;
import java.util.Comparator;
import kz.qorgau.shared.NotFoundException;

/** The case pages: the list, registration, the case with its timeline, and a form per event. */
@Controller
@RequestMapping("/cases")
@Requires(Permission.CASES)
class CaseController {

    static final int PAGE_SIZE = 25;
    private static final BreakGlassPage BREAK_GLASS = new BreakGlassPage("cases/break-glass", "erdr", "/cases/");

    private final CriminalCases cases;
    private final CaseList caseList;
    private final CaseDetails details;
    private final Articles articles;
    private final Regions regions;
    private final OrganisationRegistry organisations;
    private final Today today;
    private final PersonRegistry persons;
    private final ObjectProvider<VictimReferences> victimReferences;
    private final ObjectProvider<ShelteredVictims> shelteredVictims;
    private final Printouts printouts;

    CaseController(CriminalCases cases, CaseList caseList, CaseDetails details, Articles articles, Regions regions,
            OrganisationRegistry organisations, Today today, PersonRegistry persons,
            ObjectProvider<VictimReferences> victimReferences, ObjectProvider<ShelteredVictims> shelteredVictims,
            Printouts printouts) {
        this.cases = cases;
        this.caseList = caseList;
        this.details = details;
        this.articles = articles;
        this.regions = regions;
        this.organisations = organisations;
        this.today = today;
        this.persons = persons;
        this.victimReferences = victimReferences;
        this.shelteredVictims = shelteredVictims;
        this.printouts = printouts;
    }

    @GetMapping
    String list(@RequestParam(required = false) String erdr, @RequestParam(required = false) String region,
            @RequestParam(required = false) @PlausibleYear Integer year, @RequestParam(
                    required = false) CaseStatus status,
            @RequestParam(required = false) String article, @RequestParam(required = false) ExploitationForm form,
            @RequestParam(required = false) CaseFlag flag, @RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate registeredBefore,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        CaseCommands.Search search = new CaseCommands.Search(erdr, region, year, status, article, form, flag, unit,
                sort, registeredBefore);
        model.addAttribute("search", search);
        model.addAttribute("cases", caseList.search(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        if (htmx != null) {
            return "cases/list :: results";
        }
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("years", IntStream.rangeClosed(2015, today.year().getValue()).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("articles", articles.validOn(today.date()));
        model.addAttribute("forms", ExploitationForm.values());
        model.addAttribute("flags", CaseFlag.values());
        model.addAttribute("units", unitsFor(user));
        model.addAttribute("mayRegister", user.may(Permission.CASES_INVESTIGATE));
        return "cases/list";
    }

    @Requires(Permission.CASES_INVESTIGATE)
    @GetMapping("/new")
    String newCase(@AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        String region = user.regions().size() == 1 ? user.regions().iterator().next().value() : "";
        return registrationForm(CaseForms.RegistrationForm.empty(region, user.organisationId(), today.date()),
                model, locale, user);
    }

    @Requires(Permission.CASES_INVESTIGATE)
    @PostMapping
    String register(@Valid @ModelAttribute("registrationForm") CaseForms.RegistrationForm registrationForm,
            BindingResult binding, @AuthenticationPrincipal QorgauUser user, Model model, Locale locale,
            RedirectAttributes redirect) {
        registrationForm.check(binding, today.date(), user::covers, unit -> organisations.find(unit)
                .map(found -> CaseScope.mayRegisterUnder(user, found.region())).orElse(true));
        return FormPost.send(binding, RuleViolationException.class, redirect, "case.registered",
                () -> "/cases/" + cases.register(registrationForm.command()).id(),
                () -> registrationForm(registrationForm, model, locale, user));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        CaseViews.CaseView view = details.get(id);
        model.addAttribute("case", view);
        model.addAttribute("organisationNames", organisationNames(view));
        model.addAttribute("defendantNames", pseudonyms(view));
        // without the victims module (a module test of cases alone) the records keep their number
        List<Long> victims = view.victims().stream().map(CaseViews.VictimLink::victimId).toList();
        VictimReferences references = victimReferences.getIfAvailable();
        model.addAttribute("victimReferences", references == null ? Map.of() : references.of(victims));
        // whether each is in a shelter today, never which (without the shelters module: no one is)
        ShelteredVictims sheltered = shelteredVictims.getIfAvailable();
        model.addAttribute("sheltered", sheltered == null ? Set.of() : sheltered.of(victims));
        return "cases/case";
    }

    /** The case's printable summary: its page, read as the page is, on A4 (404 outside the user's scope). */
    @GetMapping("/{id}/print")
    String print(@PathVariable long id, @AuthenticationPrincipal QorgauUser user, Model model) {
        String page = show(id, model);
        CaseViews.CaseView view = (CaseViews.CaseView) model.getAttribute("case");
        printouts.prepare(model, view.erdrNumber(), "/cases/" + id, user.fullName(), user.getUsername());
        return page;
    }

    @Requires(Permission.BREAK_GLASS)
    @GetMapping("/break-glass")
    String breakGlassForm(@RequestParam(required = false) String erdr, Model model) {
        return BREAK_GLASS.form(erdr, model);
    }

    /** Opens a case outside the user's scope for a stated reason (audited; the supervisors are told). */
    @Requires(Permission.BREAK_GLASS)
    @PostMapping("/break-glass")
    String breakGlass(@RequestParam(defaultValue = "") String erdr, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect) {
        return BREAK_GLASS.open(erdr, reason, cases::breakGlass, model, redirect);
    }

    @GetMapping("/{id}/events/{type}")
    String eventForm(@PathVariable long id, @PathVariable EventType type, @RequestParam(
            required = false) Integer corrects,
            @RequestParam(required = false) Integer defendant, Model model,
            Locale locale) {
        CaseViews.CaseView view = details.get(id);
        CaseForms.EventForm form = corrects != null
                ? CaseForms.EventForm.of(view.timeline().stream().filter(entry -> entry.seq() == corrects).findFirst()
                        .orElseThrow(() -> new NotFoundException("case.error.unknown-event")))
                : CaseForms.EventForm.of(type, today.date());
        if (type == EventType.VERDICT && corrects == null) {
            form = CaseForms.EventForm.verdict(view, defendant, today.date());
        } else if (defendant != null && corrects == null) {
            form = new CaseForms.EventForm(type, form.occurredOn(), null, null, defendant, null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null);
        }
        return eventPage(view, type, corrects, form, model, locale);
    }

    @PostMapping("/{id}/events/{type}")
    String recordEvent(@PathVariable long id, @PathVariable EventType type,
            @RequestParam(required = false) Integer corrects,
            @Valid @ModelAttribute("eventForm") CaseForms.EventForm eventForm, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        CaseViews.CaseView view = details.get(id);
        if (!binding.hasErrors()) {
            try {
                CaseForms.EventForm typed = withType(eventForm, type);
                if (corrects != null) {
                    cases.correct(id, corrects, typed.command());
                    redirect.addFlashAttribute("notice", "case.event.corrected");
                } else {
                    cases.record(id, typed.command());
                    redirect.addFlashAttribute("notice", "case.event.recorded");
                }
                return "redirect:/cases/" + id + "#timeline";
            } catch (RuleViolationException e) {
                binding.reject(e.messageKey(), e.arguments(), null);
            }
        }
        return eventPage(view, type, corrects, eventForm, model, locale);
    }

    @PostMapping("/{id}/events/{seq}/retraction")
    String retract(@PathVariable long id, @PathVariable int seq, RedirectAttributes redirect) {
        try {
            cases.retract(id, seq);
            redirect.addFlashAttribute("notice", "case.event.retracted");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/cases/" + id + "#timeline";
    }

    @Requires(Permission.CASES_INVESTIGATE)
    @GetMapping("/{id}/defendants/new")
    String defendantForm(@PathVariable long id, @RequestParam(required = false) Long person,
            Model model, Locale locale) {
        CaseViews.CaseView view = details.get(id);
        return defendantPage(view, new CaseForms.DefendantForm(person, null, false, null, null, null, null), model,
                locale);
    }

    @Requires(Permission.CASES_INVESTIGATE)
    @PostMapping("/{id}/defendants")
    String addDefendant(@PathVariable long id, @Valid @ModelAttribute("defendantForm") CaseForms.DefendantForm form,
            BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        CaseViews.CaseView view = details.get(id);
        return FormPost.send(binding, RuleViolationException.class, redirect, "case.defendant.added", () -> {
            cases.addDefendant(id, form.command());
            return "/cases/" + id + "#defendants";
        }, () -> defendantPage(view, form, model, locale));
    }

    @Requires(Permission.CASES_QUALIFY)
    @PostMapping("/{id}/narrative")
    String describe(@PathVariable long id, @RequestParam(defaultValue = "") String narrative,
            RedirectAttributes redirect) {
        try {
            cases.describe(id, narrative);
            redirect.addFlashAttribute("notice", "case.narrative.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/cases/" + id;
    }

    @Requires(Permission.CASES_QUALIFY)
    @PostMapping("/{id}/victims/{victimId}/unlink")
    String unlinkVictim(@PathVariable long id, @PathVariable long victimId, RedirectAttributes redirect) {
        cases.unlinkVictim(id, victimId);
        redirect.addFlashAttribute("notice", "case.victim.unlinked");
        return "redirect:/cases/" + id + "#victims";
    }

    @Requires(Permission.CASES_QUALIFY)
    @GetMapping("/{id}/qualification")
    String qualificationForm(@PathVariable long id, @RequestParam(required = false) LocalDate qualifiedOn,
            Model model) {
        CaseViews.CaseView view = details.get(id);
        return qualificationPage(view, CaseForms.QualificationForm.of(view).on(qualifiedOn), model);
    }

    @Requires(Permission.CASES_QUALIFY)
    @PostMapping("/{id}/qualification")
    String requalify(@PathVariable long id, @ModelAttribute("qualificationForm") CaseForms.QualificationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CaseViews.CaseView view = details.get(id);
        try {
            cases.requalify(id, form.command());
            redirect.addFlashAttribute("notice", "case.requalified");
            return "redirect:/cases/" + id;
        } catch (RuleViolationException e) {
            binding.reject(e.messageKey(), e.arguments(), null);
        }
        return qualificationPage(view, form, model);
    }

    // --- helpers

    private String defendantPage(CaseViews.CaseView view, CaseForms.DefendantForm form, Model model, Locale locale) {
        model.addAttribute("case", view);
        if (!model.containsAttribute("defendantForm")) {
            model.addAttribute("defendantForm", form);
        }
        if (form.personId() != null) {
            model.addAttribute("person", persons.summary(new PersonId(form.personId())));
        }
        model.addAttribute("roles", PerpetratorRole.values());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("countries", CountryCode.all(locale));
        model.addAttribute("pickFor", "/cases/" + view.id() + "/defendants/new");
        return "cases/defendant";
    }

    private Map<Long, String> pseudonyms(CaseViews.CaseView view) {
        if (view.defendants().isEmpty()) {
            return Map.of();
        }
        return persons.summaries(view.defendants().stream().map(d -> new PersonId(d.personId())).toList()).entrySet()
                .stream().collect(Collectors.toMap(entry -> entry.getKey().value(), entry -> entry.getValue()
                        .pseudonym()));
    }

    private String registrationForm(CaseForms.RegistrationForm form, Model model, Locale locale, QorgauUser user) {
        if (!model.containsAttribute("registrationForm")) {
            model.addAttribute("registrationForm", form);
        }
        model.addAttribute("chargeRows", CaseForms.chargeRows(form.articles(), form.parts()));
        // a regional investigator registers cases of their own regions and units only (the service refuses others);
        // a refused choice stays shown, chosen, beside its error
        model.addAttribute("regions", regions.current(locale).stream().filter(region -> user.covers(region.code())
                || region.code().value().equals(form.region())).toList());
        List<OrganisationSummary> units = new ArrayList<>(unitsFor(user));
        if (form.unitId() != null && units.stream().noneMatch(unit -> unit.id() == form.unitId())) {
            organisations.find(form.unitId()).ifPresent(units::add);
        }
        model.addAttribute("units", units);
        model.addAttribute("articles", articles.validOn(today.date()));
        model.addAttribute("forms", ExploitationForm.values());
        model.addAttribute("flags", CaseFlag.values());
        return "cases/new";
    }

    private String qualificationPage(CaseViews.CaseView view, CaseForms.QualificationForm form, Model model) {
        model.addAttribute("case", view);
        if (!model.containsAttribute("qualificationForm")) {
            model.addAttribute("qualificationForm", form);
        }
        model.addAttribute("chargeRows", CaseForms.chargeRows(form.articles(), form.parts()));
        // the articles the service accepts: those in force on the date the new qualification takes effect (until
        // one is chosen, today's, the date a decision taken now has; choosing a date reloads the list)
        model.addAttribute("articles", articles.validOn(form.qualifiedOn() != null ? form.qualifiedOn() : today
                .date()));
        model.addAttribute("forms", ExploitationForm.values());
        model.addAttribute("flags", CaseFlag.values());
        return "cases/qualification";
    }

    private String eventPage(CaseViews.CaseView view, EventType type, Integer corrects, CaseForms.EventForm form,
            Model model, Locale locale) {
        model.addAttribute("case", view);
        model.addAttribute("type", type);
        model.addAttribute("corrects", corrects);
        if (!model.containsAttribute("eventForm")) {
            model.addAttribute("eventForm", form);
        }
        model.addAttribute("suspensionReasons", SuspensionReason.values());
        model.addAttribute("terminationReasons", TerminationReason.values());
        model.addAttribute("courts", organisationsOfType(OrganisationType.COURT));
        model.addAttribute("outcomes", VerdictOutcome.values());
        model.addAttribute("appealOutcomes", AppealOutcome.values());
        model.addAttribute("articles", articles.validOn(view.registeredOn()));
        return "cases/event";
    }

    private static CaseForms.EventForm withType(CaseForms.EventForm form, EventType type) {
        return new CaseForms.EventForm(type, form.occurredOn(), form.reason(), form.courtId(), form.defendantNo(),
                form.outcome(), form.appealOutcome(), form.convictionArticle(), form.convictionPart(),
                form.imprisonmentYears(), form.imprisonmentMonths(), form.suspendedYears(), form.suspendedMonths(),
                form.probationYears(), form.probationMonths(), form.restrictionYears(), form.restrictionMonths(),
                form.fineKzt(), form.juvenile(), form.confiscation());
    }

    private List<OrganisationSummary> organisationsOfType(OrganisationType type) {
        return organisations.active(type);
    }

    /**
     * The police units worth offering to a user: for a regional user those of their regions and the
     * national ones (a unit of another region never has a case they see); everyone else all of them.
     */
    private List<OrganisationSummary> unitsFor(QorgauUser user) {
        if (user.nationalScope() || user.regions().isEmpty() || !user.may(Permission.CASES_OF_REGION)) {
            return organisationsOfType(OrganisationType.POLICE_UNIT);
        }
        return organisations.active(OrganisationType.POLICE_UNIT, user.regions());
    }

    /** The organisations the case page names (unit, court), by id, whether still active or not. */
    private Map<Long, OrganisationSummary> organisationNames(CaseViews.CaseView view) {
        Set<Long> ids = new HashSet<>();
        ids.add(view.unitId());
        if (view.courtId() != null) {
            ids.add(view.courtId());
        }
        view.timeline().stream().map(CaseViews.TimelineEntry::courtId).filter(Objects::nonNull).forEach(ids::add);
        return organisations.findAll(ids);
    }

}
