package kz.qorgau.identity;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.util.Locale;

/** Loads users for form login. */
@Component
class AccountDetailsService implements UserDetailsService {

    private final Users users;
    private final Clock clock;

    AccountDetailsService(Users users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return users.findByUsername(name)
                .map(account -> account.principal(clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
