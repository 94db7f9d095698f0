package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonId;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;
import kz.qorgau.system.FormPost;

/** International cooperation: the list, a new request, a request with its steps. */
@Controller
@RequestMapping("/cooperation")
@Requires(Permission.OPERATIONS)
class CooperationController {

    private final InternationalCooperation cooperation;
    private final PersonRegistry persons;
    private final Today today;

    CooperationController(InternationalCooperation cooperation, PersonRegistry persons, Today today) {
        this.cooperation = cooperation;
        this.persons = persons;
        this.today = today;
    }

    @GetMapping
    String list(@RequestParam(required = false) CooperationKind kind,
            @RequestParam(required = false) CooperationDirection direction,
            @RequestParam(required = false) CooperationStatus status,
            @RequestParam(required = false) @PlausibleYear Integer year,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal QorgauUser user, Model model) {
        InternationalCooperation.Search search = new InternationalCooperation.Search(kind, direction, status, year);
        model.addAttribute("search", search);
        model.addAttribute("requests", cooperation.search(search, PageRequest.of(Math.max(page, 0), 25)));
        model.addAttribute("kinds", CooperationKind.values());
        model.addAttribute("directions", CooperationDirection.values());
        model.addAttribute("statuses", CooperationStatus.values());
        model.addAttribute("years", IntStream.rangeClosed(2015, today.year().getValue()).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("mayWrite", mayWrite(user));
        return "cases/cooperation-list";
    }

    @Requires(Permission.COOPERATION_RECORD)
    @GetMapping("/new")
    String newRequest(@RequestParam(required = false) Long person, Model model, Locale locale) {
        return form(new InternationalCooperation.NewRequest(CooperationKind.EXTRADITION, CooperationDirection.INCOMING,
                "", person, "", today.date()), model, locale);
    }

    @Requires(Permission.COOPERATION_RECORD)
    @PostMapping
    String open(@ModelAttribute("requestForm") InternationalCooperation.NewRequest requestForm, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        return FormPost.send(binding, RuleViolationException.class, redirect, "cooperation.saved",
                () -> "/cooperation/" + cooperation.open(requestForm).id(),
                () -> form(requestForm, model, locale));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal QorgauUser user, Model model) {
        CaseViews.CooperationView request = cooperation.get(id);
        model.addAttribute("request", request);
        model.addAttribute("caseErdr", cooperation.erdrOf(request.caseId()));
        if (request.personId() != null && persons.mayWorkWithPersons(user)) {
            model.addAttribute("person", persons.summaries(List.of(new PersonId(request.personId())))
                    .get(new PersonId(request.personId())));
        }
        model.addAttribute("steps", steps(request));
        model.addAttribute("mayWrite", mayWrite(user));
        model.addAttribute("today", today.date());
        return "cases/cooperation";
    }

    @Requires(Permission.COOPERATION_RECORD)
    @PostMapping("/{id}/steps")
    String advance(@PathVariable long id, @RequestParam InternationalCooperation.Step step,
            @RequestParam(required = false) LocalDate on, RedirectAttributes redirect) {
        try {
            cooperation.advance(id, step, on);
            redirect.addFlashAttribute("notice", "cooperation.saved");
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/cooperation/" + id;
    }

    private String form(InternationalCooperation.NewRequest form, Model model, Locale locale) {
        if (!model.containsAttribute("requestForm")) {
            model.addAttribute("requestForm", form);
        }
        if (form.personId() != null) {
            model.addAttribute("person", persons.summary(new PersonId(form.personId())));
        }
        model.addAttribute("kinds", CooperationKind.values());
        model.addAttribute("directions", CooperationDirection.values());
        model.addAttribute("countries", CountryCode.all(locale).stream().filter(c -> !c.equals(CountryCode.KAZAKHSTAN))
                .toList());
        return "cases/cooperation-new";
    }

    static List<InternationalCooperation.Step> steps(CaseViews.CooperationView request) {
        return switch (request.status()) {
            case REQUESTED -> List.of(InternationalCooperation.Step.GRANTED,
                    InternationalCooperation.Step.REFUSED, InternationalCooperation.Step.WITHDRAWN);
            case GRANTED -> List.of(InternationalCooperation.Step.EXECUTED,
                    InternationalCooperation.Step.WITHDRAWN);
            default -> List.of();
        };
    }

    private static boolean mayWrite(QorgauUser user) {
        return user.may(Permission.COOPERATION_RECORD);
    }
}
