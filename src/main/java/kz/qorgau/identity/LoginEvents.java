package kz.qorgau.identity;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import kz.qorgau.system.LanguageChosen;
import java.util.Locale;

/** Keeps the login counters and the audit trail in step with Spring Security's authentication events. */
@Component
class LoginEvents {

    private final Accounts accounts;

    LoginEvents(Accounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
            accounts.loginSucceeded(event.getAuthentication().getName());
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String reason = switch (event) {
            case AuthenticationFailureBadCredentialsEvent ignored -> "bad-credentials";
            case AuthenticationFailureLockedEvent ignored -> "locked";
            case AuthenticationFailureDisabledEvent ignored -> "disabled";
            default -> "other";
        };
        String typed = event.getAuthentication().getName();
        accounts.loginFailed(typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT), reason);
    }

    @EventListener
    void on(LanguageChosen event) {
        accounts.chooseLanguage(event.username(), event.language());
    }
}
