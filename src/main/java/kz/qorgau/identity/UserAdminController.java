package kz.qorgau.identity;

import java.util.Locale;

import jakarta.validation.Valid;

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

import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.organisations.Regions;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qorgau.organisations.OrganisationSummary;
import kz.qorgau.organisations.OrganisationType;

/** User administration pages. */
@Controller
@RequestMapping("/admin/users")
@Requires(Permission.ADMINISTER_USERS)
class UserAdminController {

    static final int PAGE_SIZE = 20;

    private final Accounts accounts;
    private final OrganisationRegistry organisations;
    private final Regions regions;
    private final SecondFactor secondFactor;

    UserAdminController(Accounts accounts, OrganisationRegistry organisations, Regions regions,
            SecondFactor secondFactor) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.regions = regions;
        this.secondFactor = secondFactor;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Role role,
            @RequestParam(required = false) Long organisation, @RequestParam(required = false) Boolean enabled,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        var search = new UserSearch(q, role, organisation, enabled);
        model.addAttribute("search", search);
        model.addAttribute("users", accounts.search(search, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("roleRequests", accounts.roleRequests());
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", organisations.active());
        model.addAttribute("organisationNames", organisationNames());
        return htmx != null ? "admin/users :: results" : "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model, Locale locale) {
        return form(UserForm.empty(), null, model, locale);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("userForm") UserForm userForm, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (binding.hasErrors()) {
            return form(userForm, null, model, locale);
        }
        try {
            IssuedPassword issued = accounts.create(userForm.username(), userForm.profile(),
                    userForm.roleOverrideReason());
            redirect.addFlashAttribute("temporaryPassword", issued.temporaryPassword());
            redirect.addFlashAttribute("notice", awaitsApproval(issued.user().id())
                    ? "user.created-roles-await-approval"
                    : "user.created");
            return "redirect:/admin/users/" + issued.user().id();
        } catch (RuleViolationException e) {
            reject(binding, e);
            return form(userForm, null, model, locale);
        }
    }

    /**
     * The roles part of the form for the organisation chosen (htmx, when the organisation changes): the roles that
     * fit its type, and the others behind the override.
     */
    @GetMapping("/role-choices")
    String roleChoices(@ModelAttribute("userForm") UserForm userForm, BindingResult binding, Model model) {
        roleChoices(userForm, model);
        return "admin/user :: roles";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model, Locale locale) {
        UserSummary user = accounts.get(id);
        return form(UserForm.of(user), user, model, locale);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("userForm") UserForm userForm, BindingResult binding,
            Model model, RedirectAttributes redirect, Locale locale) {
        UserSummary user = accounts.get(id);
        if (binding.hasErrors()) {
            return form(userForm, user, model, locale);
        }
        try {
            accounts.update(id, userForm.profile(), userForm.roleOverrideReason());
        } catch (RuleViolationException e) {
            reject(binding, e);
            return form(userForm, user, model, locale);
        }
        redirect.addFlashAttribute("notice", awaitsApproval(id) ? "user.roles-await-approval" : "user.saved");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/role-requests/{requestId}/approval")
    String approveRoles(@PathVariable long requestId, @RequestParam long user, RedirectAttributes redirect) {
        return act(user, redirect, "user.roles-approved", () -> accounts.approveRoles(requestId));
    }

    @PostMapping("/role-requests/{requestId}/rejection")
    String rejectRoles(@PathVariable long requestId, @RequestParam long user, RedirectAttributes redirect) {
        return act(user, redirect, "user.roles-rejected", () -> accounts.rejectRoles(requestId));
    }

    @PostMapping("/{id}/second-factor-reset")
    String resetSecondFactor(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "user.second-factor-reset.done", () -> accounts.resetSecondFactor(id));
    }

    private boolean awaitsApproval(long user) {
        return accounts.roleRequests().stream().anyMatch(request -> request.userId() == user);
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "user.disabled", () -> accounts.disable(id));
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "user.enabled", () -> accounts.enable(id));
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "user.unlocked", () -> accounts.unlock(id));
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(@PathVariable long id, RedirectAttributes redirect) {
        IssuedPassword issued = accounts.resetPassword(id);
        redirect.addFlashAttribute("temporaryPassword", issued.temporaryPassword());
        redirect.addFlashAttribute("notice", "user.password-reset");
        return "redirect:/admin/users/" + id;
    }

    private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (RuleViolationException e) {
            redirect.addFlashAttribute("failure", e.messageKey());
        }
        return "redirect:/admin/users/" + id;
    }

    /** A refusal of the roles (they do not fit the organisation) belongs to the roles; others to the whole form. */
    private static void reject(BindingResult binding, RuleViolationException e) {
        if ("user.error.role-misfit".equals(e.messageKey())) {
            binding.rejectValue("roleOverrideReason", e.messageKey(), e.arguments(), null);
        } else {
            binding.reject(e.messageKey(), e.arguments(), null);
        }
    }

    /**
     * Splits the roles for the form: those that fit the type of the chosen organisation, offered plainly, and the
     * others, offered behind the override with its reason (all roles fit while no organisation is chosen).
     */
    private void roleChoices(UserForm userForm, Model model) {
        OrganisationType type = userForm.organisationId() == null ? null
                : organisations.find(userForm.organisationId()).map(OrganisationSummary::type).orElse(null);
        List<Role> fitting = Arrays.stream(Role.values()).filter(role -> type == null || role.fits(type)).toList();
        List<Role> others = Arrays.stream(Role.values()).filter(role -> !fitting.contains(role)).toList();
        model.addAttribute("fittingRoles", fitting);
        model.addAttribute("otherRoles", others);
        model.addAttribute("overrideChosen", userForm.roles() != null
                && userForm.roles().stream().anyMatch(others::contains));
        model.addAttribute("organisationType", type);
    }

    private String form(UserForm userForm, UserSummary user, Model model, Locale locale) {
        // After a failed submission the model already holds the form with its binding result: keep both.
        if (!model.containsAttribute("userForm")) {
            model.addAttribute("userForm", userForm);
        }
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        roleChoices(userForm, model);
        model.addAttribute("organisationNames", organisationNames());
        model.addAttribute("roleOverrides", user == null ? List.of() : accounts.roleOverrides(user.id()));
        model.addAttribute("rolesWithoutOverride", user == null ? Set.of() : accounts.rolesWithoutOverride(user.id()));
        model.addAttribute("roleRequest", user == null ? null : accounts.roleRequests().stream()
                .filter(request -> request.userId() == user.id()).findFirst().orElse(null));
        model.addAttribute("secondFactorEnrolled", user != null && secondFactor.enrolled(user.id()));
        model.addAttribute("organisations", organisations.active());
        model.addAttribute("regions", regions.current(locale));
        if (user != null) {
            model.addAttribute("organisation", organisations.find(user.organisationId()).orElse(null));
        }
        return "admin/user";
    }

    private Map<Long, OrganisationSummary> organisationNames() {
        var names = new HashMap<Long, OrganisationSummary>();
        organisations.active().forEach(organisation -> names.put(organisation.id(), organisation));
        return names;
    }
}
