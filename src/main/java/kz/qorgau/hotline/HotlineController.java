package kz.qorgau.hotline;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.system.FormPost;

/**
 * The operators' pages: the log (a call counted apart in two keystrokes, a full call by keyboard, the calls of the
 * hotline below, those awaiting a follow-up first where asked), a call's page with its follow-up, and the hotline's
 * funding.
 */
@Controller
@RequestMapping("/hotline")
@Requires(Permission.HOTLINE)
class HotlineController {

    private final CallLog log;
    private final HotlineFunding funding;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final DisplayFormat format;

    HotlineController(CallLog log, HotlineFunding funding, OrganisationRegistry organisations, Regions regions,
            DisplayFormat format) {
        this.log = log;
        this.funding = funding;
        this.organisations = organisations;
        this.regions = regions;
        this.format = format;
    }

    /** The call form as typed: every field text, read by {@link FormFields}. */
    record CallForm(String type, String callerType, String channel, String language, String durationMinutes,
            String region, String country, List<String> topics, String anonymous, String summary, String contact,
            String receivedAt) {

        static CallForm empty() {
            return new CallForm(null, CallerType.UNKNOWN.name(), Channel.PHONE.name(), "ru", null, null, null,
                    List.of(), "true", null, null, null);
        }
    }

    @GetMapping
    String calls(@RequestParam(defaultValue = "ALL") String filter, @RequestParam(defaultValue = "0") int page,
            Model model, Locale locale) {
        CallLog.Filter chosen;
        try {
            chosen = CallLog.Filter.valueOf(filter.strip());
        } catch (IllegalArgumentException e) {
            chosen = CallLog.Filter.ALL;
        }
        model.addAttribute("calls", log.page(chosen, PageRequest.of(Math.max(page, 0), 25)));
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", CallLog.Filter.values());
        model.addAttribute("pagingBase", "/hotline?filter=" + chosen + "&");
        if (!model.containsAttribute("callForm")) {
            model.addAttribute("callForm", CallForm.empty());
        }
        return form(model, locale);
    }

    private String form(Model model, Locale locale) {
        model.addAttribute("noise", CallType.NOISE);
        model.addAttribute("types", CallType.realTypes());
        model.addAttribute("callerTypes", CallerType.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("languages", HotlineCommands.LANGUAGES);
        model.addAttribute("topics", Topic.values());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("countries", CountryCode.all(locale));
        return "hotline/calls";
    }

    @PostMapping("/calls/quick")
    String quick(@RequestParam(required = false) String type, RedirectAttributes redirect) {
        CallType chosen;
        try {
            chosen = CallType.valueOf(type == null ? "" : type.strip());
        } catch (IllegalArgumentException e) {
            chosen = null;
        }
        if (chosen == null || chosen.real()) {
            redirect.addFlashAttribute("failure", "hotline.error.quick-type");
            return "redirect:/hotline";
        }
        long id = log.log(HotlineCommands.CallEntry.quick(chosen));
        redirect.addFlashAttribute("notice", "hotline.logged." + chosen.name());
        redirect.addFlashAttribute("loggedId", id);
        return "redirect:/hotline";
    }

    @PostMapping("/calls")
    String log(@ModelAttribute("callForm") CallForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        CallType type = FormFields.choice(binding, "type", CallType.class, form.type(), "hotline.error.required");
        CallerType caller = FormFields.choice(binding, "callerType", CallerType.class, form.callerType(),
                "hotline.error.required");
        Channel channel = FormFields.choice(binding, "channel", Channel.class, form.channel(),
                "hotline.error.required");
        Long minutes = FormFields.blank(form.durationMinutes()) ? null
                : FormFields.number(binding, "durationMinutes", form.durationMinutes(), "hotline.error.duration");
        RegionCode region = FormFields.blank(form.region()) ? null
                : FormFields.region(binding, "region", form.region(), "hotline.error.required");
        CountryCode country = FormFields.blank(form.country()) ? null
                : FormFields.country(binding, "country", form.country(), "hotline.error.country");
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String topic : form.topics() == null ? List.<String>of() : form.topics()) {
            Topic chosen = FormFields.choice(binding, "topics", Topic.class, topic, "hotline.error.required");
            if (chosen != null) {
                topics.add(chosen);
            }
        }
        Instant receivedAt = null;
        if (!FormFields.blank(form.receivedAt())) {
            try {
                receivedAt = LocalDateTime.parse(form.receivedAt().strip()).atZone(format.zone()).toInstant();
            } catch (DateTimeParseException e) {
                binding.rejectValue("receivedAt", "hotline.error.time");
            }
        }
        HotlineCommands.CallEntry entry = new HotlineCommands.CallEntry(channel, receivedAt, FormFields.blank(form
                .language()) ? null : form.language().strip(), minutes == null ? null : Math.toIntExact(Math.min(
                        minutes, Integer.MAX_VALUE)), caller, form.anonymous() != null, region, country, type, topics,
                form.summary(), form.contact());
        return FormPost.send(binding, Map.of(), redirect, "hotline.logged", () -> {
            long id = log.log(entry);
            redirect.addFlashAttribute("loggedId", id);
            return "/hotline";
        }, () -> {
            model.addAttribute("calls", log.page(CallLog.Filter.ALL, PageRequest.of(0, 25)));
            model.addAttribute("filter", CallLog.Filter.ALL);
            model.addAttribute("filters", CallLog.Filter.values());
            model.addAttribute("pagingBase", "/hotline?filter=ALL&");
            return form(model, locale);
        });
    }

    record FollowUpForm(String type, List<String> topics, String policeUnitId, String victimReference,
            String referralReference, String reason) {
    }

    @GetMapping("/calls/{id}")
    String call(@PathVariable long id, Model model) {
        HotlineViews.CallPage call = log.call(id);
        model.addAttribute("call", call);
        List<OrganisationSummary> units = organisations.active(OrganisationType.POLICE_UNIT).stream().filter(
                unit -> unit.region() == null || call.region() == null || unit.region().equals(call.region()))
                .toList();
        model.addAttribute("units", units);
        model.addAttribute("unit", call.notice() == null ? null : organisations.find(call.notice().policeUnitId())
                .orElse(null));
        model.addAttribute("types", CallType.values());
        model.addAttribute("topics", Topic.values());
        if (!model.containsAttribute("followUpForm")) {
            model.addAttribute("followUpForm", new FollowUpForm(call.type().name(), call.topics().stream().map(
                    Enum::name).toList(), null, null, null, null));
        }
        return "hotline/call";
    }

    @PostMapping("/calls/{id}/type")
    String retype(@PathVariable long id, @ModelAttribute("followUpForm") FollowUpForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        CallType type = FormFields.choice(binding, "type", CallType.class, form.type(), "hotline.error.required");
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String topic : form.topics() == null ? List.<String>of() : form.topics()) {
            Topic chosen = FormFields.choice(binding, "topics", Topic.class, topic, "hotline.error.required");
            if (chosen != null) {
                topics.add(chosen);
            }
        }
        return followUp(id, binding, model, redirect, "hotline.retyped", () -> log.retype(id, type, topics));
    }

    @PostMapping("/calls/{id}/police")
    String notifyPolice(@PathVariable long id, @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Long unit = FormFields.number(binding, "policeUnitId", form.policeUnitId(), "police.error.unit-required");
        return followUp(id, binding, model, redirect, "hotline.police-notified", () -> log.notifyPolice(id, unit));
    }

    @PostMapping("/calls/{id}/victim")
    String identified(@PathVariable long id, @ModelAttribute("followUpForm") FollowUpForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return followUp(id, binding, model, redirect, "hotline.victim-linked", () -> log.identified(id, form
                .victimReference()));
    }

    @PostMapping("/calls/{id}/referral")
    String referred(@PathVariable long id, @ModelAttribute("followUpForm") FollowUpForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return followUp(id, binding, model, redirect, "hotline.referral-linked", () -> log.referred(id, form
                .referralReference()));
    }

    @PostMapping("/calls/{id}/no-action")
    String noAction(@PathVariable long id, @ModelAttribute("followUpForm") FollowUpForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return followUp(id, binding, model, redirect, "hotline.closed", () -> log.noAction(id, form.reason()));
    }

    private String followUp(long id, BindingResult binding, Model model, RedirectAttributes redirect, String notice,
            Runnable step) {
        return FormPost.send(binding, Map.of("hotline.error.followed-up", "type", "hotline.error.already-notified",
                "policeUnitId", "hotline.error.already-linked", "reason", "hotline.error.closed", "reason",
                "hotline.error.no-follow-up", "reason", "police.error.notification-time", "policeUnitId"), redirect,
                notice, () -> {
                    step.run();
                    return "/hotline/calls/" + id;
                }, () -> {
                    model.addAttribute("followUpRefused", true);
                    return call(id, model);
                });
    }

    record FundingForm(String year, String source, String amountKzt, String document, String reason) {
    }

    @GetMapping("/funding")
    String funding(Model model) {
        model.addAttribute("lines", funding.lines());
        model.addAttribute("sources", FundingSource.values());
        model.addAttribute("thisYear", format.today().getYear());
        if (!model.containsAttribute("fundingForm")) {
            model.addAttribute("fundingForm", new FundingForm(Integer.toString(format.today().getYear()), null, null,
                    null, null));
        }
        return "hotline/funding";
    }

    @PostMapping("/funding")
    String recordFunding(@ModelAttribute("fundingForm") FundingForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Long year = FormFields.number(binding, "year", form.year(), "hotline.error.year");
        FundingSource source = FormFields.choice(binding, "source", FundingSource.class, form.source(),
                "hotline.error.required");
        Long amount = FormFields.number(binding, "amountKzt", form.amountKzt() == null ? null : form.amountKzt()
                .replaceAll("[\\s  ]", ""), "hotline.error.amount");
        HotlineCommands.Funding entry = new HotlineCommands.Funding(year == null ? null : Math.toIntExact(Math.min(
                year, Integer.MAX_VALUE)), source, amount, form.document(), form.reason());
        if (!binding.hasErrors()) {
            entry.errors(format.today()).forEach((field, key) -> binding.rejectValue(field, key));
        }
        return FormPost.send(binding, Map.of(), redirect, "hotline.money.recorded", () -> {
            funding.record(entry);
            return "/hotline/funding";
        }, () -> funding(model));
    }
}
