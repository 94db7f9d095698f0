package kz.qorgau.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Switches the interface language and returns to the page the user was on. */
@Controller
class LanguageController {

    private final ApplicationEventPublisher events;

    LanguageController(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostMapping("/language")
    String choose(@RequestParam String lang, @RequestParam(required = false) String returnTo,
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (Languages.supported(lang)) {
            Languages.remember(request, response, lang);
            if (authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken)) {
                events.publishEvent(new LanguageChosen(authentication.getName(), lang));
            } else {
                Languages.chosenBeforeSignIn(request, lang);
            }
        }
        return "redirect:" + localPath(returnTo);
    }

    /** Only a path on this site, never another host (no open redirect). */
    static String localPath(String returnTo) {
        return LocalPaths.orHome(returnTo);
    }
}
