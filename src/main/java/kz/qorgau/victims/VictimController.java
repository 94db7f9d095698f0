package kz.qorgau.victims;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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

import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.CaseList;
import kz.qorgau.cases.VictimRole;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.organisations.Regions;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.PersonSummary;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.FormPost;
import kz.qorgau.system.BreakGlassPage;
import kz.qorgau.system.Printouts;
import java.util.Arrays;

/**
 * The victim pages: the pseudonymous list, identification by screening (a form usable on a phone, with the
 * rule's suggestion shown as the answers are given), the victim's page with its tabs and a small form per
 * entry, linking to a case, and the deadlines of foreign victims.
 */
@Controller
@RequestMapping("/victims")
@Requires(Permission.VICTIMS)
class VictimController {

    static final int PAGE_SIZE = 25;
    private static final BreakGlassPage BREAK_GLASS = new BreakGlassPage("victims/break-glass", "reference",
            "/victims/");
    static final List<String> TABS = List.of("identification", "consent", "referrals", "entitlements", "proceedings");

    private final VictimRegistry registry;
    private final VictimDetails details;
    private final VictimList list;
    private final PersonRegistry persons;
    private final CaseList cases;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final DisplayFormat format;
    private final Printouts printouts;

    VictimController(VictimRegistry registry, VictimDetails details, VictimList list, PersonRegistry persons,
            CaseList cases, OrganisationRegistry organisations, Regions regions, DisplayFormat format,
            Printouts printouts) {
        this.registry = registry;
        this.details = details;
        this.list = list;
        this.persons = persons;
        this.cases = cases;
        this.organisations = organisations;
        this.regions = regions;
        this.format = format;
        this.printouts = printouts;
    }

    // --- the list

    @GetMapping
    String list(@RequestParam(required = false) String region,
            @RequestParam(required = false) @PlausibleYear Integer year,
            @RequestParam(required = false) TraffickingStatus status, @RequestParam(
                    required = false) ExploitationForm form,
            @RequestParam(required = false) Boolean foreign, @RequestParam(required = false) Sex sex,
            @RequestParam(required = false) AgeGroup ageGroup, @RequestParam(required = false) Boolean child,
            @RequestParam(required = false) String reference, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model, Locale locale) {
        VictimCommands.Search search = new VictimCommands.Search(region, year, status, form, foreign, sex, ageGroup,
                child,
                reference);
        model.addAttribute("search", search);
        PageResponse<VictimViews.VictimListItem> victims = list.search(search, PageRequest.of(Math.max(page, 0),
                PAGE_SIZE));
        model.addAttribute("victims", victims);
        model.addAttribute("organisationNames", organisations.findAll(victims.items().stream()
                .map(VictimViews.VictimListItem::registeredByOrganisationId).toList()));
        if (htmx != null) {
            return "victims/list :: results";
        }
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("years", IntStream.rangeClosed(2015, format.today().getYear()).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("statuses", TraffickingStatus.values());
        model.addAttribute("forms", ExploitationForm.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("ageGroups", AgeGroup.values());
        return "victims/list";
    }

    // --- identification by screening

    /** Step one: who is screened (a person of the registry, chosen through its pages, or nobody named). */
    @GetMapping("/new")
    String newVictim(@RequestParam(required = false) Long person, @RequestParam(
            defaultValue = "false") boolean anonymous,
            @AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        if (person == null && !anonymous) {
            model.addAttribute("pickFor", "/victims/new");
            return "victims/new";
        }
        String region = user.regions().size() == 1 ? user.regions().iterator().next().value() : null;
        VictimForms.ScreeningForm form = VictimForms.ScreeningForm.empty(person, anonymous, defaultContext(user),
                region,
                format.today());
        if (person != null && !anonymous) {
            PersonSummary known = persons.summary(new PersonId(person));
            form = form.knowing(known.sex(), known.citizenships().stream().map(CountryCode::value).sorted().toList());
        }
        return screeningPage(form, null, model, locale);
    }

    @PostMapping
    String register(@ModelAttribute("screeningForm") VictimForms.ScreeningForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        return FormPost.send(binding, FeatureException.class, redirect, "victim.identified",
                () -> "/victims/" + registry.register(form.registration()).id(),
                () -> screeningPage(form, null, model, locale));
    }

    /** The rule's suggestion for the answers given so far (htmx, as the form is filled in). */
    @PostMapping("/suggestion")
    String suggestion(@ModelAttribute("screeningForm") VictimForms.ScreeningForm form, Model model) {
        model.addAttribute("suggestion", registry.suggest(form.delphiAnswers(), form.isChild()));
        return "victims/screening :: suggestion";
    }

    @GetMapping("/{id}/screenings/new")
    String screeningForm(@PathVariable long id, @AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        VictimViews.VictimView victim = details.get(id);
        return screeningPage(VictimForms.ScreeningForm.empty(victim.personId(), victim.anonymous(), defaultContext(
                user),
                null, format.today()), victim, model, locale);
    }

    @PostMapping("/{id}/screenings")
    String screen(@PathVariable long id, @ModelAttribute("screeningForm") VictimForms.ScreeningForm form,
            BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        VictimViews.VictimView victim = details.get(id);
        return FormPost.send(binding, FeatureException.class, redirect, "victim.screened", () -> {
            registry.screen(id, form.screening());
            return "/victims/" + id;
        }, () -> screeningPage(form, victim, model, locale));
    }

    // --- the victim's page

    @GetMapping("/{id}")
    String show(@PathVariable long id, @RequestParam(defaultValue = "identification") String tab,
            @AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        VictimViews.VictimView victim = details.get(id);
        model.addAttribute("victim", victim);
        // a record opened by breaking the glass is read, never changed
        model.addAttribute("brokenGlass", victim.brokenGlass());
        model.addAttribute("tab", TABS.contains(tab) ? tab : TABS.getFirst());
        model.addAttribute("tabs", TABS);
        model.addAttribute("organisationNames", organisations.findAll(Stream.concat(Stream.of(victim
                .registeredByOrganisationId(), victim.ownerOrganisationId()), victim.statusHistory().stream()
                        .map(VictimViews.StatusEntry::decidingOrganisationId)).toList()));
        model.addAttribute("today", format.today());
        model.addAttribute("statuses", TraffickingStatus.values());
        model.addAttribute("consentScopes", consentScopes());
        model.addAttribute("consentDecisions", ConsentDecision.values());
        model.addAttribute("rights", VictimRight.values());
        model.addAttribute("permitKinds", PermitKind.values());
        model.addAttribute("permitOutcomes", PermitOutcome.values());
        model.addAttribute("nonPunishmentContexts", NonPunishmentContext.values());
        model.addAttribute("offences", OffenceKind.values());
        model.addAttribute("nonPunishmentResults", NonPunishmentResult.values());
        model.addAttribute("interviewPlaces", InterviewPlace.values());
        model.addAttribute("compensationRoutes", CompensationRoute.values());
        model.addAttribute("uninformedRights", Arrays.stream(VictimRight.values())
                .filter(right -> victim.rights().stream().noneMatch(informed -> informed.right() == right)).toList());
        return "victims/victim";
    }

    /**
     * The record's printable summary: its page with every tab but the referrals (each referral prints on its own),
     * read as the page is, sealed texts included only where the page shows them; 404 outside the user's scope.
     */
    @GetMapping("/{id}/print")
    String print(@PathVariable long id, @AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        String page = show(id, TABS.getFirst(), user, model, locale);
        VictimViews.VictimView victim = (VictimViews.VictimView) model.getAttribute("victim");
        printouts.prepare(model, victim.reference(), "/victims/" + id, user.fullName(), user.getUsername());
        return page;
    }

    @GetMapping("/{id}/situation")
    String situationForm(@PathVariable long id, Model model, Locale locale) {
        VictimViews.VictimView victim = details.get(id);
        return situationPage(victim, VictimForms.SituationForm.of(victim), model, locale);
    }

    @PostMapping("/{id}/situation")
    String describe(@PathVariable long id, @ModelAttribute("situationForm") VictimForms.SituationForm form,
            BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        VictimViews.VictimView victim = details.get(id);
        return FormPost.send(binding, FeatureException.class, redirect, "victim.described", () -> {
            registry.describe(id, form.situation());
            return "/victims/" + id;
        }, () -> situationPage(victim, form, model, locale));
    }

    // --- one small form per entry; back to the tab with a notice or the reason of a refusal

    @PostMapping("/{id}/status")
    String decideStatus(@PathVariable long id, @ModelAttribute VictimCommands.StatusDecision decision,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "identification", "victim.status.decided", binding, redirect,
                () -> registry.decideStatus(id, decision));
    }

    @PostMapping("/{id}/consents")
    String recordConsent(@PathVariable long id, @ModelAttribute VictimCommands.ConsentAnswer answer,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "consent", "victim.consent.recorded", binding, redirect,
                () -> registry.recordConsent(id, answer));
    }

    @PostMapping("/{id}/rights")
    String informOfRight(@PathVariable long id, @ModelAttribute VictimCommands.RightInformedOf informed,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "consent", "victim.right.recorded", binding, redirect,
                () -> registry.informOfRight(id, informed));
    }

    @PostMapping("/{id}/reflection")
    String startReflection(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, "entitlements", "victim.reflection.started", null, redirect,
                () -> registry.startReflectionPeriod(id));
    }

    @PostMapping("/{id}/reflection/extension")
    String extendReflection(@PathVariable long id, @ModelAttribute VictimCommands.ReflectionExtension extension,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "entitlements", "victim.reflection.extended-notice", binding, redirect,
                () -> registry.extendReflectionPeriod(id, extension));
    }

    @PostMapping("/{id}/permits")
    String applyForPermit(@PathVariable long id, @ModelAttribute VictimCommands.PermitApplication application,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "entitlements", "victim.permit.applied", binding, redirect,
                () -> registry.applyForPermit(id, application));
    }

    @PostMapping("/{id}/permits/decision")
    String decidePermit(@PathVariable long id, @ModelAttribute VictimCommands.PermitDecision decision,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "entitlements", "victim.permit.decided", binding, redirect,
                () -> registry.decidePermit(id, decision));
    }

    @PostMapping("/{id}/compensation")
    String fileCompensation(@PathVariable long id, @ModelAttribute VictimCommands.CompensationFiling filing,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "entitlements", "victim.compensation.filed", binding, redirect,
                () -> registry.fileCompensation(id, filing));
    }

    @PostMapping("/{id}/compensation/award")
    String awardCompensation(@PathVariable long id, @ModelAttribute VictimCommands.CompensationStep award,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "entitlements", "victim.compensation.awarded", binding, redirect,
                () -> registry.awardCompensation(id, award));
    }

    @PostMapping("/{id}/compensation/payment")
    String payCompensation(@PathVariable long id, @ModelAttribute VictimCommands.CompensationStep payment,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "entitlements", "victim.compensation.paid", binding, redirect,
                () -> registry.payCompensation(id, payment));
    }

    @PostMapping("/{id}/non-punishment")
    String recordNonPunishment(@PathVariable long id, @ModelAttribute VictimCommands.NonPunishment screening,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "proceedings", "victim.non-punishment.recorded", binding, redirect,
                () -> registry.recordNonPunishment(id, screening));
    }

    @PostMapping("/{id}/testimonies")
    String recordTestimony(@PathVariable long id, @ModelAttribute VictimCommands.Testimony testimony,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "proceedings", "victim.testimony.recorded", binding, redirect,
                () -> registry.recordTestimony(id, testimony));
    }

    @Requires(Permission.VICTIMS_OF_CASES)
    @PostMapping("/{id}/protection")
    String recordProtection(@PathVariable long id, @ModelAttribute VictimCommands.Protection protection,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, "proceedings", "victim.protection.recorded", binding, redirect,
                () -> registry.recordProtection(id, protection));
    }

    // --- linking to a case (police and prosecutors)

    @GetMapping("/link")
    @Requires(Permission.VICTIMS_OF_CASES)
    String linkForm(@RequestParam(name = "case", required = false) Long caseId, Model model) {
        return linkPage(new VictimCommands.CaseLink("", caseId == null ? 0 : caseId, VictimRole.INJURED_PARTY,
                format.today()), model);
    }

    @PostMapping("/link")
    @Requires(Permission.VICTIMS_OF_CASES)
    String link(@ModelAttribute("linkForm") VictimCommands.CaseLink link, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormPost.send(binding, FeatureException.class, redirect, "victim.linked",
                () -> "/victims/" + registry.linkToCase(link).victimId() + "?tab=proceedings",
                () -> linkPage(link, model));
    }

    // --- breaking the glass

    @Requires(Permission.VICTIMS_OF_CASES)
    @GetMapping("/break-glass")
    String breakGlassForm(@RequestParam(required = false) String reference, Model model) {
        return BREAK_GLASS.form(reference, model);
    }

    /** Opens a victim record outside the user's scope for a stated reason (audited; the supervisors are told). */
    @Requires(Permission.VICTIMS_OF_CASES)
    @PostMapping("/break-glass")
    String breakGlass(@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String reason,
            Model model, RedirectAttributes redirect) {
        return BREAK_GLASS.open(reference, reason, registry::breakGlass, model, redirect);
    }

    // --- deadlines of foreign victims

    @GetMapping("/deadlines")
    String deadlines(@RequestParam(defaultValue = "false") boolean overdue, @AuthenticationPrincipal QorgauUser user,
            Model model) {
        model.addAttribute("overdue", overdue);
        model.addAttribute("deadlines", list.deadlines().stream().filter(deadline -> !overdue || deadline.overdue())
                .toList());
        model.addAttribute("organisation", organisations.get(user.organisationId()));
        model.addAttribute("horizon", Deadlines.HORIZON_DAYS);
        return "victims/deadlines";
    }

    // --- helpers

    private String act(long id, String tab, String notice, BindingResult binding, RedirectAttributes redirect,
            Runnable action) {
        if (binding != null && binding.hasErrors()) {
            redirect.addFlashAttribute("failure", "victim.error.form");
        } else {
            try {
                action.run();
                redirect.addFlashAttribute("notice", notice);
            } catch (RuleViolationException e) {
                redirect.addFlashAttribute("failure", e.messageKey());
                String field = REFUSED_FIELDS.get(e.messageKey());
                if (field != null) {
                    redirect.addFlashAttribute("invalidField", field);
                }
            }
        }
        return "redirect:/victims/" + id + "?tab=" + tab;
    }

    /** The refusals of a choice left unmade, by the id of the field on the record's page that shows them. */
    private static final Map<String, String> REFUSED_FIELDS = Map.of(
            "victim.error.status-required", "status-new",
            "victim.error.consent-scope-required", "consent-scope",
            "victim.error.consent-decision-required", "consent-decision",
            "victim.error.non-punishment-context-required", "np-context",
            "victim.error.non-punishment-offence-required", "np-offence",
            "victim.error.non-punishment-result-required", "np-result");

    private String screeningPage(VictimForms.ScreeningForm form, VictimViews.VictimView victim, Model model,
            Locale locale) {
        if (!model.containsAttribute("screeningForm")) {
            model.addAttribute("screeningForm", form);
        }
        model.addAttribute("victim", victim);
        if (victim == null && form.personId() != null && !Boolean.TRUE.equals(form.anonymous())) {
            model.addAttribute("person", persons.summary(new PersonId(form.personId())));
        }
        model.addAttribute("pickFor", "/victims/new");
        model.addAttribute("suggestion", registry.suggest(form.delphiAnswers(), form.isChild()));
        model.addAttribute("contexts", ScreeningContext.values());
        model.addAttribute("exploitationKinds", ExploitationKind.values());
        model.addAttribute("iloIndicators", IloIndicator.values());
        model.addAttribute("dimensions", DelphiIndicator.Dimension.values());
        model.addAttribute("delphiCount", DelphiIndicator.values().length);
        model.addAttribute("answers", Answer.values());
        model.addAttribute("decisions", List.of(TraffickingStatus.POSSIBLE, TraffickingStatus.PRESUMED,
                TraffickingStatus.NOT_A_VICTIM));
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("countries", CountryCode.all(locale));
        model.addAttribute("forms", ExploitationForm.values());
        model.addAttribute("vulnerabilities", Vulnerability.values());
        model.addAttribute("consentScopes", consentScopes());
        model.addAttribute("consentDecisions", List.of(ConsentDecision.GIVEN, ConsentDecision.REFUSED));
        return "victims/screening";
    }

    /** The scopes of consent the user may record: law enforcement never its own (DESIGN.md §5). */
    private static List<ConsentScope> consentScopes() {
        boolean lawEnforcement = QorgauUser.current().filter(user -> user.may(Permission.VICTIMS_OF_CASES)).isPresent();
        return Arrays.stream(ConsentScope.values())
                .filter(scope -> !(lawEnforcement && scope == ConsentScope.LAW_ENFORCEMENT)).toList();
    }

    private String situationPage(VictimViews.VictimView victim, VictimForms.SituationForm form, Model model,
            Locale locale) {
        model.addAttribute("victim", victim);
        if (!model.containsAttribute("situationForm")) {
            model.addAttribute("situationForm", form);
        }
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("countries", CountryCode.all(locale));
        model.addAttribute("forms", ExploitationForm.values());
        model.addAttribute("sexExploitationTypes", SexExploitationType.values());
        model.addAttribute("sectors", IsicSection.values());
        model.addAttribute("recruitmentMethods", RecruitmentMethod.values());
        model.addAttribute("platforms", OnlinePlatform.values());
        model.addAttribute("relationships", RecruiterRelationship.values());
        model.addAttribute("controlMethods", ControlMethod.values());
        model.addAttribute("vulnerabilities", Vulnerability.values());
        return "victims/situation";
    }

    private String linkPage(VictimCommands.CaseLink link, Model model) {
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", link);
        }
        model.addAttribute("cases", cases.search(CaseCommands.Search.any(), PageRequest.of(0, 200)).items());
        model.addAttribute("roles", VictimRole.values());
        return "victims/link";
    }

    /** The setting a first responder usually screens in, from the kind of their organisation. */
    private ScreeningContext defaultContext(QorgauUser user) {
        OrganisationType type = organisations.get(user.organisationId()).type();
        return switch (type) {
            case LABOUR_INSPECTORATE -> ScreeningContext.LABOUR_INSPECTION;
            case MIGRATION_SERVICE, IMMIGRATION_SERVICE -> ScreeningContext.PRE_DEPORTATION;
            case DIPLOMATIC_MISSION -> ScreeningContext.CONSULAR;
            case POLICE_UNIT, LAW_ENFORCEMENT, PROSECUTOR_OFFICE -> ScreeningContext.POLICE;
            case NGO, SHELTER -> ScreeningContext.NGO_OUTREACH;
            case HEALTH_SERVICE_ORGANISATION -> ScreeningContext.HEALTH_CARE;
            case HOTLINE -> ScreeningContext.HOTLINE;
            default -> ScreeningContext.OTHER;
        };
    }
}
