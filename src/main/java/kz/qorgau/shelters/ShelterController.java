package kz.qorgau.shelters;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
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
import kz.qorgau.organisations.Regions;
import kz.qorgau.referrals.FundingSource;
import kz.qorgau.referrals.ReferralList;
import kz.qorgau.referrals.ReferralStatus;
import kz.qorgau.referrals.ReferralViews;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.victims.VictimDetails;

/**
 * The shelters' pages: the register, a shelter's page (beds, its calendar of the last 90 days, its stays for its
 * operator's staff), registering a shelter, admitting a victim. Every form is validated whole: each refused field
 * is marked with its message, and what was typed stays.
 */
@Controller
@RequestMapping("/shelters")
class ShelterController {

    /** The field of the admission form that each refusal of the rules belongs to. */
    private static final Map<String, String> ADMISSION_FIELDS = Map.ofEntries(
            Map.entry("shelter.error.group-required", "group"),
            Map.entry("shelter.error.child-bed", "group"),
            Map.entry("shelter.error.adult-in-child-bed", "group"),
            Map.entry("shelter.error.full", "overflowReason"),
            Map.entry("shelter.error.admission-date-required", "admittedOn"),
            Map.entry("shelter.error.future-date", "admittedOn"),
            Map.entry("shelter.error.not-open", "admittedOn"),
            Map.entry("shelter.error.funding-required", "fundingSource"),
            Map.entry("shelter.error.already-sheltered", "victimReference"),
            Map.entry("service.error.not-assisting", "victimReference"),
            Map.entry("service.error.referral", "referralId"));

    private static final Map<String, String> CAPACITY_FIELDS = Map.of(
            "shelter.error.group-required", "group",
            "shelter.error.beds", "beds",
            "shelter.error.beds-below-occupancy", "beds",
            "shelter.error.capacity-date-required", "effectiveFrom",
            "shelter.error.future-date", "effectiveFrom",
            "shelter.error.not-open", "effectiveFrom",
            "shelter.error.closed", "effectiveFrom");

    private static final Map<String, String> DISCHARGE_FIELDS = Map.of(
            "shelter.error.discharge-reason-required", "reason",
            "shelter.error.discharge-date-required", "dischargedOn",
            "shelter.error.discharge-before-admission", "dischargedOn",
            "shelter.error.future-date", "dischargedOn",
            "service.error.future-end", "dischargedOn",
            "service.error.cost", "costKzt");

    private static final Map<String, String> EXTENSION_FIELDS = Map.of(
            "shelter.error.decision-date-required", "decidedOn",
            "shelter.error.decision-before-admission", "decidedOn",
            "shelter.error.future-date", "decidedOn",
            "shelter.error.period-ended", "decidedOn");

    private static final Map<String, String> ALLOCATION_FIELDS = Map.of(
            "shelter.error.allocation-year", "year",
            "shelter.error.allocation-closed", "year",
            "shelter.error.source-required", "source",
            "shelter.error.amount", "amountKzt",
            "shelter.error.rate", "kztPerUsd",
            "shelter.error.document", "document",
            "shelter.error.contract-required", "contractNumber",
            "shelter.error.allocation-corrected", "corrects",
            "shelter.error.allocation-not-found", "corrects");

    private static final Map<String, String> CLOSING_FIELDS = Map.of(
            "shelter.error.closing-date-required", "closedOn",
            "shelter.error.future-date", "closedOn",
            "shelter.error.closed-before-opening", "closedOn");

    /** The admission form: a referral the organisation accepted, or a walk-in's victim record by its reference. */
    record AdmissionForm(String referralId, String victimReference, String group, String admittedOn,
            String overflowReason, String fundingSource) {
    }

    /** The beds of a group from a day on, as typed. */
    record CapacityForm(String group, String beds, String effectiveFrom) {
    }

    /** A discharge, as typed. */
    record DischargeForm(String reason, String dischargedOn, String costKzt) {
    }

    /** An extension's decision date, as typed. */
    record ExtensionForm(String decidedOn) {
    }

    /** An allocation as typed; {@code corrects} names the allocation it replaces, if any. */
    record AllocationForm(String year, String source, String contractNumber, String amountKzt, String kztPerUsd,
            String document, String corrects) {
    }

    /** A closing date, as typed. */
    record ClosingForm(String closedOn) {
    }

    /** The registration form; the region as its code. */
    record RegistrationForm(String organisationId, String name, String kind, String region, String district,
            String settlement, String address, Set<String> services, Set<String> languages, Boolean accessible,
            String openedOn) {

        /** The registration the form holds, its malformed values marked on their fields (and left out). */
        ShelterCommands.Registration registration(BindingResult binding) {
            Long operator = FormFields.number(binding, "organisationId", organisationId, null);
            ShelterKind chosenKind = FormFields.choice(binding, "kind", ShelterKind.class, kind, null);
            Settlement chosenSettlement = FormFields.choice(binding, "settlement", Settlement.class, settlement, null);
            LocalDate opened = FormFields.blank(openedOn) ? null : FormFields.date(binding, "openedOn", openedOn, null);
            Set<ServiceType> offered = EnumSet.noneOf(ServiceType.class);
            for (String service : services == null ? Set.<String>of() : services) {
                ServiceType type = FormFields.choice(binding, "services", ServiceType.class, service, null);
                if (type != null) {
                    offered.add(type);
                }
            }
            return new ShelterCommands.Registration(operator, name, chosenKind, RegionCode.isValid(region) ? RegionCode
                    .of(region) : null, district, chosenSettlement, address, offered, languages, Boolean.TRUE.equals(
                            accessible), opened);
        }
    }

    private final ShelterDirectory directory;
    private final ShelterRegister register;
    private final ShelterStays stays;
    private final ShelterFunding funding;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final ReferralList referrals;
    private final VictimDetails victims;
    private final DisplayFormat format;

    ShelterController(ShelterDirectory directory, ShelterRegister register, ShelterStays stays,
            ShelterFunding funding, OrganisationRegistry organisations, Regions regions, ReferralList referrals,
            VictimDetails victims,
            DisplayFormat format) {
        this.directory = directory;
        this.register = register;
        this.stays = stays;
        this.funding = funding;
        this.organisations = organisations;
        this.regions = regions;
        this.referrals = referrals;
        this.victims = victims;
        this.format = format;
    }

    // --- the register

    @GetMapping
    @Requires(Permission.SHELTERS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String region,
            @RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request",
                    required = false) String htmx,
            @AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        RegionCode chosen = RegionCode.isValid(region) ? RegionCode.of(region) : null;
        var shelters = directory.list(q, chosen, PageRequest.of(Math.max(page, 0), 25));
        model.addAttribute("shelters", shelters);
        model.addAttribute("operators", organisations.findAll(shelters.items().stream()
                .map(ShelterViews.ShelterListItem::organisationId).toList()));
        model.addAttribute("q", q);
        model.addAttribute("region", chosen == null ? null : chosen.value());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("mayRegister", user.may(Permission.SHELTERS_OVERSEE));
        model.addAttribute("pagingBase", "/shelters?" + (q == null || q.isBlank() ? "" : "q=" + URLEncoder.encode(q,
                StandardCharsets.UTF_8) + "&") + (chosen == null ? ""
                        : "region=" + chosen.value() + "&"));
        return htmx != null ? "shelters/list :: results" : "shelters/list";
    }

    /** The stays whose special social services period ends within 30 days, or (overdue) has ended. */
    @GetMapping("/deadlines")
    @Requires(Permission.SHELTERS)
    String deadlines(@RequestParam(defaultValue = "false") boolean overdue, Model model) {
        model.addAttribute("overdue", overdue);
        model.addAttribute("due", directory.periodsEnding(overdue));
        model.addAttribute("horizon", ShelterDirectory.HORIZON_DAYS);
        return "shelters/deadlines";
    }

    @GetMapping("/new")
    @Requires(Permission.SHELTERS_OVERSEE)
    String newShelter(@AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        return registrationPage(new RegistrationForm(null, null, null, null, null, null, null, Set.of(), Set.of(),
                false, null), user, model, locale);
    }

    @PostMapping
    @Requires(Permission.SHELTERS_OVERSEE)
    String registerShelter(@ModelAttribute("shelterForm") RegistrationForm form, BindingResult binding,
            @AuthenticationPrincipal QorgauUser user, Model model, Locale locale, RedirectAttributes redirect) {
        ShelterCommands.Registration registration = form.registration(binding);
        registration.errors(format.today()).forEach((field, key) -> {
            if (!binding.hasFieldErrors(field)) {
                binding.rejectValue(field, key);
            }
        });
        if (!binding.hasErrors()) {
            try {
                long id = register.register(registration);
                redirect.addFlashAttribute("notice", "shelter.registered");
                return "redirect:/shelters/" + id;
            } catch (FeatureException e) {
                reject(binding, e, Map.of());
            }
        }
        return registrationPage(form, user, model, locale);
    }

    private String registrationPage(RegistrationForm form, QorgauUser user, Model model, Locale locale) {
        model.addAttribute("shelterForm", form);
        model.addAttribute("operators", organisations.active().stream()
                .filter(organisation -> ShelterRegister.OPERATOR_TYPES.contains(organisation.type()))
                .filter(organisation -> user.nationalScope() || organisation.region() == null || user.covers(
                        organisation.region()))
                .sorted(Comparator.comparing(organisation -> organisation.name(locale)))
                .toList());
        model.addAttribute("regions", regions.current(locale).stream()
                .filter(region -> user.nationalScope() || user.covers(region.code())).toList());
        model.addAttribute("kinds", ShelterKind.values());
        model.addAttribute("settlements", Settlement.values());
        model.addAttribute("services", ServiceType.values());
        model.addAttribute("languages", ShelterCommands.LANGUAGES.stream().sorted().toList());
        return "shelters/new";
    }

    // --- a shelter

    @GetMapping("/{id}")
    @Requires(Permission.SHELTERS)
    String shelter(@PathVariable long id, Model model) {
        return shelterPage(id, model);
    }

    @PostMapping("/{id}/capacity")
    @Requires(Permission.SHELTERS)
    String changeCapacity(@PathVariable long id, @ModelAttribute("capacityForm") CapacityForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        BedGroup group = FormFields.choice(binding, "group", BedGroup.class, form.group(),
                "shelter.error.group-required");
        Long beds = FormFields.number(binding, "beds", form.beds(), "shelter.error.beds");
        LocalDate from = FormFields.date(binding, "effectiveFrom", form.effectiveFrom(),
                "shelter.error.capacity-date-required");
        if (beds != null && (beds < 0 || beds > Integer.MAX_VALUE)) {
            binding.rejectValue("beds", "shelter.error.beds");
        }
        if (!binding.hasErrors()) {
            try {
                register.changeCapacity(id, new ShelterCommands.CapacityChange(group, beds.intValue(), from));
                redirect.addFlashAttribute("notice", "shelter.capacity.changed");
                return "redirect:/shelters/" + id;
            } catch (FeatureException e) {
                reject(binding, e, CAPACITY_FIELDS);
            }
        }
        return shelterPage(id, model);
    }

    @PostMapping("/{id}/allocations")
    @Requires(Permission.SHELTERS_OVERSEE)
    String allocate(@PathVariable long id, @ModelAttribute("allocationForm") AllocationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Long year = FormFields.number(binding, "year", form.year(), "shelter.error.allocation-year");
        AllocationSource source = FormFields.choice(binding, "source", AllocationSource.class, form.source(),
                "shelter.error.source-required");
        Long amount = FormFields.number(binding, "amountKzt", form.amountKzt(), "shelter.error.amount");
        BigDecimal rate = null;
        if (FormFields.blank(form.kztPerUsd())) {
            binding.rejectValue("kztPerUsd", "shelter.error.rate");
        } else {
            try {
                rate = new BigDecimal(form.kztPerUsd().strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                binding.rejectValue("kztPerUsd", "shelter.error.rate");
            }
        }
        if (FormFields.blank(form.document())) {
            binding.rejectValue("document", "shelter.error.document");
        }
        Long corrects = FormFields.blank(form.corrects()) ? null
                : FormFields.number(binding, "corrects", form.corrects(), null);
        if (!binding.hasErrors()) {
            ShelterCommands.AllocationEntry entry = new ShelterCommands.AllocationEntry(year.intValue(), source, form
                    .contractNumber(), amount, rate, form.document());
            try {
                if (corrects == null) {
                    funding.allocate(id, entry);
                } else {
                    funding.correct(id, corrects, entry);
                }
                redirect.addFlashAttribute("notice", "shelter.allocation.recorded");
                return "redirect:/shelters/" + id + "#funding";
            } catch (FeatureException e) {
                reject(binding, e, ALLOCATION_FIELDS);
            }
        }
        return shelterPage(id, model);
    }

    @PostMapping("/{id}/close")
    @Requires(Permission.SHELTERS_OVERSEE)
    String close(@PathVariable long id, @ModelAttribute("closingForm") ClosingForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        LocalDate closed = FormFields.date(binding, "closedOn", form.closedOn(), "shelter.error.closing-date-required");
        if (!binding.hasErrors()) {
            try {
                register.close(id, new ShelterCommands.Closing(closed));
                redirect.addFlashAttribute("notice", "shelter.closed");
                return "redirect:/shelters/" + id;
            } catch (FeatureException e) {
                reject(binding, e, CLOSING_FIELDS);
            }
        }
        return shelterPage(id, model);
    }

    @PostMapping("/{id}/stays/{stayId}/discharge")
    @Requires(Permission.SHELTERS)
    String discharge(@PathVariable long id, @PathVariable long stayId,
            @ModelAttribute("dischargeForm") DischargeForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        DischargeReason reason = FormFields.choice(binding, "reason", DischargeReason.class, form.reason(),
                "shelter.error.discharge-reason-required");
        LocalDate on = FormFields.date(binding, "dischargedOn", form.dischargedOn(),
                "shelter.error.discharge-date-required");
        Long cost = FormFields.number(binding, "costKzt", form.costKzt(), "service.error.cost");
        if (cost != null && cost < 0) {
            binding.rejectValue("costKzt", "service.error.cost");
        }
        if (!binding.hasErrors()) {
            try {
                stays.discharge(id, stayId, new ShelterCommands.Discharge(reason, on, cost));
                redirect.addFlashAttribute("notice", "shelter.discharged");
                return "redirect:/shelters/" + id + "#stays";
            } catch (FeatureException e) {
                reject(binding, e, DISCHARGE_FIELDS);
            }
        }
        model.addAttribute("dischargeStayId", stayId);
        return shelterPage(id, model);
    }

    @PostMapping("/{id}/stays/{stayId}/extend")
    @Requires(Permission.SHELTERS)
    String extend(@PathVariable long id, @PathVariable long stayId,
            @ModelAttribute("extensionForm") ExtensionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        LocalDate decided = FormFields.date(binding, "decidedOn", form.decidedOn(),
                "shelter.error.decision-date-required");
        if (!binding.hasErrors()) {
            try {
                stays.extendPeriod(id, stayId, new ShelterCommands.Extension(decided));
                redirect.addFlashAttribute("notice", "shelter.period.extended");
                return "redirect:/shelters/" + id + "#stays";
            } catch (FeatureException e) {
                reject(binding, e, EXTENSION_FIELDS);
            }
        }
        model.addAttribute("extensionStayId", stayId);
        return shelterPage(id, model);
    }

    private String shelterPage(long id, Model model) {
        ShelterViews.ShelterView shelter = directory.get(id);
        model.addAttribute("shelter", shelter);
        model.addAttribute("operator", organisations.find(shelter.organisationId())
                .orElse(null));
        ShelterViews.CalendarView calendar = directory.recentCalendar(id);
        model.addAttribute("calendar", calendar);
        model.addAttribute("weeks", weeks(calendar.nights()));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("weekdays", Arrays.stream(DayOfWeek.values()).map(day -> day.getDisplayName(TextStyle.SHORT,
                locale)).toList());
        model.addAttribute("capacityRefused", model.containsAttribute("capacityForm") && refused(model,
                "capacityForm"));
        model.addAttribute("closingRefused", model.containsAttribute("closingForm") && refused(model, "closingForm"));
        model.addAttribute("stays", directory.stays(id));
        model.addAttribute("groups", BedGroup.values());
        model.addAttribute("dischargeReasons", DischargeReason.values());
        model.addAttribute("today", format.today());
        if (!model.containsAttribute("capacityForm")) {
            model.addAttribute("capacityForm", new CapacityForm(null, null, null));
        }
        model.addAttribute("allocations", funding.allocations(id));
        model.addAttribute("sources", AllocationSource.values());
        model.addAttribute("allocationRefused", model.containsAttribute("allocationForm") && refused(model,
                "allocationForm"));
        if (!model.containsAttribute("allocationForm")) {
            model.addAttribute("allocationForm", new AllocationForm(String.valueOf(format.today().getYear()), null,
                    null, null, null, null, null));
        }
        if (!model.containsAttribute("closingForm")) {
            model.addAttribute("closingForm", new ClosingForm(null));
        }
        if (!model.containsAttribute("dischargeForm")) {
            model.addAttribute("dischargeForm", new DischargeForm(null, null, null));
        }
        if (!model.containsAttribute("extensionForm")) {
            model.addAttribute("extensionForm", new ExtensionForm(null));
        }
        return "shelters/shelter";
    }

    /** Whether the form of the model was refused (its binding result holds errors). */
    private static boolean refused(Model model, String form) {
        Object result = model.getAttribute(BindingResult.MODEL_KEY_PREFIX + form);
        return result instanceof BindingResult binding && binding.hasErrors();
    }

    /** The nights in weeks from Monday to Sunday, the days before the first and after the last empty. */
    static List<List<ShelterViews.NightView>> weeks(List<ShelterViews.NightView> nights) {
        List<List<ShelterViews.NightView>> weeks = new ArrayList<>();
        List<ShelterViews.NightView> week = new ArrayList<>();
        if (!nights.isEmpty()) {
            for (int day = 1; day < nights.getFirst().date().getDayOfWeek().getValue(); day++) {
                week.add(null);
            }
        }
        for (ShelterViews.NightView night : nights) {
            week.add(night);
            if (week.size() == 7) {
                weeks.add(week);
                week = new ArrayList<>();
            }
        }
        if (!week.isEmpty()) {
            while (week.size() < 7) {
                week.add(null);
            }
            weeks.add(week);
        }
        return weeks;
    }

    // --- admission

    @GetMapping("/{id}/admit")
    @Requires(Permission.SHELTERS)
    String admitForm(@PathVariable long id, @RequestParam(required = false) Long referral, Model model) {
        return admissionPage(id, new AdmissionForm(referral == null ? null : referral.toString(), null, null, format
                .today().toString(), null, null), model);
    }

    @PostMapping("/{id}/stays")
    @Requires(Permission.SHELTERS)
    String admit(@PathVariable long id, @ModelAttribute("admissionForm") AdmissionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Long victimId = null;
        Long referralId = FormFields.blank(form.referralId()) ? null
                : FormFields.number(binding, "referralId", form.referralId(), null);
        boolean walkIn = !FormFields.blank(form.victimReference());
        if (FormFields.blank(form.referralId()) && !walkIn) {
            binding.rejectValue("referralId", "shelter.error.victim-required");
        } else if (!FormFields.blank(form.referralId()) && walkIn) {
            binding.rejectValue("victimReference", "shelter.error.referral-or-walk-in");
        } else if (walkIn) {
            victimId = victims.visibleId(form.victimReference()).orElse(null);
            if (victimId == null) {
                binding.rejectValue("victimReference", "shelter.error.victim-not-found");
            }
        } else if (referralId != null) {
            victimId = acceptedReferrals().stream().filter(item -> item.id() == referralId).findFirst()
                    .map(ReferralViews.ReferralListItem::victimId).orElse(null);
            if (victimId == null) {
                binding.rejectValue("referralId", "service.error.referral");
            }
        }
        BedGroup group = FormFields.choice(binding, "group", BedGroup.class, form.group(),
                "shelter.error.group-required");
        LocalDate admitted = FormFields.date(binding, "admittedOn", form.admittedOn(),
                "shelter.error.admission-date-required");
        OverflowReason overflow = FormFields.blank(form.overflowReason()) ? null
                : FormFields.choice(binding, "overflowReason", OverflowReason.class, form.overflowReason(), null);
        FundingSource funding = FormFields.choice(binding, "fundingSource", FundingSource.class, form
                .fundingSource(), "shelter.error.funding-required");
        if (!binding.hasErrors()) {
            try {
                stays.admit(id, new ShelterCommands.Admission(victimId, referralId, group, admitted, overflow,
                        funding));
                redirect.addFlashAttribute("notice", "shelter.admitted");
                return "redirect:/shelters/" + id + "#stays";
            } catch (FeatureException e) {
                reject(binding, e, ADMISSION_FIELDS);
            }
        }
        return admissionPage(id, form, model);
    }

    private String admissionPage(long id, AdmissionForm form, Model model) {
        ShelterViews.ShelterView shelter = directory.get(id);
        model.addAttribute("shelter", shelter);
        model.addAttribute("admissionForm", form);
        model.addAttribute("referrals", shelter.mayOperate() ? acceptedReferrals() : List.of());
        model.addAttribute("groups", BedGroup.values());
        model.addAttribute("overflowReasons", OverflowReason.values());
        model.addAttribute("fundingSources", FundingSource.values());
        return "shelters/admit";
    }

    /** The referrals for shelter that the user's organisation accepted, latest first. */
    private List<ReferralViews.ReferralListItem> acceptedReferrals() {
        return referrals.inbox(ReferralStatus.ACCEPTED, PageRequest.of(0, 200)).items().stream()
                .filter(item -> item.services().contains(ServiceType.SHELTER)).toList();
    }

    /** A refusal of the rules on its field where the form has one, otherwise above the form. */
    private static void reject(BindingResult binding, FeatureException e, Map<String, String> fields) {
        FormFields.refuse(binding, e, fields);
    }
}
