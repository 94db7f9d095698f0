package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;

import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.web.server.PortInUseException;

class StartupFailuresTests {

    @Test
    void reportsAnAnalysedFailureOnOneLine() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StartupFailures.OneLineReporter(new PrintStream(out, true, StandardCharsets.UTF_8))
                .report(new FailureAnalysis("port 8080 is\nalready in use.", "Stop it.", null));
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("Qorgau cannot start: port 8080 is already in use. Stop it." + System.lineSeparator());
    }

    @Test
    void aSecondInstanceCannotOpenTheSameDataDirectory(@TempDir Path dir) throws Exception {
        try (DataDirectory first = DataDirectory.open(dir)) {
            assertThat(first.root()).isEqualTo(dir.toAbsolutePath().normalize());
            assertThatThrownBy(() -> DataDirectory.open(dir))
                    .isInstanceOf(DataDirectory.DataDirectoryInUseException.class);
            var analysis = new StartupFailures.DataDirectoryInUse()
                    .analyze(new RuntimeException(new DataDirectory.DataDirectoryInUseException(dir)));
            assertThat(StartupFailures.OneLineReporter.line(analysis))
                    .startsWith("Qorgau cannot start: The data directory ")
                    .contains("already in use by another Qorgau instance")
                    .doesNotContain("\n");
        }
        try (DataDirectory again = DataDirectory.open(dir)) {
            assertThat(again.root()).exists();
        }
    }

    @Test
    void anUnreachableDatabaseIsNamedWithoutItsParameters() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/qorgau?password=secret";
        assertThatThrownBy(() -> DatabaseReachability.check(url, "qorgau", "secret"))
                .isInstanceOf(DatabaseReachability.DatabaseUnreachableException.class)
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:" + port + "/qorgau")
                .hasMessageNotContaining("secret");
    }

    @Test
    void onlyARefusedMigrationLoginIsExplainedNotAFailedMigration() {
        var refused = new FlywayException("Unable to obtain connection from database",
                new SQLException("FATAL: password authentication failed for user \"qorgau_owner\"", "28P01"));
        assertThat(StartupFailures.OneLineReporter.line(new StartupFailures.MigrationRoleRefused().analyze(refused)))
                .isEqualTo(
                        "Qorgau cannot start: the database refuses the connection of the role that runs the migrations "
                                + "(FATAL: password authentication failed for user \"qorgau_owner\"). Check SPRING_FLYWAY_USER and "
                                + "SPRING_FLYWAY_PASSWORD (the owner role; README, Production mode).");
        var failedMigration = new FlywayException("Migration V9_1__x.sql failed",
                new SQLException("ERROR: relation \"x\" does not exist", "42P01"));
        assertThat(new StartupFailures.MigrationRoleRefused().analyze(failedMigration)).isNull();
    }

    @Test
    void aBusyPortIsExplained() {
        var analysis = new StartupFailures.PortInUse().analyze(new RuntimeException(new PortInUseException(8080)));
        assertThat(StartupFailures.OneLineReporter.line(analysis))
                .isEqualTo("Qorgau cannot start: port 8080 is already in use. "
                        + "Stop the process that uses it, or start Qorgau with --server.port=<another port>.");
    }

    @Test
    void aMissingChoiceOfModeIsRefusedAndExplained() {
        assertThatThrownBy(() -> DeploymentMode.Check.check(false, false, true))
                .isInstanceOf(DeploymentMode.ModeNotChosenException.class);
        var analysis = new StartupFailures.ModeNotChosen().analyze(new RuntimeException(
                new DeploymentMode.ModeNotChosenException()));
        assertThat(StartupFailures.OneLineReporter.line(analysis))
                .startsWith(
                        "Qorgau cannot start: no database is configured (spring.datasource.url) and demo mode is not "
                                + "asked for (qorgau.demo.enabled). For production set SPRING_DATASOURCE_URL")
                .contains("./mvnw spring-boot:run").doesNotContain("\n");
    }

    @Test
    void demoModeAskedOfABuildWithoutItIsRefusedAndExplained() {
        assertThatThrownBy(() -> DeploymentMode.Check.check(true, true, false))
                .isInstanceOf(DeploymentMode.DemoModeNotBuiltException.class);
        assertThatThrownBy(() -> DeploymentMode.Check.check(true, false, false))
                .isInstanceOf(DeploymentMode.DemoModeNotBuiltException.class);
        var analysis = new StartupFailures.DemoModeNotBuilt().analyze(new RuntimeException(
                new DeploymentMode.DemoModeNotBuiltException()));
        assertThat(StartupFailures.OneLineReporter.line(analysis))
                .isEqualTo(
                        "Qorgau cannot start: demo mode is asked for (qorgau.demo.enabled) but this build of Qorgau does "
                                + "not contain it. Run the demo with ./mvnw spring-boot:run or target/qorgau-<version>-demo.jar; in "
                                + "production leave qorgau.demo.enabled unset.");
    }

    @Test
    void aDatabaseOrDemoModeWithItsModuleIsEnoughToStart() {
        assertThatCode(() -> DeploymentMode.Check.check(false, true, false)).doesNotThrowAnyException();
        assertThatCode(() -> DeploymentMode.Check.check(true, false, true)).doesNotThrowAnyException();
        assertThatCode(() -> DeploymentMode.Check.check(true, true, true)).doesNotThrowAnyException();
    }
}
