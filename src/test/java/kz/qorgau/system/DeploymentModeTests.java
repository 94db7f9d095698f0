package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import kz.qorgau.QorgauApplication;
import kz.qorgau.TestDatabase;
import kz.qorgau.Tiers;
import kz.qorgau.identity.SecondFactorExemptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The two ways Qorgau runs (DESIGN.md §6), each started as a whole application: demo mode on its own
 * embedded PostgreSQL in a data directory, and production mode on an external database; and neither, which it
 * refuses.
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag(Tiers.FULL)
class DeploymentModeTests {

    @Test
    void demoModeRunsOnAnEmbeddedDatabaseThatSurvivesARestart(@TempDir Path dataDir) throws Exception {
        long users;
        String keys;
        Path keyFile = dataDir.resolve("keys").resolve(EncryptionKeys.GENERATED_FILE);
        try (ConfigurableApplicationContext first = start("--qorgau.demo.enabled=true", "--qorgau.data-dir="
                + dataDir)) {
            assertThat(first.getBean(DeploymentMode.class).embedded()).isTrue();
            assertThat(health(first)).contains("\"status\":\"UP\"");
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            users = jdbc.sql("select count(*) from identity_user").query(Long.class).single();
            assertThat(users).as("13 demo users and the disabled account demo data is entered under").isEqualTo(14);
            assertThat(jdbc.sql("select count(*) from identity_user where enabled").query(Long.class).single())
                    .isEqualTo(13);
            assertThat(dataDir.resolve("demo-password.txt")).exists();
            assertThat(Files.readString(dataDir.resolve("demo-password.txt")).strip()).hasSize(16);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
            keys = Files.readString(keyFile);
            jdbc.sql("update identity_user set full_name = 'Changed Before Restart' where username = 'auditor'")
                    .update();

            // a second instance on the same data directory stops with a clear reason
            assertThatThrownBy(() -> start("--qorgau.demo.enabled=true", "--qorgau.data-dir=" + dataDir))
                    .hasRootCauseInstanceOf(DataDirectory.DataDirectoryInUseException.class);
        }
        try (ConfigurableApplicationContext second = start("--qorgau.demo.enabled=true", "--qorgau.data-dir="
                + dataDir)) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from identity_user").query(Long.class).single()).isEqualTo(users);
            assertThat(jdbc.sql("select full_name from identity_user where username = 'auditor'").query(String.class)
                    .single()).isEqualTo("Changed Before Restart");
            // the keys generated at first start are reused (the key check passed on this start)
            assertThat(Files.readString(keyFile)).isEqualTo(keys);
        }
    }

    @Test
    void productionModeUsesTheConfiguredDatabaseAndCreatesNoDemoUsers() throws Exception {
        TestDatabase.createDatabase("qorgau_production");
        Path keys = TestDatabase.dataDir().resolve("prod-keys.json");
        Files.deleteIfExists(keys);
        EncryptionKeys.generate().write(keys);
        try (ConfigurableApplicationContext production = start(with(TestDatabase.arguments("qorgau_production"),
                "--qorgau.data-dir=" + TestDatabase.dataDir().resolve("prod"), "--qorgau.keys.file=" + keys,
                "--qorgau.demo.second-factor-exempt=*,investigator"))) {
            assertThat(production.getBean(DeploymentMode.class).embedded()).isFalse();
            assertThat(production.getBean(DeploymentMode.class).demo()).isFalse();
            assertThat(production.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            // demo users are exempted from the second factor in demo mode only, whatever the setting says
            assertThat(production.getBeanNamesForType(SecondFactorExemptions.class)).isEmpty();
            assertThat(production.getBeanNamesForType(DeploymentMode.DemoModule.class)).isEmpty();
            JdbcClient jdbc = production.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from identity_user").query(Long.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from organisations_region").query(Long.class).single()).isEqualTo(20);
            assertThat(health(production)).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void withoutADatabaseAndWithoutDemoModeQorgauRefusesToStartInOneLine(@TempDir Path dataDir, CapturedOutput output) {
        Throwable refused = catchThrowable(() -> start("--qorgau.data-dir=" + dataDir));
        assertThat(refused).isInstanceOf(DeploymentMode.ModeNotChosenException.class);
        // nothing was started or created: no embedded database, no keys, no demo users
        assertThat(dataDir).isEmptyDirectory();
        assertThat(output.getErr()).contains("Qorgau cannot start: no database is configured (spring.datasource.url) "
                + "and demo mode is not asked for (qorgau.demo.enabled). For production set SPRING_DATASOURCE_URL")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(output.getErr().lines().filter(line -> line.startsWith("Qorgau cannot start:"))).hasSize(1);
    }

    @Test
    void productionModeRefusesToStartWithoutKeysOrWithKeysThatDoNotMatchTheData() throws Exception {
        TestDatabase.createDatabase("qorgau_keys");
        Path dir = Files.createTempDirectory(TestDatabase.dataDir(), "keys-");
        Path original = dir.resolve("original.json");
        Path other = dir.resolve("other.json");
        EncryptionKeys.generate().write(original);
        EncryptionKeys.generate().write(other);
        String[] database = with(TestDatabase.arguments("qorgau_keys"), "--qorgau.data-dir=" + dir.resolve("data"));

        assertThatThrownBy(() -> start(database))
                .hasRootCauseInstanceOf(EncryptionKeys.KeysMissingException.class);
        assertThat(dir.resolve("data")).doesNotExist();

        try (ConfigurableApplicationContext first = start(with(database, "--qorgau.keys.file=" + original))) {
            assertThat(first.getBean(JdbcClient.class).sql("select count(*) from system_key_check").query(Long.class)
                    .single()).isEqualTo(1);
        }
        Throwable refused = catchThrowable(() -> start(with(database, "--qorgau.keys.file=" + other)));
        assertThat(refused).hasRootCauseInstanceOf(KeyCheck.KeysDoNotMatchDataException.class);
        assertThat(StartupFailures.OneLineReporter.line(new StartupFailures.EncryptionKeysDoNotMatchData().analyze(
                refused)))
                .startsWith("Qorgau cannot start: the encryption keys do not match the data in the database")
                .doesNotContain("\n");
    }

    @Test
    void productionModeRefusesAnApplicationRoleThatCouldSwitchOffTheAuditTrail() throws Exception {
        TestDatabase.createDatabase("qorgau_roles");
        Path dir = Files.createTempDirectory(TestDatabase.dataDir(), "roles-");
        Path keys = dir.resolve("keys.json");
        EncryptionKeys.generate().write(keys);
        String[] common = { "--spring.datasource.url=" + TestDatabase.url("qorgau_roles"),
                "--qorgau.data-dir=" + dir.resolve("data"), "--qorgau.keys.file=" + keys };

        // one role for everything: it migrated the audit table, so it owns it
        Throwable singleRole = catchThrowable(() -> start(with(common, "--spring.datasource.username="
                + TestDatabase.OWNER,
                "--spring.datasource.password=" + TestDatabase.OWNER_PASSWORD)));
        assertThat(singleRole).hasRootCauseInstanceOf(RuntimeRoleCheck.RuntimeRoleTooPrivilegedException.class);
        assertThat(StartupFailures.OneLineReporter.line(new StartupFailures.RuntimeRoleTooPrivileged().analyze(
                singleRole)))
                .startsWith("Qorgau cannot start: the application connects to the database as \"" + TestDatabase.OWNER
                        + "\"")
                .contains("it owns audit_entry").contains("SPRING_FLYWAY_USER").doesNotContain("\n");

        // the superuser, even with the migrations run by the owner
        Throwable superuser = catchThrowable(() -> start(with(common, "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + TestDatabase.superuserPassword(),
                "--spring.flyway.user=" + TestDatabase.OWNER, "--spring.flyway.password="
                        + TestDatabase.OWNER_PASSWORD)));
        assertThat(superuser).hasRootCauseInstanceOf(RuntimeRoleCheck.RuntimeRoleTooPrivilegedException.class)
                .rootCause().hasMessageContaining("it is a superuser");

        // the owner's password is wrong: one line that names the settings to check, never the password
        Throwable wrongOwnerPassword = catchThrowable(() -> start(with(common,
                "--spring.datasource.username=" + TestDatabase.RUNTIME,
                "--spring.datasource.password=" + TestDatabase.RUNTIME_PASSWORD,
                "--spring.flyway.user=" + TestDatabase.OWNER, "--spring.flyway.password=Not-The-Password")));
        assertThat(StartupFailures.OneLineReporter.line(new StartupFailures.MigrationRoleRefused().analyze(
                wrongOwnerPassword)))
                .startsWith(
                        "Qorgau cannot start: the database refuses the connection of the role that runs the migrations")
                .contains("SPRING_FLYWAY_PASSWORD").doesNotContain("Not-The-Password").doesNotContain("\n");
    }

    private static String[] with(String[] args, String... more) {
        return Stream.concat(Arrays.stream(args), Arrays.stream(more))
                .toArray(String[]::new);
    }

    private static String[] with(List<String> args, String... more) {
        return Stream.concat(args.stream(), Arrays.stream(more)).toArray(String[]::new);
    }

    private static ConfigurableApplicationContext start(String... args) {
        // the deployment mode is under test, not the demo's records: the demo enters its organisations and users only
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--server.port=0";
        all[args.length + 1] = "--qorgau.demo.records=false";
        return new SpringApplicationBuilder(QorgauApplication.class).run(all);
    }

    private static String health(ConfigurableApplicationContext context) throws Exception {
        String port = context.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
