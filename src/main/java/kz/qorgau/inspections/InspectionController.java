package kz.qorgau.inspections;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

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
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.system.FormPost;
import kz.qorgau.victims.IloIndicator;
import kz.qorgau.victims.IsicSection;
import kz.qorgau.victims.ScreeningPages;
import kz.qorgau.victims.VictimForms;

/**
 * The inspectors' pages: their inspectorate's inspections (search by reference, BIN or employer, by year, region and
 * indicators found), recording an inspection, an inspection's page with its notification to the police and what
 * became of it. Every form is validated whole: each refused field is marked with its message, and what was typed
 * stays.
 */
@Controller
@RequestMapping("/inspections")
class InspectionController {

    private static final Map<String, String> NOTIFICATION_FIELDS = Map.of(
            "inspection.error.no-indicators", "policeUnitId",
            "inspection.error.already-notified", "policeUnitId");

    private final InspectionDirectory directory;
    private final InspectionRegister register;
    private final InspectionNotifications notifications;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final DisplayFormat format;
    private final ScreeningPages screeningPages;

    InspectionController(InspectionDirectory directory, InspectionRegister register,
            InspectionNotifications notifications, OrganisationRegistry organisations, Regions regions,
            DisplayFormat format, ScreeningPages screeningPages) {
        this.screeningPages = screeningPages;
        this.directory = directory;
        this.register = register;
        this.notifications = notifications;
        this.organisations = organisations;
        this.regions = regions;
        this.format = format;
    }

    @GetMapping
    @Requires(Permission.INSPECTIONS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String year,
            @RequestParam(required = false) String region, @RequestParam(defaultValue = "false") boolean indicators,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, Locale locale) {
        RegionCode chosen = RegionCode.isValid(region) ? RegionCode.of(region) : null;
        Integer chosenYear = year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
        var inspections = directory.list(new InspectionCommands.Search(q, chosenYear, chosen, indicators), PageRequest
                .of(Math.max(page, 0), 25));
        model.addAttribute("inspections", inspections);
        model.addAttribute("q", q);
        model.addAttribute("year", chosenYear);
        model.addAttribute("years", IntStream.rangeClosed(2017, format.today().getYear()).boxed().sorted(Comparator
                .reverseOrder()).toList());
        model.addAttribute("region", chosen == null ? null : chosen.value());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("indicators", indicators);
        model.addAttribute("pagingBase", "/inspections?" + (q == null || q.isBlank() ? "" : "q=" + URLEncoder.encode(
                q, StandardCharsets.UTF_8) + "&") + (chosenYear == null ? "" : "year=" + chosenYear + "&")
                + (chosen == null ? "" : "region=" + chosen.value() + "&") + (indicators ? "indicators=true&" : ""));
        return htmx != null ? "inspections/list :: results" : "inspections/list";
    }

    @GetMapping("/new")
    @Requires(Permission.INSPECTIONS)
    String newInspection(@AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        InspectionForm form = InspectionForm.blank();
        organisations.find(user.organisationId()).map(OrganisationSummary::region).ifPresent(home -> form.setRegion(
                home.value()));
        return form(form, model, locale);
    }

    @PostMapping
    @Requires(Permission.INSPECTIONS)
    String record(@ModelAttribute("inspectionForm") InspectionForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        InspectionCommands.Recording recording = form.recording(binding);
        recording.errors(format.today()).forEach((field, key) -> {
            if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, key);
            }
        });
        return FormPost.send(binding, Map.of(), redirect, "inspection.recorded", () -> "/inspections/" + register
                .record(recording), () -> form(form.withRows(), model, locale));
    }

    private String form(InspectionForm form, Model model, Locale locale) {
        model.addAttribute("inspectionForm", form);
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("sites", InspectionSite.values());
        model.addAttribute("triggers", InspectionTrigger.values());
        model.addAttribute("sectors", IsicSection.values());
        model.addAttribute("participantValues", Participant.values());
        model.addAttribute("violationValues", LabourViolation.values());
        model.addAttribute("indicatorValues", IloIndicator.values());
        model.addAttribute("contractorRoles", ContractorRole.values());
        model.addAttribute("countries", CountryCode.all(locale).stream().filter(code -> !code.equals(
                CountryCode.KAZAKHSTAN)).toList());
        model.addAttribute("today", format.today());
        return "inspections/new";
    }

    @GetMapping("/{id}")
    @Requires(Permission.INSPECTIONS)
    String inspection(@PathVariable long id, Model model, Locale locale) {
        InspectionViews.InspectionView inspection = directory.get(id);
        model.addAttribute("inspection", inspection);
        model.addAttribute("units", organisations.active(OrganisationType.POLICE_UNIT)
                .stream().filter(unit -> unit.region() == null || unit.region().equals(inspection.region()))
                .sorted(Comparator.comparing(unit -> unit.name(locale))).toList());
        if (inspection.notification() != null) {
            model.addAttribute("unit", organisations.find(inspection.notification().policeUnitId()).orElse(null));
        }
        if (!model.containsAttribute("notificationForm")) {
            model.addAttribute("notificationForm", new NotificationForm(null));
        }
        return "inspections/inspection";
    }

    /** The police unit to notify, as chosen. */
    record NotificationForm(String policeUnitId) {
    }

    @PostMapping("/{id}/notification")
    @Requires(Permission.INSPECTIONS)
    String notifyPolice(@PathVariable long id, @ModelAttribute("notificationForm") NotificationForm form,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        Long unit = FormFields.number(binding, "policeUnitId", form.policeUnitId(),
                "police.error.unit-required");
        return FormPost.send(binding, NOTIFICATION_FIELDS, redirect, "inspection.police-notified", () -> {
            notifications.notifyPolice(id, new InspectionCommands.Notification(unit));
            return "/inspections/" + id + "#notification";
        }, () -> {
            model.addAttribute("notificationRefused", true);
            return inspection(id, model, locale);
        });
    }

    // --- a worker screened at the inspection: the victims module's form, posted here

    @GetMapping("/{id}/screenings/new")
    @Requires(Permission.INSPECTIONS)
    String screeningForm(@PathVariable long id, @RequestParam(required = false) Long person,
            @RequestParam(defaultValue = "false") boolean anonymous, @AuthenticationPrincipal QorgauUser user,
            Model model, Locale locale) {
        ScreeningPages.Origin origin = origin(directory.get(id), UUID.randomUUID());
        if (person == null && !anonymous) {
            return screeningPages.choosePerson(origin, model);
        }
        return screeningPages.blank(origin, person, anonymous, user, model, locale);
    }

    @PostMapping("/{id}/screenings")
    @Requires(Permission.INSPECTIONS)
    String screenWorker(@PathVariable long id, @ModelAttribute("screeningForm") VictimForms.ScreeningForm form,
            BindingResult binding, @RequestParam(name = "clientId", required = false) String clientId, Model model,
            Locale locale, RedirectAttributes redirect) {
        UUID client = FormFields.clientId(clientId);
        ScreeningPages.Origin origin = origin(directory.get(id), client == null ? UUID.randomUUID() : client);
        return FormPost.send(binding, FeatureException.class, redirect, "inspection.worker-screened", () -> {
            register.screenWorker(id, client, form.registration());
            return "/inspections/" + id + "#screenings";
        }, () -> screeningPages.refill(origin, form, model, locale));
    }

    private static ScreeningPages.Origin origin(InspectionViews.InspectionView inspection, UUID clientId) {
        String page = "/inspections/" + inspection.id();
        return new ScreeningPages.Origin(page + "/screenings", page, inspection.reference(), page
                + "/screenings/new", clientId.toString());
    }
}
