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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.system.FormPost;

/**
 * The yearly figures' page: a data element's values by year with their revisions, the entries awaiting the user's
 * approval (a colleague's), the form to enter a value or its correction, and the approval.
 */
@Controller
@RequestMapping("/prevention/figures")
@Requires(Permission.AGGREGATES)
class FigureController {

    private final YearlyFigures figures;
    private final Regions regions;
    private final DisplayFormat format;

    FigureController(YearlyFigures figures, Regions regions, DisplayFormat format) {
        this.figures = figures;
        this.regions = regions;
        this.format = format;
    }

    /** The entry form as typed: every field text, read by {@link FormFields}. */
    record EntryForm(String element, String year, String region, String sex, String age, String value,
            String document, String reason) {
    }

    @GetMapping
    String figures(@RequestParam(defaultValue = "POLICE_OFFICERS") String element, Model model, Locale locale) {
        DataElement chosen;
        try {
            chosen = DataElement.valueOf(element.strip());
        } catch (IllegalArgumentException e) {
            chosen = DataElement.POLICE_OFFICERS;
        }
        if (!model.containsAttribute("entryForm")) {
            model.addAttribute("entryForm", new EntryForm(chosen.name(), Integer.toString(format.today().getYear()
                    - 1), null, null, null, null, null, null));
        }
        return page(chosen, model, locale);
    }

    private String page(DataElement element, Model model, Locale locale) {
        model.addAttribute("element", element);
        model.addAttribute("elements", DataElement.values());
        model.addAttribute("figures", figures.of(element));
        model.addAttribute("awaiting", figures.awaiting());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("sexes", FigureCommands.SEXES);
        model.addAttribute("ages", FigureCommands.AGES);
        model.addAttribute("thisYear", format.today().getYear());
        return "prevention/figures";
    }

    @PostMapping
    String enter(@ModelAttribute("entryForm") EntryForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        DataElement element = FormFields.choice(binding, "element", DataElement.class, form.element(),
                "figure.error.required");
        Long year = FormFields.number(binding, "year", form.year(), "figure.error.required");
        RegionCode region = FormFields.blank(form.region()) ? null
                : FormFields.region(binding, "region", form.region(), "figure.error.required");
        Long value = FormFields.number(binding, "value", form.value() == null ? null : form.value().replaceAll(
                "[\\s  ]", ""), "figure.error.value");
        FigureCommands.Entry entry = new FigureCommands.Entry(element, year == null ? null : Math.toIntExact(Math.min(
                year, 9_999)), region, FormFields.blank(form.sex()) ? null : form.sex(), FormFields.blank(form.age())
                        ? null : form.age(), value, form.document(), form.reason());
        if (!binding.hasErrors()) {
            entry.errors(format.today()).forEach((field, key) -> binding.rejectValue(field, key));
        }
        DataElement shown = element == null ? DataElement.POLICE_OFFICERS : element;
        return FormPost.send(binding, Map.of("figure.error.pending", "value"), redirect, "figure.entered", () -> {
            figures.enter(entry);
            return "/prevention/figures?element=" + shown;
        }, () -> page(shown, model, locale));
    }

    @PostMapping("/{id}/approval")
    String approve(@PathVariable long id, @RequestParam(defaultValue = "POLICE_OFFICERS") String element,
            RedirectAttributes redirect) {
        try {
            figures.approve(id);
            redirect.addFlashAttribute("notice", "figure.approved");
        } catch (RuleViolationException e) {
            // approving one's own entry, or one approved meanwhile: said on the page, nothing changed
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        DataElement shown;
        try {
            shown = DataElement.valueOf(element);
        } catch (IllegalArgumentException e) {
            shown = DataElement.POLICE_OFFICERS;
        }
        return "redirect:/prevention/figures?element=" + shown;
    }
}
