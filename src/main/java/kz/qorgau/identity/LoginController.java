package kz.qorgau.identity;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page. The form posts to Spring Security's {@code /login}. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(Authentication authentication, HttpSession session, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        Object error = session.getAttribute(SecurityConfiguration.LoginFailure.SESSION_ATTRIBUTE);
        if (error != null) {
            session.removeAttribute(SecurityConfiguration.LoginFailure.SESSION_ATTRIBUTE);
            model.addAttribute("loginError", error);
        }
        return "login";
    }
}
