package kz.qorgau.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling: after {@code throttleAfter} consecutive failures each further attempt waits
 * {@code throttleDelay}; after {@code lockAfter} failures the account is locked for {@code lockDuration}
 * (an administrator can unlock it sooner).
 */
@ConfigurationProperties("qorgau.security.login")
record LoginSettings(@DefaultValue("3") int throttleAfter, @DefaultValue("30s") Duration throttleDelay,
        @DefaultValue("5") int lockAfter, @DefaultValue("15m") Duration lockDuration) {
}
