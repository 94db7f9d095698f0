package kz.qorgau.inspections;

import java.util.Map;

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
import kz.qorgau.shared.FeatureException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.FormFields;

/**
 * The police's pages of inspections: the notifications addressed to the unit (awaiting an answer, overdue first;
 * answered), and a notification with the inspection it is about, where the unit answers: registered in ERDR under
 * the case's number, or refused with the reason.
 */
@Controller
@RequestMapping("/inspections/notifications")
class NotificationController {

    private static final Map<String, String> ANSWER_FIELDS = Map.of(
            "police.error.already-answered", "erdrNumber",
            "police.error.other-unit", "erdrNumber");

    private final InspectionDirectory directory;
    private final InspectionNotifications notifications;
    private final OrganisationRegistry organisations;

    NotificationController(InspectionDirectory directory, InspectionNotifications notifications,
            OrganisationRegistry organisations) {
        this.directory = directory;
        this.notifications = notifications;
        this.organisations = organisations;
    }

    @GetMapping
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    String list(@RequestParam(defaultValue = "AWAITING") String filter, @RequestParam(defaultValue = "0") int page,
            Model model) {
        InspectionDirectory.NotificationFilter chosen;
        try {
            chosen = InspectionDirectory.NotificationFilter.valueOf(filter.strip());
        } catch (IllegalArgumentException e) {
            chosen = InspectionDirectory.NotificationFilter.AWAITING;
        }
        var list = directory.notifications(chosen, PageRequest.of(Math.max(page, 0), 25));
        model.addAttribute("notifications", list);
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", InspectionDirectory.NotificationFilter.values());
        model.addAttribute("units", organisations.findAll(list.items().stream()
                .map(InspectionViews.NotificationListItem::policeUnitId).toList()));
        model.addAttribute("pagingBase", "/inspections/notifications?filter=" + chosen + "&");
        return "inspections/notifications";
    }

    @GetMapping("/{id}")
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    String notification(@PathVariable long id, Model model) {
        InspectionViews.NotificationPage page = directory.notification(id);
        model.addAttribute("page", page);
        model.addAttribute("inspection", page.inspection());
        model.addAttribute("unit", organisations.find(page.notification().policeUnitId()).orElse(null));
        if (!model.containsAttribute("registrationForm")) {
            model.addAttribute("registrationForm", new RegistrationForm(null));
        }
        if (!model.containsAttribute("refusalForm")) {
            model.addAttribute("refusalForm", new RefusalForm(null));
        }
        return "inspections/notification";
    }

    /** The ERDR number of the case registered, as typed. */
    record RegistrationForm(String erdrNumber) {
    }

    /** The reason of a refusal, as typed. */
    record RefusalForm(String reason) {
    }

    @PostMapping("/{id}/registration")
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    String registered(@PathVariable long id, @ModelAttribute("registrationForm") RegistrationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        try {
            notifications.registered(id, new InspectionCommands.Registration(form.erdrNumber()));
            redirect.addFlashAttribute("notice", "inspection.answer.recorded");
            return "redirect:/inspections/notifications/" + id;
        } catch (FeatureException e) {
            FormFields.refuse(binding, e, ANSWER_FIELDS);
        }
        model.addAttribute("registrationRefused", true);
        return notification(id, model);
    }

    @PostMapping("/{id}/refusal")
    @Requires(Permission.INSPECTION_NOTIFICATIONS)
    String refused(@PathVariable long id, @ModelAttribute("refusalForm") RefusalForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            notifications.refused(id, new InspectionCommands.Refusal(form.reason()));
            redirect.addFlashAttribute("notice", "inspection.answer.recorded");
            return "redirect:/inspections/notifications/" + id;
        } catch (FeatureException e) {
            FormFields.refuse(binding, e, Map.of("police.error.already-answered", "reason",
                    "police.error.other-unit", "reason"));
        }
        model.addAttribute("refusalRefused", true);
        return notification(id, model);
    }
}
