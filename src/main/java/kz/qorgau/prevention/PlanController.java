package kz.qorgau.prevention;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.system.FormPost;

/**
 * The National Action Plan's pages: the plans with their items' counts by status and the form to adopt one; a plan's
 * dashboard per responsible body, its items with their status and reports, and the forms to add an item and to report
 * on one.
 */
@Controller
@RequestMapping("/prevention/plans")
@Requires(Permission.PREVENTION)
class PlanController {

    private static final String REQUIRED = "prevention.error.required";

    private final ActionPlan plan;
    private final ActionPlans plans;
    private final DisplayFormat format;

    PlanController(ActionPlan plan, ActionPlans plans, DisplayFormat format) {
        this.plan = plan;
        this.plans = plans;
        this.format = format;
    }

    record PlanForm(String titleRu, String titleKk, String titleEn, String firstYear, String lastYear) {
    }

    record ItemForm(String number, String textRu, String textKk, String textEn, String responsible,
            String coResponsible, String deadline, String indicator, String target) {
    }

    record ReportForm(String item, String period, String state, String progress, String evidence, String reason) {
    }

    @GetMapping
    String list(Model model, Locale locale) {
        if (!model.containsAttribute("planForm")) {
            model.addAttribute("planForm", new PlanForm(null, null, null, null, null));
        }
        return listPage(model, locale);
    }

    private String listPage(Model model, Locale locale) {
        model.addAttribute("section", "plans");
        model.addAttribute("plans", plans.all(locale));
        model.addAttribute("statuses", PlanStatus.values());
        return "prevention/plans";
    }

    @PostMapping
    String adopt(@ModelAttribute("planForm") PlanForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        var command = new PlanCommands.Plan(form.titleRu(), form.titleKk(), form.titleEn(), year(binding, "firstYear",
                form.firstYear()), year(binding, "lastYear", form.lastYear()));
        FormFields.reject(binding, command.errors());
        return FormPost.send(binding, Map.of(), redirect, "plan.adopted", () -> "/prevention/plans/" + plan.adopt(
                command), () -> listPage(model, locale));
    }

    @GetMapping("/{id}")
    String page(@PathVariable long id, Model model, Locale locale) {
        return planPage(id, model, locale);
    }

    private String planPage(long id, Model model, Locale locale) {
        model.addAttribute("section", "plans");
        model.addAttribute("page", plans.page(id, locale));
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("reportable", new PlanStatus[]{ PlanStatus.IN_PROGRESS, PlanStatus.DONE,
                PlanStatus.DROPPED });
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", new ItemForm(null, null, null, null, null, null, null, null, null));
        }
        if (!model.containsAttribute("reportForm")) {
            model.addAttribute("reportForm", new ReportForm(null, Integer.toString(format.today().getYear()), null,
                    null, null, null));
        }
        return "prevention/plan";
    }

    @PostMapping("/{id}/items")
    String add(@PathVariable long id, @ModelAttribute("itemForm") ItemForm form, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        var command = new PlanCommands.Item(form.number(), form.textRu(), form.textKk(), form.textEn(), form
                .responsible(), form.coResponsible(), FormFields.date(binding, "deadline", form.deadline(), REQUIRED),
                form.indicator(), form.target());
        FormFields.reject(binding, command.errors());
        return FormPost.send(binding, Map.of(), redirect, "plan.item-added", () -> {
            plan.add(id, command);
            return "/prevention/plans/" + id;
        }, () -> planPage(id, model, locale));
    }

    @PostMapping("/{id}/reports")
    String report(@PathVariable long id, @ModelAttribute("reportForm") ReportForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        var command = new PlanCommands.Report(FormFields.number(binding, "item", form.item(), REQUIRED), year(binding,
                "period", form.period()), FormFields.choice(binding, "state", PlanStatus.class, form.state(),
                        REQUIRED), form.progress(), form.evidence(), form.reason());
        FormFields.reject(binding, command.errors(format.today()));
        return FormPost.send(binding, Map.of(), redirect, "plan.reported", () -> {
            plan.report(id, command);
            return "/prevention/plans/" + id;
        }, () -> planPage(id, model, locale));
    }

    private static Integer year(BindingResult binding, String field, String value) {
        Long year = FormFields.number(binding, field, value, REQUIRED);
        if (year != null && (year < 1991 || year > 2100)) {
            binding.rejectValue(field, "plan.error.year");
            return null;
        }
        return year == null ? null : year.intValue();
    }
}
