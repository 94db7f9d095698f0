package kz.qorgau.victims;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
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
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.CaseList;
import kz.qorgau.cases.VictimRole;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.PageResponse;
import kz.qorgau.shared.AgeGroup;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.Sex;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.FormPost;
import kz.qorgau.system.RecordForm;
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
    private final ScreeningPages screeningPages;
    private final CaseList cases;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final DisplayFormat format;
    private final Printouts printouts;
    private final MessageSource messages;

    VictimController(VictimRegistry registry, VictimDetails details, VictimList list, ScreeningPages screeningPages,
            CaseList cases, OrganisationRegistry organisations, Regions regions, DisplayFormat format,
            Printouts printouts, MessageSource messages) {
        this.registry = registry;
        this.details = details;
        this.list = list;
        this.screeningPages = screeningPages;
        this.cases = cases;
        this.organisations = organisations;
        this.regions = regions;
        this.format = format;
        this.printouts = printouts;
        this.messages = messages;
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
        return screeningPages.blank(null, person, anonymous, user, model, locale);
    }

    @PostMapping
    String register(@ModelAttribute("screeningForm") VictimForms.ScreeningForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        return FormPost.send(binding, FeatureException.class, redirect, "victim.identified",
                () -> "/victims/" + registry.register(form.registration()).id(),
                () -> screeningPages.page(form, null, null, model, locale));
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
        return screeningPages.page(VictimForms.ScreeningForm.empty(victim.personId(), victim.anonymous(),
                screeningPages.defaultContext(user), null, format.today()), victim, null, model, locale);
    }

    @PostMapping("/{id}/screenings")
    String screen(@PathVariable long id, @ModelAttribute("screeningForm") VictimForms.ScreeningForm form,
            BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        VictimViews.VictimView victim = details.get(id);
        return FormPost.send(binding, FeatureException.class, redirect, "victim.screened", () -> {
            registry.screen(id, form.screening());
            return "/victims/" + id;
        }, () -> screeningPages.page(form, victim, null, model, locale));
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
        model.addAttribute("consentScopes", ScreeningPages.consentScopes());
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

    // --- one small form per entry; back to the tab with a notice, or with every error of the form on its field

    @PostMapping("/{id}/status")
    String decideStatus(@PathVariable long id, @ModelAttribute VictimCommands.StatusDecision decision,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        return form(id, "identification", "status-form", "victim.status.decided")
                .required("status", "status-new", "victim.status", "victim.error.status-required")
                .required("decidedOn", "status-date", "victim.decided-on", "victim.error.date-required")
                .required("reason", "status-reason", "victim.reason", "victim.error.reason-required")
                .refusal("status", "victim.error.status-unchanged")
                .refusal("decidedOn", DATE_REFUSALS)
                .refusal("reason", "victim.error.text-too-long")
                .send(binding, request, redirect, messages, () -> registry.decideStatus(id, decision));
    }

    @PostMapping("/{id}/consents")
    String recordConsent(@PathVariable long id, @ModelAttribute VictimCommands.ConsentAnswer answer,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        return form(id, "consent", "consent-form", "victim.consent.recorded")
                .required("scope", "consent-scope", "victim.consent.scope", "victim.error.consent-scope-required")
                .required("decision", "consent-decision", "victim.consent.decision",
                        "victim.error.consent-decision-required")
                .required("decidedOn", "consent-date", "victim.date", "victim.error.date-required")
                .refusal("scope", "victim.error.consent-own-law-enforcement")
                .refusal("decidedOn", DATE_REFUSALS)
                .send(binding, request, redirect, messages, () -> registry.recordConsent(id, answer));
    }

    @PostMapping("/{id}/rights")
    String informOfRight(@PathVariable long id, @ModelAttribute VictimCommands.RightInformedOf informed,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        return form(id, "consent", "right-form", "victim.right.recorded")
                .required("right", "right", "victim.right", "victim.error.right-required")
                .required("informedOn", "informedOn", "victim.date", "victim.error.date-required")
                .refusal("informedOn", DATE_REFUSALS)
                .send(binding, request, redirect, messages, () -> registry.informOfRight(id, informed));
    }

    @PostMapping("/{id}/reflection")
    String startReflection(@PathVariable long id, WebRequest request, RedirectAttributes redirect) {
        return form(id, "entitlements", "reflection-form", "victim.reflection.started")
                .send(null, request, redirect, messages, () -> registry.startReflectionPeriod(id));
    }

    @PostMapping("/{id}/reflection/extension")
    String extendReflection(@PathVariable long id, @ModelAttribute VictimCommands.ReflectionExtension extension,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        // the day of the decision is today when not given
        return form(id, "entitlements", "extension-form", "victim.reflection.extended-notice")
                .field("decidedOn", "extension-decided-on", "victim.reflection.decided-on")
                .required("until", "until", "victim.reflection.until", "victim.error.date-required")
                .refusal("decidedOn", "victim.error.future-date", "victim.error.extension-before-start")
                .refusal("until", "victim.error.extension-not-later")
                .send(binding, request, redirect, messages, () -> registry.extendReflectionPeriod(id, extension));
    }

    @PostMapping("/{id}/permits")
    String applyForPermit(@PathVariable long id, @ModelAttribute VictimCommands.PermitApplication application,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        return form(id, "entitlements", "permit-form", "victim.permit.applied")
                .required("kind", "permit-kind", "victim.permit.kind", "victim.error.permit-kind-required")
                .required("appliedOn", "appliedOn", "victim.permit.applied-on-label", "victim.error.date-required")
                .refusal("kind", "victim.error.permit-pending")
                .refusal("appliedOn", DATE_REFUSALS)
                .send(binding, request, redirect, messages, () -> registry.applyForPermit(id, application));
    }

    @PostMapping("/{id}/permits/decision")
    String decidePermit(@PathVariable long id, @ModelAttribute VictimCommands.PermitDecision decision,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        // one such form per application, its fields numbered by it
        String seq = request.getParameter("seq");
        return form(id, "entitlements", "permit-decision-" + seq, "victim.permit.decided")
                .required("outcome", "permit-outcome-" + seq, "victim.permit.outcome",
                        "victim.error.permit-outcome-required")
                .required("decidedOn", "permit-decided-on-" + seq, "victim.decided-on", "victim.error.date-required")
                .field("validUntil", "permit-valid-until-" + seq, "victim.permit.valid-until-label")
                .refusal("decidedOn", "victim.error.date-required", "victim.error.future-date",
                        "victim.error.decision-before-application")
                .refusal("validUntil", "victim.error.permit-validity")
                .send(binding, request, redirect, messages, () -> registry.decidePermit(id, decision));
    }

    @PostMapping("/{id}/compensation")
    String fileCompensation(@PathVariable long id, @ModelAttribute VictimCommands.CompensationFiling filing,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        return form(id, "entitlements", "compensation-form", "victim.compensation.filed")
                .required("route", "route", "victim.compensation.route", "victim.error.route-required")
                .required("filedOn", "filedOn", "victim.compensation.filed-on", "victim.error.date-required")
                .required("claimedKzt", "claimedKzt", "victim.compensation.claimed-kzt", "victim.error.amount")
                .refusal("route", "victim.error.incomplete")
                .refusal("filedOn", DATE_REFUSALS)
                .refusal("claimedKzt", "victim.error.amount")
                .send(binding, request, redirect, messages, () -> registry.fileCompensation(id, filing));
    }

    @PostMapping("/{id}/compensation/award")
    String awardCompensation(@PathVariable long id, @ModelAttribute VictimCommands.CompensationStep award,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        return claimStep(id, request, "victim.compensation.awarded")
                .refusal("on", "victim.error.award-before-filing")
                .refusal("amountKzt", "victim.error.award-amount", "victim.error.compensation-awarded")
                .send(binding, request, redirect, messages, () -> registry.awardCompensation(id, award));
    }

    @PostMapping("/{id}/compensation/payment")
    String payCompensation(@PathVariable long id, @ModelAttribute VictimCommands.CompensationStep payment,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        return claimStep(id, request, "victim.compensation.paid")
                .refusal("on", "victim.error.payment-before-award")
                .refusal("amountKzt", "victim.error.payment-amount", "victim.error.compensation-paid")
                .send(binding, request, redirect, messages, () -> registry.payCompensation(id, payment));
    }

    @PostMapping("/{id}/non-punishment")
    String recordNonPunishment(@PathVariable long id, @ModelAttribute VictimCommands.NonPunishment screening,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        return form(id, "proceedings", "non-punishment-form", "victim.non-punishment.recorded")
                .required("screenedOn", "np-date", "victim.date", "victim.error.date-required")
                .required("context", "np-context", "victim.non-punishment.when",
                        "victim.error.non-punishment-context-required")
                .required("offence", "np-offence", "victim.non-punishment.offence",
                        "victim.error.non-punishment-offence-required")
                .required("result", "np-result", "victim.non-punishment.result",
                        "victim.error.non-punishment-result-required")
                .refusal("screenedOn", DATE_REFUSALS)
                .send(binding, request, redirect, messages, () -> registry.recordNonPunishment(id, screening));
    }

    @PostMapping("/{id}/testimonies")
    String recordTestimony(@PathVariable long id, @ModelAttribute VictimCommands.Testimony testimony,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        return form(id, "proceedings", "testimony-form", "victim.testimony.recorded")
                .required("interviewedOn", "interviewedOn", "victim.date", "victim.error.date-required")
                .required("place", "place", "victim.testimony.place", "victim.error.place-required")
                .field("caseId", "testimony-case", "victim.case")
                .field("videoRecorded", "videoRecorded", "victim.testimony.video")
                .field("socialWorkerPresent", "socialWorkerPresent", "victim.testimony.social-worker")
                .refusal("interviewedOn", DATE_REFUSALS)
                .refusal("place", "victim.error.incomplete")
                .refusal("caseId", "victim.error.case-not-linked")
                .send(binding, request, redirect, messages, () -> registry.recordTestimony(id, testimony));
    }

    @Requires(Permission.VICTIMS_OF_CASES)
    @PostMapping("/{id}/protection")
    String recordProtection(@PathVariable long id, @ModelAttribute VictimCommands.Protection protection,
            BindingResult binding, WebRequest request, RedirectAttributes redirect) {
        return form(id, "proceedings", "protection-form", "victim.protection.recorded")
                .required("startsOn", "startsOn", "victim.from", "victim.error.date-required")
                .field("endsOn", "endsOn", "victim.to")
                .required("costKzt", "costKzt", "victim.amount-kzt", "victim.error.amount")
                .refusal("startsOn", DATE_REFUSALS)
                .refusal("endsOn", "victim.error.period")
                .refusal("costKzt", "victim.error.amount")
                .send(binding, request, redirect, messages, () -> registry.recordProtection(id, protection));
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

    /** The refusals of a date something happened, shown on its field. */
    private static final String[] DATE_REFUSALS = { "victim.error.date-required", "victim.error.future-date",
            "victim.error.before-identification" };

    /** A small form of the record's page, whose answer goes back to the tab it is on. */
    private static RecordForm form(long id, String tab, String formId, String notice) {
        return RecordForm.of(formId, "/victims/" + id + "?tab=" + tab, notice);
    }

    /** The form of an award or a payment on a claim: one per claim, its fields numbered by it. */
    private static RecordForm claimStep(long id, WebRequest request, String notice) {
        String seq = request.getParameter("seq");
        return form(id, "entitlements", "claim-" + seq, notice)
                .required("on", "claim-on-" + seq, "victim.date", "victim.error.date-required")
                .required("amountKzt", "claim-amount-" + seq, "victim.amount-kzt", "victim.error.amount")
                .refusal("on", "victim.error.date-required", "victim.error.future-date")
                .refusal("amountKzt", "victim.error.amount");
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
}
