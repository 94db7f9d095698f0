package kz.qorgau.prevention;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.system.FormPost;

/** The legislation and policy milestones' page: every milestone, latest first, and the form to record one. */
@Controller
@RequestMapping("/prevention/milestones")
@Requires(Permission.PREVENTION)
class MilestoneController {

    private static final String REQUIRED = "prevention.error.required";

    private final Milestones milestones;
    private final DisplayFormat format;

    MilestoneController(Milestones milestones, DisplayFormat format) {
        this.milestones = milestones;
        this.format = format;
    }

    record MilestoneForm(String datedOn, String kind, String titleRu, String titleKk, String titleEn,
            String reference) {
    }

    @GetMapping
    String list(Model model, Locale locale) {
        if (!model.containsAttribute("milestoneForm")) {
            model.addAttribute("milestoneForm", new MilestoneForm(null, null, null, null, null, null));
        }
        return page(model, locale);
    }

    private String page(Model model, Locale locale) {
        model.addAttribute("section", "milestones");
        model.addAttribute("milestones", milestones.all(locale));
        model.addAttribute("kinds", MilestoneKind.values());
        model.addAttribute("today", format.today());
        return "prevention/milestones";
    }

    @PostMapping
    String record(@ModelAttribute("milestoneForm") MilestoneForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        var command = new CampaignCommands.Milestone(FormFields.date(binding, "datedOn", form.datedOn(), REQUIRED),
                FormFields.choice(binding, "kind", MilestoneKind.class, form.kind(), REQUIRED), form.titleRu(), form
                        .titleKk(), form.titleEn(), form.reference());
        FormFields.reject(binding, command.errors(format.today()));
        return FormPost.send(binding, Map.of(), redirect, "milestone.recorded", () -> {
            milestones.record(command);
            return "/prevention/milestones";
        }, () -> page(model, locale));
    }
}
