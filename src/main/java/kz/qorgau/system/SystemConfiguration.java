package kz.qorgau.system;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (expiries, checkpoints) run on every node; each takes a database lock where it must run once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SystemSettings.class, EncryptionKeySettings.class })
@EnableScheduling
class SystemConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The field encryption keys; generated into the data directory only in demo or embedded mode. */
    @Bean
    EncryptionKeys encryptionKeys(EncryptionKeySettings keys, SystemSettings settings, DeploymentMode mode,
            ObjectProvider<DataDirectory> dataDirectory) {
        // In embedded mode, hold the data directory's lock before touching the key file in it.
        dataDirectory.ifAvailable(directory -> {
        });
        return EncryptionKeys.load(keys, mode.embedded() || mode.demo(), settings.dataDir());
    }

    @Bean
    static DatabaseReachability databaseReachability() {
        return new DatabaseReachability();
    }

    /** Writes that met answer 409 with a message, not 500 (see {@link WriteConflicts}). */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static WriteConflicts.Advisor writeConflicts() {
        return new WriteConflicts.Advisor();
    }
}
