package kz.qorgau.system;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.scheduling.annotation.EnableScheduling;

import kz.qorgau.shared.Today;
import kz.qorgau.shared.WorkingDays;

/** Scheduled jobs (expiries, checkpoints) run on every node; each takes a database lock where it must run once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ SystemSettings.class, EncryptionKeySettings.class })
@EnableScheduling
class SystemConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Today in Kazakhstan (qorgau.time-zone), for every date a rule or a form uses. */
    @Bean
    Today today(Clock clock, @Value("${qorgau.time-zone:Asia/Almaty}") String zone) {
        return new Today(clock, ZoneId.of(zone));
    }

    /** Kazakhstan's working days, for deadlines counted in them; read once from the reference file. */
    @Bean
    WorkingDays workingDays() {
        return WorkingDays.fromReference();
    }

    /** Production mode or demo mode, chosen explicitly (see {@link DeploymentMode}). */
    @Bean
    static DeploymentMode.Check deploymentModeCheck() {
        return new DeploymentMode.Check();
    }

    /** The field encryption keys; generated into the data directory only in demo mode. */
    @Bean
    EncryptionKeys encryptionKeys(EncryptionKeySettings keys, SystemSettings settings, DeploymentMode mode,
            ObjectProvider<DataDirectory> dataDirectory) {
        // With the embedded database, hold the data directory's lock before touching the key file in it.
        dataDirectory.ifAvailable(directory -> {
        });
        return EncryptionKeys.load(keys, mode.demo(), settings.dataDir());
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
