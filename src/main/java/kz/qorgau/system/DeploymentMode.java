package kz.qorgau.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * Demo mode or production mode (DESIGN.md §6). Without {@code spring.datasource.url} Qorgau starts its
 * embedded PostgreSQL and seeds demo data; with it, nothing embedded starts and no demo data is created
 * unless {@code qorgau.demo.enabled=true} asks for it explicitly (tests do).
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

    public static boolean embedded(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }

    public static boolean demo(Environment environment) {
        return environment.getProperty(DEMO_PROPERTY, Boolean.class, embedded(environment));
    }

    public boolean embedded() {
        return embedded;
    }

    public boolean demo() {
        return demo;
    }

    /** Matches when Qorgau runs its embedded database. */
    public static class EmbeddedDatabaseCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return embedded(context.getEnvironment());
        }
    }

    /** Matches in demo mode. Use on start-up seeding of demo data. */
    public static class DemoCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return demo(context.getEnvironment());
        }
    }
}
