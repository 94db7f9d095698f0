package kz.qorgau;

import java.util.Map;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every application context the tests start (the shared one, the modules' and the instances a test starts itself:
 * {@code META-INF/spring.factories} of the test classes) hashes new passwords with Argon2id at its lowest cost rather
 * than the production cost (16 MiB, two passes), which took half a minute of the suite's processor time for the
 * hundreds of users the tests create. The hash's format, the delegating encoder's {@code {argon2}} prefix and every
 * check of a password are the same; only the cost of a hash is not under test. A hash of either cost is checked at the
 * cost written in it.
 */
public class CheapPasswordHashing implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof PasswordEncoder && name.equals("passwordEncoder") ? cheap() : bean;
            }
        });
    }

    public static PasswordEncoder cheap() {
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 8, 1);
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
    }
}
