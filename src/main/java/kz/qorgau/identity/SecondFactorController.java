package kz.qorgau.identity;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import kz.qorgau.system.Languages;
import kz.qorgau.system.LocalPaths;
import java.time.format.DateTimeFormatter;
import kz.qorgau.system.DisplayFormat;
import org.springframework.security.access.AccessDeniedException;

/**
 * The second step of signing in: the authenticator's code (or a recovery code), or, at the first
 * login of someone who must have one, the enrolment of an authenticator and the recovery codes shown once.
 * Reached only with a {@link SignInInProgress}; the full sign-in starts a new session id.
 */
@Controller
class SecondFactorController {

    static final String PENDING_SECRET = SecondFactorController.class.getName() + ".SECRET";
    static final String RECOVERY_CODES = SecondFactorController.class.getName() + ".CODES";
    static final String NEXT = SecondFactorController.class.getName() + ".NEXT";

    private final SecondFactor secondFactor;
    private final Accounts accounts;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache requests = new HttpSessionRequestCache();

    private final DateTimeFormatter time;

    SecondFactorController(SecondFactor secondFactor, Accounts accounts, DisplayFormat format) {
        this.secondFactor = secondFactor;
        this.accounts = accounts;
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(format.zone());
    }

    @GetMapping("/login/second-factor")
    String codeForm() {
        Optional<SignInInProgress.Pending> pending = SignInInProgress.current();
        if (pending.isEmpty()) {
            return "redirect:/";
        }
        if (!secondFactor.enrolled(pending.get().userId())) {
            return "redirect:/login/second-factor/enrolment";
        }
        return "login/second-factor";
    }

    @PostMapping("/login/second-factor")
    String code(@RequestParam(defaultValue = "") String code, HttpServletRequest request, HttpServletResponse response,
            Model model) throws IOException {
        Optional<SignInInProgress.Pending> pending = SignInInProgress.current();
        if (pending.isEmpty()) {
            return "redirect:/";
        }
        if (secondFactor.verify(pending.get().userId(), pending.get().username(), code)) {
            return complete(pending.get(), request, response);
        }
        accounts.loginFailed(pending.get().username(), "bad-second-factor");
        if (accounts.lockState(pending.get().username()).isPresent()) {
            return abandon(request, response, pending.get().username());
        }
        model.addAttribute("codeError", "second-factor.error.wrong-code");
        return "login/second-factor";
    }

    @GetMapping("/login/second-factor/enrolment")
    String enrolmentForm(HttpSession session, Model model) {
        Optional<SignInInProgress.Pending> pending = SignInInProgress.current();
        if (pending.isEmpty()) {
            return "redirect:/";
        }
        if (secondFactor.enrolled(pending.get().userId())) {
            return "redirect:/login/second-factor";
        }
        SecondFactor.Enrolment enrolment = secondFactor.newEnrolment(pending.get().username());
        session.setAttribute(PENDING_SECRET, enrolment.secret());
        model.addAttribute("enrolment", enrolment);
        return "login/enrolment";
    }

    @PostMapping("/login/second-factor/enrolment")
    String enrol(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, HttpSession session, Model model) throws IOException {
        Optional<SignInInProgress.Pending> pending = SignInInProgress.current();
        Object secret = session.getAttribute(PENDING_SECRET);
        if (pending.isEmpty() || secret == null) {
            return "redirect:/";
        }
        Optional<List<String>> codes = secondFactor.enrol(pending.get().userId(), pending.get().username(),
                secret.toString(), code);
        if (codes.isEmpty()) {
            SecondFactor.Enrolment again = secondFactor.newEnrolment(pending.get().username());
            session.setAttribute(PENDING_SECRET, again.secret());
            model.addAttribute("enrolment", again);
            model.addAttribute("codeError", "second-factor.error.enrolment-code");
            return "login/enrolment";
        }
        session.removeAttribute(PENDING_SECRET);
        String next = complete(pending.get(), request, response);
        request.getSession().setAttribute(RECOVERY_CODES, List.copyOf(codes.get()));
        request.getSession().setAttribute(NEXT, next.substring("redirect:".length()));
        return "redirect:/login/second-factor/recovery-codes";
    }

    /** The recovery codes, on this one response: they are not kept anywhere in clear. */
    @GetMapping("/login/second-factor/recovery-codes")
    String recoveryCodes(HttpSession session, Model model) {
        Object codes = session.getAttribute(RECOVERY_CODES);
        Object next = session.getAttribute(NEXT);
        session.removeAttribute(RECOVERY_CODES);
        session.removeAttribute(NEXT);
        if (codes == null || QorgauUser.current().isEmpty()) {
            return "redirect:/";
        }
        model.addAttribute("codes", codes);
        model.addAttribute("next", next == null ? "/" : next);
        return "login/recovery-codes";
    }

    /** The full sign-in: the user's principal in a new session id; then the page asked for, or the password change. */
    private String complete(SignInInProgress.Pending pending, HttpServletRequest request,
            HttpServletResponse response) {
        QorgauUser user = accounts.principal(pending.username()).filter(QorgauUser::isEnabled)
                .filter(QorgauUser::isAccountNonLocked)
                .orElseThrow(() -> new AccessDeniedException("account unusable"));
        accounts.secondFactorSucceeded(pending.username());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        Languages.remember(request, response, SecurityConfiguration.signInLanguage(accounts, user, request));
        if (user.mustChangePassword()) {
            return "redirect:/account/password";
        }
        SavedRequest saved = requests.getRequest(request, response);
        requests.removeRequest(request, response);
        if (saved == null) {
            return "redirect:/";
        }
        URI asked = URI.create(saved.getRedirectUrl());
        return "redirect:" + LocalPaths.orHome(asked.getRawPath() + (asked.getRawQuery() == null ? "" : "?" + asked
                .getRawQuery()));
    }

    /** Too many wrong codes: the account is locked; the sign-in is dropped and the login page says why. */
    private String abandon(HttpServletRequest request, HttpServletResponse response, String username) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        accounts.lockState(username).ifPresent(state -> request.getSession().setAttribute(
                SecurityConfiguration.LoginFailure.SESSION_ATTRIBUTE,
                SecurityConfiguration.LoginFailure.error(state, time)));
        return "redirect:/login?error";
    }
}
