package kz.qorgau.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

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
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.PlausibleYear;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import kz.qorgau.shared.Today;
import kz.qorgau.system.FormPost;

/** Special operations: list, record, show and edit. */
@Controller
@RequestMapping("/operations")
@Requires(Permission.OPERATIONS)
class OperationController {

    static final Set<OrganisationType> PARTNER_TYPES = Set.of(OrganisationType.NGO, OrganisationType.SHELTER,
            OrganisationType.HOTLINE, OrganisationType.INTERNATIONAL_ORGANISATION);

    private final SpecialOperations operations;
    private final Regions regions;
    private final OrganisationRegistry organisations;
    private final Today today;

    OperationController(SpecialOperations operations, Regions regions, OrganisationRegistry organisations,
            Today today) {
        this.operations = operations;
        this.regions = regions;
        this.organisations = organisations;
        this.today = today;
    }

    /** The operation form; resulting cases as ERDR numbers separated by commas, spaces or lines. */
    record OperationForm(String name, LocalDate startedOn, LocalDate endedOn, Set<String> regions, Set<Long> partners,
            Set<VenueKind> venues, Integer personsInterviewed, Integer potentialVictimsFound, String resultingCases) {

        SpecialOperations.OperationDetails details() {
            List<String> erdrs = resultingCases == null ? List.of()
                    : Stream.of(resultingCases.split("[,;\\s]+")).filter(value -> !value.isBlank()).toList();
            return new SpecialOperations.OperationDetails(name, startedOn, endedOn, regions, partners, venues,
                    personsInterviewed, potentialVictimsFound, erdrs);
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) @PlausibleYear Integer year, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal QorgauUser user, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("years", IntStream.rangeClosed(2015, today.year().getValue()).boxed()
                .sorted(Comparator.reverseOrder()).toList());
        model.addAttribute("operations", operations.list(year, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("mayRecord", user.may(Permission.OPERATIONS_RECORD));
        return "cases/operations";
    }

    @Requires(Permission.OPERATIONS_RECORD)
    @GetMapping("/new")
    String newOperation(Model model, Locale locale) {
        return form(new OperationForm("", today.date(), null, Set.of(), Set.of(), Set.of(), 0, 0, ""), null,
                model, locale);
    }

    @Requires(Permission.OPERATIONS_RECORD)
    @PostMapping
    String create(@ModelAttribute("operationForm") OperationForm operationForm, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        return FormPost.send(binding, RuleViolationException.class, redirect, "operation.saved",
                () -> "/operations/" + operations.plan(operationForm.details()).id(),
                () -> form(operationForm, null, model, locale));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal QorgauUser user, Model model, Locale locale) {
        CaseViews.OperationView operation = operations.get(id);
        var visible = operations.visibleCases(operation.cases());
        OperationForm form = new OperationForm(operation.name(), operation.startedOn(), operation.endedOn(),
                operation.regions().stream().map(RegionCode::value).collect(Collectors.toSet()), operation.partners(),
                operation.venues(), operation.personsInterviewed(), operation.potentialVictimsFound(),
                String.join(", ", visible.values()));
        model.addAttribute("resultingCases", visible);
        model.addAttribute("hiddenCases", operation.cases().size() - visible.size());
        model.addAttribute("mayEdit", user.may(Permission.OPERATIONS_RECORD));
        return form(form, operation, model, locale);
    }

    @Requires(Permission.OPERATIONS_RECORD)
    @PostMapping("/{id}")
    String update(@PathVariable long id, @ModelAttribute("operationForm") OperationForm operationForm,
            BindingResult binding, Model model, Locale locale,
            RedirectAttributes redirect) {
        CaseViews.OperationView operation = operations.get(id);
        return FormPost.send(binding, RuleViolationException.class, redirect, "operation.saved", () -> {
            operations.update(id, operationForm.details());
            return "/operations/" + id;
        }, () -> {
            model.addAttribute("resultingCases", operations.visibleCases(operation.cases()));
            model.addAttribute("hiddenCases", 0);
            model.addAttribute("mayEdit", true);
            return form(operationForm, operation, model, locale);
        });
    }

    private String form(OperationForm form, CaseViews.OperationView operation, Model model, Locale locale) {
        if (!model.containsAttribute("operationForm")) {
            model.addAttribute("operationForm", form);
        }
        model.addAttribute("operation", operation);
        model.addAttribute("regions", regions.current(locale));
        List<OrganisationSummary> partners = new ArrayList<>(organisations.active().stream()
                .filter(organisation -> PARTNER_TYPES.contains(organisation.type())).toList());
        model.addAttribute("partnerOrganisations", partners);
        model.addAttribute("venueKinds", VenueKind.values());
        if (!model.containsAttribute("mayEdit")) {
            model.addAttribute("mayEdit", true);
        }
        return "cases/operation";
    }
}
