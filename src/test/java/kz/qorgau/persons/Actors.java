package kz.qorgau.persons;

import java.util.concurrent.Callable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.QorgauUser;

/** Runs test steps as one of the demo users, as if in their request. */
final class Actors {

    private final Accounts accounts;

    Actors(Accounts accounts) {
        this.accounts = accounts;
    }

    QorgauUser user(String username) {
        return accounts.principal(username).orElseThrow();
    }

    <T> T as(String username, Callable<T> work) throws Exception {
        QorgauUser user = user(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            return work.call();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
