package kz.qorgau.system;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * Demo mode or production mode (DESIGN.md §6), always chosen explicitly. Demo mode is asked for with
 * {@value #DEMO_PROPERTY}{@code =true} (set by {@code ./mvnw spring-boot:run} and by the tests): synthetic demo data
 * and demo users, on the embedded PostgreSQL of the demo module unless {@code spring.datasource.url} names another
 * database. Production mode needs {@code spring.datasource.url}. With neither, Qorgau refuses to start rather than
 * fall back to demo users; it refuses demo mode, too, in a build that does not carry it (the production jar).
 */
@Component("deploymentMode")
public class DeploymentMode {

    public static final String DEMO_PROPERTY = "qorgau.demo.enabled";

    private final boolean embedded;
    private final boolean demo;

    DeploymentMode(Environment environment) {
        this.embedded = embedded(environment);
        this.demo = demo(environment);
    }

    /** Whether an external database is configured. */
    static boolean databaseConfigured(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url != null && !url.isBlank();
    }

    /** Demo mode without an external database: the demo module starts its embedded PostgreSQL. */
    public static boolean embedded(Environment environment) {
        return demo(environment) && !databaseConfigured(environment);
    }

    public static boolean demo(Environment environment) {
        return environment.getProperty(DEMO_PROPERTY, Boolean.class, false);
    }

    public boolean embedded() {
        return embedded;
    }

    public boolean demo() {
        return demo;
    }

    /** Matches when Qorgau runs the demo module's embedded database. */
    public static class EmbeddedDatabaseCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return embedded(context.getEnvironment());
        }
    }

    /** Matches in demo mode. Use on everything of the demo module. */
    public static class DemoCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return demo(context.getEnvironment());
        }
    }

    /**
     * Implemented by a bean of the demo module, so that a build without the demo module (the production jar) is
     * known as such before anything starts.
     */
    public interface DemoModule {
    }

    /**
     * Refuses to start, before any bean is created, without an explicit mode, or in demo mode in a build without
     * the demo module ({@link StartupFailures} reports either in one line).
     */
    static class Check implements BeanFactoryPostProcessor, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            check(demo(environment), databaseConfigured(environment),
                    beanFactory.getBeanNamesForType(DemoModule.class, true, false).length > 0);
        }

        static void check(boolean demo, boolean database, boolean demoModule) {
            if (!demo && !database) {
                throw new ModeNotChosenException();
            }
            if (demo && !demoModule) {
                throw new DemoModeNotBuiltException();
            }
        }
    }

    /** Neither demo mode nor a production database was asked for. */
    public static final class ModeNotChosenException extends RuntimeException {
        ModeNotChosenException() {
            super("no database is configured (spring.datasource.url) and demo mode is not asked for ("
                    + DEMO_PROPERTY + ").");
        }
    }

    /** Demo mode was asked for of a build without it. */
    public static final class DemoModeNotBuiltException extends RuntimeException {
        DemoModeNotBuiltException() {
            super("demo mode is asked for (" + DEMO_PROPERTY + ") but this build of Qorgau does not contain it.");
        }
    }
}
