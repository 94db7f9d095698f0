package kz.qorgau.hotline;

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
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.FormPost;

/**
 * The police's pages of the hotline: the notifications addressed to the unit (awaiting an answer, overdue first;
 * answered), and a notified call as the hotline sent it, where the unit answers: registered in ERDR under the case's
 * number, or refused with the reason.
 */
@Controller
@RequestMapping("/hotline/notifications")
@Requires(Permission.HOTLINE_NOTIFICATIONS)
class CallNotificationController {

    private static final Map<String, String> ANSWER_FIELDS = Map.of("police.error.already-answered", "erdrNumber",
            "police.error.other-unit", "erdrNumber");

    private final CallNotifications notifications;
    private final OrganisationRegistry organisations;

    CallNotificationController(CallNotifications notifications, OrganisationRegistry organisations) {
        this.notifications = notifications;
        this.organisations = organisations;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "AWAITING") String filter, @RequestParam(defaultValue = "0") int page,
            Model model) {
        CallNotifications.Filter chosen;
        try {
            chosen = CallNotifications.Filter.valueOf(filter.strip());
        } catch (IllegalArgumentException e) {
            chosen = CallNotifications.Filter.AWAITING;
        }
        var list = notifications.page(chosen, PageRequest.of(Math.max(page, 0), 25));
        model.addAttribute("notifications", list);
        model.addAttribute("filter", chosen);
        model.addAttribute("filters", CallNotifications.Filter.values());
        model.addAttribute("units", organisations.findAll(list.items().stream().map(
                HotlineViews.NotificationRow::policeUnitId).toList()));
        model.addAttribute("pagingBase", "/hotline/notifications?filter=" + chosen + "&");
        return "hotline/notifications";
    }

    record AnswerForm(String erdrNumber, String reason) {
    }

    @GetMapping("/{id}")
    String notification(@PathVariable long id, Model model) {
        HotlineViews.NotificationPage page = notifications.notification(id);
        model.addAttribute("page", page);
        model.addAttribute("unit", organisations.find(page.notice().policeUnitId()).orElse(null));
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute("answerForm", new AnswerForm(null, null));
        }
        return "hotline/notification";
    }

    @PostMapping("/{id}/registered")
    String registered(@PathVariable long id, @ModelAttribute("answerForm") AnswerForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormPost.send(binding, ANSWER_FIELDS, redirect, "hotline.answer.recorded", () -> {
            notifications.registered(id, form.erdrNumber());
            return "/hotline/notifications/" + id;
        }, () -> notification(id, model));
    }

    @PostMapping("/{id}/refused")
    String refused(@PathVariable long id, @ModelAttribute("answerForm") AnswerForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormPost.send(binding, Map.of("police.error.already-answered", "reason", "police.error.other-unit",
                "reason"), redirect, "hotline.answer.recorded", () -> {
                    notifications.refused(id, form.reason());
                    return "/hotline/notifications/" + id;
                }, () -> notification(id, model));
    }
}
