package kz.qorgau.system;

import java.io.PrintStream;
import java.sql.SQLException;

import org.flywaydb.core.api.FlywayException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalysisReporter;
import org.springframework.boot.web.server.PortInUseException;

/**
 * Start-up failures an operator can fix get one clear line on standard error instead of a stack trace:
 * no mode chosen (neither a database nor demo mode), demo mode asked of a build without it, a data directory held by
 * another instance, a busy port, an unreachable database, missing or wrong encryption keys, a migration role the
 * database refuses, a migration history this version cannot carry over, an application role that could touch the
 * audit trail.
 * Registered in {@code META-INF/spring.factories}.
 */
final class StartupFailures {

    private StartupFailures() {
    }

    /** Prints each analysed start-up failure as one line. */
    static class OneLineReporter implements FailureAnalysisReporter {

        private final PrintStream out;

        OneLineReporter() {
            this(System.err);
        }

        OneLineReporter(PrintStream out) {
            this.out = out;
        }

        @Override
        public void report(FailureAnalysis analysis) {
            out.println(line(analysis));
        }

        static String line(FailureAnalysis analysis) {
            String text = "Qorgau cannot start: " + analysis.getDescription().strip();
            if (analysis.getAction() != null && !analysis.getAction().isBlank()) {
                text += " " + analysis.getAction().strip();
            }
            return text.replaceAll("\\s+", " ");
        }
    }

    /**
     * A failure whose exception's message says what went wrong, found anywhere in the chain of causes; the analyser
     * adds what the operator does about it.
     */
    abstract static class Advised<T extends Throwable> extends AbstractFailureAnalyzer<T> {

        private final String action;

        Advised(String action) {
            this.action = action;
        }

        @Override
        protected FailureAnalysis analyze(Throwable root, T cause) {
            return new FailureAnalysis(cause.getMessage(), action, cause);
        }
    }

    static class ModeNotChosen extends Advised<DeploymentMode.ModeNotChosenException> {
        ModeNotChosen() {
            super("For production set SPRING_DATASOURCE_URL (README, Production mode); for the demo run ./mvnw spring-boot:run "
                    + "or java -jar target/qorgau-<version>-demo.jar --" + DeploymentMode.DEMO_PROPERTY + "=true.");
        }
    }

    static class DemoModeNotBuilt extends Advised<DeploymentMode.DemoModeNotBuiltException> {
        DemoModeNotBuilt() {
            super("Run the demo with ./mvnw spring-boot:run or target/qorgau-<version>-demo.jar; in production leave "
                    + DeploymentMode.DEMO_PROPERTY + " unset.");
        }
    }

    static class DataDirectoryInUse extends Advised<DataDirectory.DataDirectoryInUseException> {
        DataDirectoryInUse() {
            super("Stop the other instance, or start this one with another --qorgau.data-dir.");
        }
    }

    static class DataDirectoryUnusable extends Advised<DataDirectory.DataDirectoryUnusableException> {
        DataDirectoryUnusable() {
            super("Choose a writable --qorgau.data-dir.");
        }
    }

    static class PortInUse extends AbstractFailureAnalyzer<PortInUseException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, PortInUseException cause) {
            return new FailureAnalysis("port " + cause.getPort() + " is already in use.",
                    "Stop the process that uses it, or start Qorgau with --server.port=<another port>.", cause);
        }
    }

    static class DatabaseUnreachable extends Advised<DatabaseReachability.DatabaseUnreachableException> {
        DatabaseUnreachable() {
            super("Check SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that the server is running.");
        }
    }

    static class EncryptionKeysMissing extends Advised<EncryptionKeys.KeysMissingException> {
        EncryptionKeysMissing() {
            super("Set QORGAU_KEYS_FILE (qorgau.keys.file) to the key file, or QORGAU_KEYS_AEAD, QORGAU_KEYS_MAC and QORGAU_KEYS_AUDIT to the Tink JSON keysets.");
        }
    }

    static class AuditKeyMissing extends Advised<EncryptionKeys.AuditKeyMissingException> {
        AuditKeyMissing() {
            super("Add an \"audit\" keyset to the key file, or set QORGAU_KEYS_AUDIT, to a Tink JSON keyset of HMAC_SHA256_256BITTAG_RAW "
                    + "(tinkey create-keyset --key-template HMAC_SHA256_256BITTAG_RAW --out-format json).");
        }
    }

    static class EncryptionKeysUnusable extends Advised<EncryptionKeys.KeysUnusableException> {
        EncryptionKeysUnusable() {
            super("The key file holds {\"aead\": <Tink JSON keyset>, \"mac\": <Tink JSON keyset>, \"audit\": <Tink JSON keyset>} and must be readable by Qorgau.");
        }
    }

    static class EncryptionKeysDoNotMatchData extends Advised<KeyCheck.KeysDoNotMatchDataException> {
        EncryptionKeysDoNotMatchData() {
            super("Start Qorgau with the keys the data was written with (QORGAU_KEYS_FILE, QORGAU_KEYS_AEAD, QORGAU_KEYS_MAC and QORGAU_KEYS_AUDIT, "
                    + "or in demo mode <data-dir>/keys/" + EncryptionKeys.GENERATED_FILE
                    + "); never replace the keys of existing data.");
        }
    }

    /** Flyway's own connection (the owner role's) is refused: SQLSTATE class 28, invalid authorization. */
    static class MigrationRoleRefused extends AbstractFailureAnalyzer<FlywayException> {
        @Override
        protected FailureAnalysis analyze(Throwable root, FlywayException cause) {
            if (!(cause.getCause() instanceof SQLException refused) || refused.getSQLState() == null
                    || !refused.getSQLState().startsWith("28")) {
                return null;
            }
            return new FailureAnalysis("the database refuses the connection of the role that runs the migrations ("
                    + reason(refused) + ").",
                    "Check SPRING_FLYWAY_USER and SPRING_FLYWAY_PASSWORD (the owner role; README, Production mode).",
                    cause);
        }
    }

    static class MigrationHistoryUnknown extends Advised<SingleFolderHistory.UnknownHistoryException> {
        MigrationHistoryUnknown() {
            super("Start the version of Qorgau that migrated this database, or say where each of these migrations "
                    + "now is in " + SingleFolderHistory.MOVES + " (docs/migrations.md).");
        }
    }

    static class RuntimeRoleTooPrivileged extends Advised<RuntimeRoleCheck.RuntimeRoleTooPrivilegedException> {
        RuntimeRoleTooPrivileged() {
            super("Run the migrations as the owner role (SPRING_FLYWAY_USER, SPRING_FLYWAY_PASSWORD) and connect the "
                    + "application as a role without these rights (SPRING_DATASOURCE_USERNAME); README, Production mode.");
        }
    }

    static String reason(SQLException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = e.getMessage() == null ? cause.getClass().getSimpleName() : e.getMessage();
        return message.strip();
    }
}
