package kz.qorgau.agencies;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.NotFoundException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.system.FormPost;
import kz.qorgau.organisations.Regions;

/**
 * The register's pages: the agencies (by BIN, name or licence number), an agency's page with its licence's
 * decisions and its sanctions, and for the licensing authority the forms to enter an agency, decide on its licence
 * and sanction a violation.
 */
@Controller
@RequestMapping("/agencies")
@Requires(Permission.AGENCIES)
class AgencyController {

    private final AgencyDirectory directory;
    private final AgencyRegister register;
    private final ComplaintBook complaints;
    private final MentionBook mentions;
    private final Regions regions;
    private final DisplayFormat format;

    AgencyController(AgencyDirectory directory, AgencyRegister register, ComplaintBook complaints,
            MentionBook mentions, Regions regions, DisplayFormat format) {
        this.directory = directory;
        this.register = register;
        this.complaints = complaints;
        this.mentions = mentions;
        this.regions = regions;
        this.format = format;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal QorgauUser user, Model model) {
        model.addAttribute("agencies", directory.page(q, PageRequest.of(Math.max(page, 0), 25)));
        model.addAttribute("mayRegister", user.may(Permission.AGENCIES_LICENSE));
        model.addAttribute("q", q);
        return htmx != null ? "agencies/list :: results" : "agencies/list";
    }

    /** The registration form as typed: every field text, read by {@link FormFields}. */
    record RegistrationForm(String bin, String nameRu, String nameKk, String nameEn, String legalAddress,
            String region, String licenceNumber, String issuedOn, String expiresOn, List<String> placements,
            List<String> countries) {
    }

    @GetMapping("/new")
    @Requires(Permission.AGENCIES_LICENSE)
    String newAgency(Model model, Locale locale) {
        return form(new RegistrationForm(null, null, null, null, null, null, null, null, null, List.of(), List.of()),
                model, locale);
    }

    @PostMapping
    @Requires(Permission.AGENCIES_LICENSE)
    String create(@ModelAttribute("registrationForm") RegistrationForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        RegionCode region = FormFields.region(binding, "region", form.region(), "agency.error.required");
        LocalDate issuedOn = FormFields.date(binding, "issuedOn", form.issuedOn(), "agency.error.required");
        LocalDate expiresOn = FormFields.blank(form.expiresOn()) ? null
                : FormFields.date(binding, "expiresOn", form.expiresOn(), "agency.error.required");
        Set<Placement> placements = EnumSet.noneOf(Placement.class);
        for (String placement : form.placements() == null ? List.<String>of() : form.placements()) {
            Placement chosen = FormFields.choice(binding, "placements", Placement.class, placement,
                    "agency.error.placements");
            if (chosen != null) {
                placements.add(chosen);
            }
        }
        Set<CountryCode> countries = new TreeSet<>();
        for (String country : form.countries() == null ? List.<String>of() : form.countries()) {
            CountryCode chosen = FormFields.country(binding, "countries", country, "agency.error.country");
            if (chosen != null) {
                countries.add(chosen);
            }
        }
        AgencyCommands.Registration registration = new AgencyCommands.Registration(form.bin(), form.nameRu(),
                form.nameKk(), form.nameEn(), form.legalAddress(), region, form.licenceNumber(), issuedOn, expiresOn,
                placements, countries);
        if (!binding.hasErrors()) {
            registration.errors(format.today()).forEach((field, key) -> binding.rejectValue(field, key));
        }
        return FormPost.send(binding, Map.of(), redirect, "agency.registered", () -> "/agencies/" + register
                .register(registration), () -> form(form, model, locale));
    }

    private String form(RegistrationForm form, Model model, Locale locale) {
        model.addAttribute("registrationForm", form);
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("placements", Placement.values());
        model.addAttribute("countries", CountryCode.all(locale));
        model.addAttribute("today", format.today());
        return "agencies/new";
    }

    record DecisionForm(String kind, String decidedOn, String expiresOn, String body, String document) {
    }

    record SanctionForm(String kind, String decidedOn, String body, String document, String fineKzt,
            String violation) {
    }

    record ComplaintForm(String receivedOn, String source, List<String> allegations, String account) {
    }

    record OutcomeForm(String outcome, String on, String sanctionId) {
    }

    record MentionForm(String reference, String sanctionId) {
    }

    @GetMapping("/{id}")
    String agency(@PathVariable long id, Model model, Locale locale) {
        AgencyViews.Agency agency = directory.agency(id).orElseThrow(() -> new NotFoundException(
                "agency.error.not-found"));
        model.addAttribute("agency", agency);
        Map<String, String> countryNames = new TreeMap<>();
        agency.countries().forEach(code -> countryNames.put(code, CountryCode.of(code).name(locale)));
        model.addAttribute("countryNames", countryNames);
        model.addAttribute("complaints", complaints.of(id));
        model.addAttribute("mentions", mentions.of(id));
        if (!model.containsAttribute("mentionForm")) {
            model.addAttribute("mentionForm", new MentionForm(null, null));
        }
        model.addAttribute("sources", ComplaintSource.values());
        model.addAttribute("allegations", Allegation.values());
        model.addAttribute("outcomes", ComplaintOutcome.values());
        if (!model.containsAttribute("complaintForm")) {
            model.addAttribute("complaintForm", new ComplaintForm(format.today().toString(), null, List.of(), null));
        }
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute("outcomeForm", new OutcomeForm(null, format.today().toString(), null));
        }
        model.addAttribute("decisionKinds", DecisionKind.values());
        model.addAttribute("sanctionKinds", SanctionKind.values());
        model.addAttribute("today", format.today());
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm(null, format.today().toString(), null, null, null));
        }
        if (!model.containsAttribute("sanctionForm")) {
            model.addAttribute("sanctionForm", new SanctionForm(null, format.today().toString(), null, null, null,
                    null));
        }
        return "agencies/agency";
    }

    @PostMapping("/{id}/decisions")
    @Requires(Permission.AGENCIES_LICENSE)
    String decide(@PathVariable long id, @ModelAttribute("decisionForm") DecisionForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        DecisionKind kind = FormFields.choice(binding, "kind", DecisionKind.class, form.kind(),
                "agency.error.required");
        LocalDate decidedOn = FormFields.date(binding, "decidedOn", form.decidedOn(), "agency.error.required");
        LocalDate expiresOn = FormFields.blank(form.expiresOn()) ? null
                : FormFields.date(binding, "expiresOn", form.expiresOn(), "agency.error.required");
        return FormPost.send(binding, Map.of(), redirect, "agency.decided", () -> {
            register.decide(id, new AgencyCommands.LicenceDecision(kind, decidedOn, expiresOn, form.body(), form
                    .document()));
            return "/agencies/" + id;
        }, () -> {
            model.addAttribute("decisionRefused", true);
            return agency(id, model, locale);
        });
    }

    @PostMapping("/{id}/sanctions")
    @Requires(Permission.AGENCIES_LICENSE)
    String sanction(@PathVariable long id, @ModelAttribute("sanctionForm") SanctionForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        SanctionKind kind = FormFields.choice(binding, "kind", SanctionKind.class, form.kind(),
                "agency.error.required");
        LocalDate decidedOn = FormFields.date(binding, "decidedOn", form.decidedOn(), "agency.error.required");
        Long fine = FormFields.blank(form.fineKzt()) ? null
                : FormFields.number(binding, "fineKzt", form.fineKzt().replaceAll("[\\s ]", ""),
                        "agency.error.fine-amount");
        AgencyCommands.SanctionDecision decision = new AgencyCommands.SanctionDecision(kind, decidedOn, form.body(),
                form.document(), fine, form.violation());
        if (!binding.hasErrors()) {
            decision.errors(format.today()).forEach((field, key) -> binding.rejectValue(field, key));
        }
        return FormPost.send(binding, Map.of("agency.error.not-allowed.suspended", "kind",
                "agency.error.not-allowed.revoked", "kind"), redirect, "agency.sanctioned", () -> {
                    register.sanction(id, decision);
                    return "/agencies/" + id;
                }, () -> {
                    model.addAttribute("sanctionRefused", true);
                    return agency(id, model, locale);
                });
    }

    @PostMapping("/{id}/complaints")
    String complain(@PathVariable long id, @ModelAttribute("complaintForm") ComplaintForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        LocalDate receivedOn = FormFields.date(binding, "receivedOn", form.receivedOn(), "agency.error.required");
        ComplaintSource source = FormFields.choice(binding, "source", ComplaintSource.class, form.source(),
                "agency.error.required");
        Set<Allegation> alleged = EnumSet.noneOf(Allegation.class);
        for (String allegation : form.allegations() == null ? List.<String>of() : form.allegations()) {
            Allegation chosen = FormFields.choice(binding, "allegations", Allegation.class, allegation,
                    "agency.error.allegations");
            if (chosen != null) {
                alleged.add(chosen);
            }
        }
        AgencyCommands.ComplaintReceipt receipt = new AgencyCommands.ComplaintReceipt(receivedOn, source, alleged,
                form.account());
        if (!binding.hasErrors()) {
            receipt.errors(format.today()).forEach((field, key) -> binding.rejectValue(field, key));
        }
        return FormPost.send(binding, Map.of(), redirect, "agency.complaint.recorded", () -> {
            complaints.receive(id, receipt);
            return "/agencies/" + id + "#complaints";
        }, () -> {
            model.addAttribute("complaintRefused", true);
            return agency(id, model, locale);
        });
    }

    @PostMapping("/{id}/complaints/{complaint}/outcome")
    @Requires(Permission.AGENCIES_LICENSE)
    String decideComplaint(@PathVariable long id, @PathVariable long complaint,
            @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        ComplaintOutcome outcome = FormFields.choice(binding, "outcome", ComplaintOutcome.class, form.outcome(),
                "agency.error.required");
        LocalDate on = FormFields.date(binding, "on", form.on(), "agency.error.required");
        Long sanction = FormFields.blank(form.sanctionId()) ? null
                : FormFields.number(binding, "sanctionId", form.sanctionId(), "agency.error.sanction-required");
        return FormPost.send(binding, Map.of("agency.error.complaint-decided", "outcome"), redirect,
                "agency.complaint.decided", () -> {
                    complaints.decide(complaint, new AgencyCommands.ComplaintDecision(outcome, on, sanction));
                    return "/agencies/" + id + "#complaints";
                }, () -> {
                    model.addAttribute("outcomeRefused", complaint);
                    return agency(id, model, locale);
                });
    }

    @PostMapping("/{id}/mentions")
    String mention(@PathVariable long id, @ModelAttribute("mentionForm") MentionForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        Long sanction = FormFields.blank(form.sanctionId()) ? null
                : FormFields.number(binding, "sanctionId", form.sanctionId(), "agency.mention.error.referral");
        return FormPost.send(binding, Map.of("agency.mention.error.already", "reference"), redirect,
                "agency.mention.recorded", () -> {
                    mentions.mention(id, form.reference(), sanction);
                    return "/agencies/" + id + "#mentions";
                }, () -> {
                    model.addAttribute("mentionRefused", true);
                    return agency(id, model, locale);
                });
    }
}
