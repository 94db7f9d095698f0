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

import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Requires;
import kz.qorgau.system.DisplayFormat;
import kz.qorgau.system.FormFields;
import kz.qorgau.system.FormPost;

/**
 * The coordination bodies' pages: the list with the form to create a body, and a body's page with its members over
 * time, its meetings and their tasks, and the forms to record a join, a departure, a meeting, a task and its closing.
 */
@Controller
@RequestMapping("/prevention/coordination")
@Requires(Permission.PREVENTION)
class CoordinationController {

    private static final String REQUIRED = "prevention.error.required";

    private final Coordination coordination;
    private final CoordinationBodies bodies;
    private final Regions regions;
    private final DisplayFormat format;

    CoordinationController(Coordination coordination, CoordinationBodies bodies, Regions regions,
            DisplayFormat format) {
        this.coordination = coordination;
        this.bodies = bodies;
        this.regions = regions;
        this.format = format;
    }

    record BodyForm(String kind, String nameRu, String nameKk, String nameEn, String lead, String region,
            String createdOn) {
    }

    record MemberForm(String organisation, String joinedOn) {
    }

    record LeaveForm(String membership, String leftOn) {
    }

    record MeetingForm(String heldOn, String attendees, String agenda, String decisions) {
    }

    record TaskForm(String meeting, String task, String owner, String dueOn) {
    }

    record ClosingForm(String closeTask, String closedAs, String closedOn, String closeNote) {
    }

    @GetMapping
    String list(Model model, Locale locale) {
        if (!model.containsAttribute("bodyForm")) {
            model.addAttribute("bodyForm", new BodyForm(null, null, null, null, null, null, null));
        }
        return listPage(model, locale);
    }

    private String listPage(Model model, Locale locale) {
        model.addAttribute("section", "coordination");
        model.addAttribute("bodies", bodies.all(locale));
        model.addAttribute("kinds", BodyKind.values());
        model.addAttribute("regions", regions.current(locale));
        model.addAttribute("today", format.today());
        return "prevention/coordination";
    }

    @PostMapping
    String create(@ModelAttribute("bodyForm") BodyForm form, BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        BodyKind kind = FormFields.choice(binding, "kind", BodyKind.class, form.kind(), REQUIRED);
        RegionCode region = FormFields.blank(form.region()) ? null
                : FormFields.region(binding, "region", form.region(), REQUIRED);
        var command = new CoordinationCommands.NewBody(kind, form.nameRu(), form.nameKk(), form.nameEn(), form.lead(),
                region, FormFields.date(binding, "createdOn", form.createdOn(), REQUIRED));
        FormFields.reject(binding, command.errors(format.today()));
        return FormPost.send(binding, Map.of(), redirect, "coordination.created", () -> "/prevention/coordination/"
                + coordination.create(command), () -> listPage(model, locale));
    }

    @GetMapping("/{id}")
    String body(@PathVariable long id, Model model, Locale locale) {
        return bodyPage(id, model, locale);
    }

    private String bodyPage(long id, Model model, Locale locale) {
        model.addAttribute("section", "coordination");
        model.addAttribute("page", bodies.page(id, locale));
        model.addAttribute("statuses", new TaskStatus[]{ TaskStatus.DONE, TaskStatus.DROPPED });
        model.addAttribute("today", format.today());
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new MemberForm(null, null));
        }
        if (!model.containsAttribute("leaveForm")) {
            model.addAttribute("leaveForm", new LeaveForm(null, null));
        }
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", new MeetingForm(null, null, null, null));
        }
        if (!model.containsAttribute("taskForm")) {
            model.addAttribute("taskForm", new TaskForm(null, null, null, null));
        }
        if (!model.containsAttribute("closingForm")) {
            model.addAttribute("closingForm", new ClosingForm(null, null, null, null));
        }
        return "prevention/body";
    }

    @PostMapping("/{id}/members")
    String join(@PathVariable long id, @ModelAttribute("memberForm") MemberForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        var command = new CoordinationCommands.Join(form.organisation(), FormFields.date(binding, "joinedOn", form
                .joinedOn(), REQUIRED));
        FormFields.reject(binding, command.errors(format.today()));
        return FormPost.send(binding, Map.of(), redirect, "coordination.joined", () -> {
            coordination.join(id, command);
            return "/prevention/coordination/" + id;
        }, () -> bodyPage(id, model, locale));
    }

    @PostMapping("/{id}/departures")
    String leave(@PathVariable long id, @ModelAttribute("leaveForm") LeaveForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        var command = new CoordinationCommands.Leave(FormFields.number(binding, "membership", form.membership(),
                REQUIRED), FormFields.date(binding, "leftOn", form.leftOn(), REQUIRED));
        FormFields.reject(binding, command.errors(format.today()));
        return FormPost.send(binding, Map.of(), redirect, "coordination.left", () -> {
            coordination.leave(id, command);
            return "/prevention/coordination/" + id;
        }, () -> bodyPage(id, model, locale));
    }

    @PostMapping("/{id}/meetings")
    String meet(@PathVariable long id, @ModelAttribute("meetingForm") MeetingForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        var command = new CoordinationCommands.Meeting(FormFields.date(binding, "heldOn", form.heldOn(), REQUIRED),
                form.attendees(), form.agenda(), form.decisions());
        FormFields.reject(binding, command.errors(format.today()));
        return FormPost.send(binding, Map.of(), redirect, "coordination.met", () -> {
            coordination.meet(id, command);
            return "/prevention/coordination/" + id;
        }, () -> bodyPage(id, model, locale));
    }

    @PostMapping("/{id}/tasks")
    String assign(@PathVariable long id, @ModelAttribute("taskForm") TaskForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        var command = new CoordinationCommands.Task(FormFields.number(binding, "meeting", form.meeting(), REQUIRED),
                form.task(), form.owner(), FormFields.date(binding, "dueOn", form.dueOn(), REQUIRED));
        FormFields.reject(binding, command.errors());
        return FormPost.send(binding, Map.of(), redirect, "coordination.assigned", () -> {
            coordination.assign(id, command);
            return "/prevention/coordination/" + id;
        }, () -> bodyPage(id, model, locale));
    }

    @PostMapping("/{id}/closings")
    String close(@PathVariable long id, @ModelAttribute("closingForm") ClosingForm form, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        var command = new CoordinationCommands.Closing(FormFields.number(binding, "closeTask", form.closeTask(),
                REQUIRED), FormFields.choice(binding, "closedAs", TaskStatus.class, form.closedAs(), REQUIRED),
                FormFields.date(binding, "closedOn", form.closedOn(), REQUIRED), form.closeNote());
        FormFields.reject(binding, command.errors(format.today()));
        return FormPost.send(binding, Map.of("coordination.error.closed", "closeTask"), redirect,
                "coordination.closed", () -> {
                    coordination.close(id, command);
                    return "/prevention/coordination/" + id;
                }, () -> bodyPage(id, model, locale));
    }
}
