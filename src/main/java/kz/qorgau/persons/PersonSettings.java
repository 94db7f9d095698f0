package kz.qorgau.persons;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of the person registry.
 *
 * @param matchValidity how long a person found by an exact identifier (IIN or passport) stays linkable by the
 *        user who found them ({@code qorgau.persons.match-validity}, default 8 hours: a working day)
 */
@ConfigurationProperties("qorgau.persons")
record PersonSettings(@DefaultValue("8h") Duration matchValidity) {

    PersonSettings {
        if (matchValidity.isNegative() || matchValidity.isZero() || matchValidity.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("qorgau.persons.match-validity must be between a second and 7 days");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PersonSettings.class)
    static class Enable {
    }
}
