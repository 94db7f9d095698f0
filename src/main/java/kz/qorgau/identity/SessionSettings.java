package kz.qorgau.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sessions.
 *
 * @param maxPerUser how many sessions a user may hold at once ({@code qorgau.security.sessions.max-per-user},
 *        default 3); signing in beyond it ends the oldest
 */
@ConfigurationProperties("qorgau.security.sessions")
record SessionSettings(@DefaultValue("3") int maxPerUser) {

    SessionSettings {
        if (maxPerUser < 1 || maxPerUser > 100) {
            throw new IllegalArgumentException("qorgau.security.sessions.max-per-user must be between 1 and 100");
        }
    }
}
