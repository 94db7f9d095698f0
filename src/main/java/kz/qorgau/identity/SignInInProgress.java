package kz.qorgau.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import java.util.Optional;

/**
 * A sign-in whose password was right but whose second factor is still to come. It holds no authority and
 * no {@link QorgauUser}, so that every permission check fails and every page but the second factor's refuses
 * it; it is kept in the session until the code is given (or the session ends).
 */
final class SignInInProgress extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Who is signing in. */
    record Pending(long userId, String username) implements Serializable {
    }

    private final Pending pending;

    SignInInProgress(long userId, String username) {
        super(List.of());
        this.pending = new Pending(userId, username);
        setAuthenticated(true);
    }

    /** The sign-in in progress in the current request, if any. */
    static Optional<Pending> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof SignInInProgress progress
                ? Optional.of(progress.pending) : Optional.empty();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return pending;
    }

    @Override
    public String getName() {
        return pending.username();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignInInProgress progress && progress.pending.equals(pending);
    }

    @Override
    public int hashCode() {
        return pending.hashCode();
    }
}
