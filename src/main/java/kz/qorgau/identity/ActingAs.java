package kz.qorgau.identity;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs work as a given user, as if in their request: for demo seeding that goes through the application
 * services, so that every record is checked, sealed and audited under the name of the demo user who would
 * have entered it. The previous security context is restored afterwards.
 */
public final class ActingAs {

    private ActingAs() {
    }

    public static <T> T call(QorgauUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
