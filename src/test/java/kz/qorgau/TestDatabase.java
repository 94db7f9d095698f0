package kz.qorgau;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * One embedded PostgreSQL (real binaries) for the whole test run, shared by every Spring context;
 * each context points at it as if it were an external server, with demo data enabled explicitly.
 */
public final class TestDatabase {

    public static final String DEMO_PASSWORD = "Demo-Password-2026";

    private static EmbeddedPostgres postgres;
    private static Path dataDir;

    private TestDatabase() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                dataDir = Files.createTempDirectory("qorgau-test-");
                postgres = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDir.resolve("postgres"))
                        .setServerConfig("timezone", "UTC")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is ending anyway
                    }
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    public static String url(String database) {
        return postgres().getJdbcUrl("postgres", database);
    }

    public static Path dataDir() {
        postgres();
        return dataDir;
    }

    /** Points a test context at the shared database, in demo mode with a known password. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("qorgau-test-database",
                    Map.of("spring.datasource.url", url("postgres"),
                            "spring.datasource.username", "postgres",
                            "qorgau.demo.enabled", "true",
                            "qorgau.demo.password", DEMO_PASSWORD,
                            // the demo users sign in with their password alone; tests of the second factor use
                            // users of their own, who are never exempt
                            "qorgau.demo.second-factor-exempt", "*",
                            "qorgau.data-dir", dataDir().resolve("app").toString())));
        }
    }
}
