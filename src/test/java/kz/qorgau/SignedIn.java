package kz.qorgau;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import kz.qorgau.identity.QorgauUser;

/** Calls application services as a signed-in user would: with that user in the security context. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(QorgauUser user, Supplier<T> call) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return call.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(QorgauUser user, Runnable call) {
        as(user, () -> {
            call.run();
            return null;
        });
    }
}
