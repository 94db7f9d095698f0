package kz.qorgau;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.qorgau.demo.EmbeddedCluster;
import kz.qorgau.system.TestKeys;

/**
 * One embedded PostgreSQL (real binaries, password authentication only, as in demo mode) for the whole test run,
 * shared by every Spring context; each context points at it as at a production server set up as README's
 * "Production mode" says: the migrations run as the owner role, the application connects as the restricted
 * runtime role, so that every test goes through the runtime role's grants. Demo data is enabled explicitly.
 */
public final class TestDatabase {

    public static final String DEMO_PASSWORD = "Demo-Password-2026";

    /**
     * The migrations of the earlier single-folder layout exactly as they were when it was replaced (test resources),
     * for databases as earlier versions left them.
     */
    public static final String SINGLE_FOLDER_MIGRATIONS = "single-folder-migrations";

    /** The database of the shared test context. */
    public static final String DATABASE = "qorgau";
    /** Runs the migrations and owns the schema and its objects. */
    public static final String OWNER = "qorgau_owner";
    public static final String OWNER_PASSWORD = "Owner-Password-2026";
    /** The application's runtime role: owns nothing. */
    public static final String RUNTIME = "qorgau";
    public static final String RUNTIME_PASSWORD = "Runtime-Password-2026";

    private static EmbeddedPostgres postgres;
    private static Path dataDir;
    private static String superuserPassword;

    private TestDatabase() {
    }

    public static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                dataDir = Files.createTempDirectory("qorgau-test-");
                superuserPassword = EmbeddedCluster.newPassword();
                postgres = EmbeddedCluster.start(dataDir.resolve("postgres"), superuserPassword,
                        builder -> builder.setServerConfig("timezone", "UTC"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is ending anyway
                    }
                }));
                JdbcClient superuser = JdbcClient.create(postgres.getPostgresDatabase());
                superuser.sql("create role " + OWNER + " login password '" + OWNER_PASSWORD + "'").update();
                superuser.sql("create role " + RUNTIME + " login password '" + RUNTIME_PASSWORD + "'").update();
                createDatabase(DATABASE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return postgres;
    }

    /**
     * A new, empty database set up as README's "Production mode" says: owned by the owner role; besides it only the
     * runtime role may connect. Replaces one of the same name.
     */
    public static void createDatabase(String name) {
        JdbcClient superuser = JdbcClient.create(postgres().getPostgresDatabase());
        superuser.sql("drop database if exists " + name + " with (force)").update();
        superuser.sql("create database " + name + " owner " + OWNER).update();
        superuser.sql("revoke all on database " + name + " from public").update();
        superuser.sql("grant connect on database " + name + " to " + RUNTIME).update();
    }

    /** The URL of a database, without credentials. */
    public static String url(String database) {
        return EmbeddedCluster.jdbcUrl(postgres(), database);
    }

    /** A superuser's connections to a database: for what only someone with full access to the server could do. */
    public static DataSource superuser(String database) {
        return postgres().getDatabase(EmbeddedCluster.SUPERUSER, database);
    }

    public static String superuserPassword() {
        postgres();
        return superuserPassword;
    }

    /** Production mode's settings for a database: migrations as the owner, the application as the runtime role. */
    public static Map<String, String> settings(String database) {
        return Map.of("spring.datasource.url", url(database),
                "spring.datasource.username", RUNTIME,
                "spring.datasource.password", RUNTIME_PASSWORD,
                "spring.flyway.user", OWNER,
                "spring.flyway.password", OWNER_PASSWORD);
    }

    /** The same settings as command-line arguments. */
    public static List<String> arguments(String database) {
        return settings(database).entrySet().stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toList();
    }

    public static Path dataDir() {
        postgres();
        return dataDir;
    }

    /** Points a test context at the shared database, in demo mode with a known password. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Map<String, Object> settings = new HashMap<>(settings(DATABASE));
            settings.put("qorgau.demo.enabled", "true");
            settings.put("qorgau.demo.password", DEMO_PASSWORD);
            // the demo users sign in with their password alone; tests of the second factor use users of their own,
            // who are never exempt
            settings.put("qorgau.demo.second-factor-exempt", "*");
            settings.put("qorgau.data-dir", dataDir().resolve("app").toString());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("qorgau-test-database",
                    settings));
        }
    }

    /**
     * Points a module test's context ({@link ModuleDatabase}) at a new database of its own, in production mode: no
     * demo data, no demo users, keys of its own. Each context gets one; the contexts of one module's test classes are
     * cached and share it.
     */
    public static class ModuleInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final AtomicInteger CONTEXTS = new AtomicInteger();

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            String database = "qorgau_module_" + CONTEXTS.incrementAndGet();
            createDatabase(database);
            Path dir = dataDir().resolve(database);
            Map<String, Object> settings = new HashMap<>(settings(database));
            settings.put("qorgau.demo.enabled", "false");
            settings.put("qorgau.data-dir", dir.toString());
            settings.put("qorgau.keys.file", TestKeys.writeNew(dir.resolve("keys.json")).toString());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("qorgau-module-database",
                    settings));
        }
    }
}
