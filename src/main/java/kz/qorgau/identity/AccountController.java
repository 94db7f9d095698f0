package kz.qorgau.identity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.shared.RuleViolationException;
import kz.qorgau.shared.Permission;
import kz.qorgau.shared.Requires;

/** The signed-in user's own account: profile, password, personal access tokens. */
@Controller
@Requires(Permission.OWN_ACCOUNT)
class AccountController {

    private final Accounts accounts;
    private final PersonalAccessTokens tokens;
    private final OrganisationRegistry organisations;

    AccountController(Accounts accounts, PersonalAccessTokens tokens, OrganisationRegistry organisations) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.organisations = organisations;
    }

    record PasswordForm(@NotBlank(message = "{password.error.current-required}") String currentPassword,
            @NotBlank(message = "{password.error.too-short}") String newPassword,
            @NotBlank(message = "{password.error.confirm-required}") String confirmPassword) {
    }

    record TokenForm(@NotBlank(message = "{token.error.name-required}") String name, Integer validityDays) {
    }

    @GetMapping("/account")
    String account(@AuthenticationPrincipal QorgauUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("organisation", organisations.find(user.organisationId()).orElse(null));
        model.addAttribute("tokens", tokens.of());
        model.addAttribute("validityDays", PersonalAccessTokens.VALIDITY_DAYS.stream().sorted().toList());
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm("", 90));
        }
        return "account/account";
    }

    @GetMapping("/account/password")
    String passwordForm(@AuthenticationPrincipal QorgauUser user, Model model) {
        model.addAttribute("passwordForm", new PasswordForm("", "", ""));
        model.addAttribute("mustChange", user.mustChangePassword());
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@AuthenticationPrincipal QorgauUser user, @Valid @ModelAttribute PasswordForm passwordForm,
            BindingResult binding, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        if (!binding.hasErrors() && !passwordForm.newPassword().equals(passwordForm.confirmPassword())) {
            binding.rejectValue("confirmPassword", "password.error.mismatch");
        }
        if (!binding.hasErrors()) {
            List<String> violations = accounts.changeOwnPassword(user.getUsername(), passwordForm.currentPassword(),
                    passwordForm.newPassword());
            for (String violation : violations) {
                binding.rejectValue(violation.equals("password.error.current-wrong") ? "currentPassword"
                        : "newPassword", violation);
            }
        }
        if (binding.hasErrors()) {
            model.addAttribute("mustChange", user.mustChangePassword());
            model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
            return "account/password";
        }
        refreshPrincipal(user.getUsername(), request, response);
        redirect.addFlashAttribute("notice", "password.changed");
        return "redirect:/account";
    }

    @PostMapping("/account/tokens")
    String createToken(@AuthenticationPrincipal QorgauUser user, @Valid @ModelAttribute TokenForm tokenForm,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                var issued = tokens.issue(tokenForm.name(),
                        tokenForm.validityDays() == null ? 0 : tokenForm.validityDays());
                redirect.addFlashAttribute("issuedToken", issued.token());
                redirect.addFlashAttribute("issuedTokenName", issued.summary().name());
                return "redirect:/account#tokens";
            } catch (RuleViolationException e) {
                binding.reject(e.messageKey());
            }
        }
        return account(user, model);
    }

    @PostMapping("/account/tokens/{id}/revoke")
    String revokeToken(@PathVariable long id, RedirectAttributes redirect) {
        tokens.revoke(id);
        redirect.addFlashAttribute("notice", "token.revoked");
        return "redirect:/account#tokens";
    }

    /** After a password change the session's principal must no longer demand one. */
    private void refreshPrincipal(String username, HttpServletRequest request, HttpServletResponse response) {
        accounts.principal(username).ifPresent(fresh -> {
            fresh.eraseCredentials();
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
                    fresh.getAuthorities()));
            SecurityContextHolder.setContext(context);
            new HttpSessionSecurityContextRepository().saveContext(context, request, response);
        });
    }
}
