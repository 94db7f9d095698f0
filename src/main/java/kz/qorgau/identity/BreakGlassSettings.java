package kz.qorgau.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Breaking the glass.
 *
 * @param duration how long a record opened outside one's scope stays open
 *        ({@code qorgau.security.break-glass.duration}, default 4 hours)
 */
@ConfigurationProperties("qorgau.security.break-glass")
record BreakGlassSettings(@DefaultValue("4h") Duration duration) {

    BreakGlassSettings {
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException(
                    "qorgau.security.break-glass.duration must be between a second and a day");
        }
    }
}
