package kz.qorgau.agencies;

import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.system.FormPost;

/**
 * Informal intermediaries: the list (most reported first, or the one a reference, BIN or exact name finds), an
 * intermediary's page with its reports, and the form to report one, from a complaint of the register or from an
 * inspection, a case or a call by its reference.
 */
@Controller
@RequestMapping("/agencies/intermediaries")
@Requires(Permission.AGENCIES)
class IntermediaryController {

    private final IntermediaryBook book;
    private final Regions regions;
    private final DisplayFormat format;

    IntermediaryController(IntermediaryBook book, Regions regions, DisplayFormat format) {
        this.book = book;
        this.regions = regions;
        this.format = format;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        model.addAttribute("intermediaries", book.page(q, PageRequest.of(Math.max(page, 0), 25)));
        model.addAttribute("q", q);
        return htmx != null ? "agencies/intermediaries :: results" : "agencies/intermediaries";
    }

    /** The report form as typed: every field text, read by {@link FormFields}. */
    record ReportForm(String kind, String bin, String name, String reportedOn, String source, String complaintId,
            String sourceReference, List<String> activities, String region) {
    }

    @GetMapping("/new")
    String newReport(@RequestParam(required = false) Long complaint, Model model, Locale locale) {
        return form(new ReportForm(null, null, null, format.today().toString(), complaint == null ? null
                : ReportSource.COMPLAINT.name(), complaint == null ? null : complaint.toString(), null, List.of(),
                null), model, locale);
    }

    @PostMapping
    String report(@ModelAttribute("reportForm") ReportForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        IntermediaryKind kind = FormFields.choice(binding, "kind", IntermediaryKind.class, form.kind(),
                "agency.error.required");
        LocalDate reportedOn = FormFields.date(binding, "reportedOn", form.reportedOn(), "agency.error.required");
        ReportSource source = FormFields.choice(binding, "source", ReportSource.class, form.source(),
                "agency.error.required");
        Long complaint = FormFields.blank(form.complaintId()) ? null
                : FormFields.number(binding, "sourceReference", form.complaintId(),
                        "intermediary.error.source-not-found");
        Set<IntermediaryActivity> activities = EnumSet.noneOf(IntermediaryActivity.class);
        for (String activity : form.activities() == null ? List.<String>of() : form.activities()) {
            IntermediaryActivity chosen = FormFields.choice(binding, "activities", IntermediaryActivity.class,
                    activity, "intermediary.error.activities");
            if (chosen != null) {
                activities.add(chosen);
            }
        }
        RegionCode region = FormFields.blank(form.region()) ? null
                : FormFields.region(binding, "region", form.region(), "agency.error.required");
        AgencyCommands.IntermediaryReport report = new AgencyCommands.IntermediaryReport(kind, form.bin(), form
                .name(), reportedOn, source, complaint, form.sourceReference(), activities, region);
        if (!binding.hasErrors()) {
            report.errors(format.today()).forEach((field, key) -> binding.rejectValue(field, key));
        }
        return FormPost.send(binding, Map.of(), redirect, "intermediary.reported",
                () -> "/agencies/intermediaries/" + book.report(report), () -> form(form, model, locale));
    }

    private String form(ReportForm form, Model model, Locale locale) {
        model.addAttribute("reportForm", form);
        model.addAttribute("kinds", IntermediaryKind.values());
        model.addAttribute("sources", ReportSource.values());
        model.addAttribute("activities", IntermediaryActivity.values());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("today", format.today());
        return "agencies/report";
    }

    @GetMapping("/{id}")
    String intermediary(@PathVariable long id, Model model) {
        model.addAttribute("intermediary", book.intermediary(id));
        return "agencies/intermediary";
    }
}
