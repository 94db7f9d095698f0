package kz.qorgau.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import kz.qorgau.system.DataDirectory;
import kz.qorgau.system.DeploymentMode;
import kz.qorgau.system.PrivateFiles;
import kz.qorgau.system.SystemSettings;

/**
 * The embedded PostgreSQL of demo mode: real PostgreSQL binaries (zonky) whose cluster lives in
 * {@code <data-dir>/postgres} and survives restarts. Not created when an external database is configured.
 * <p>
 * Every connection needs a password ({@link EmbeddedCluster}). The two passwords are generated at first start and
 * kept, owner-readable only, beside the encryption keys in {@code <data-dir>/keys}. The superuser runs the
 * migrations and so owns the schema's objects, the audit table included; the application connects as
 * {@value #RUNTIME_ROLE}, which owns nothing and may only what {@link RuntimeRoleGrants} grants it.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DeploymentMode.EmbeddedDatabaseCondition.class)
class EmbeddedDatabase {

    /** The role the application connects as. */
    static final String RUNTIME_ROLE = "qorgau";
    static final String DATABASE = "postgres";
    static final String SUPERUSER_PASSWORD_FILE = "postgres-superuser.password";
    static final String RUNTIME_PASSWORD_FILE = "postgres-" + RUNTIME_ROLE + ".password";

    @Bean(destroyMethod = "close")
    DataDirectory dataDirectory(SystemSettings settings) {
        return DataDirectory.open(settings.dataDir());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataDirectory dataDirectory) throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedCluster.start(dataDirectory.resolve("postgres"),
                password(dataDirectory, SUPERUSER_PASSWORD_FILE),
                builder -> builder.setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("timezone", "UTC"));
        try {
            prepareRuntimeRole(postgres, password(dataDirectory, RUNTIME_PASSWORD_FILE));
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
        return postgres;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres, DataDirectory dataDirectory) throws IOException {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(EmbeddedCluster.jdbcUrl(postgres, DATABASE));
        dataSource.setUsername(RUNTIME_ROLE);
        dataSource.setPassword(password(dataDirectory, RUNTIME_PASSWORD_FILE));
        dataSource.setPoolName("qorgau-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    /** Flyway migrates as the superuser, over connections of its own; the application never holds one. */
    @Bean
    FlywayConfigurationCustomizer migrationsAsSuperuser(EmbeddedPostgres postgres) {
        return configuration -> configuration.dataSource(postgres.getDatabase(EmbeddedCluster.SUPERUSER, DATABASE));
    }

    /**
     * Creates the runtime role when missing, holds it to no special attribute and sets its password (as a SCRAM
     * verifier, so that not even the server's log could show the password). It may connect to the application's
     * database and to no other, and create no temporary tables.
     */
    static void prepareRuntimeRole(EmbeddedPostgres postgres, String password) throws SQLException {
        try (Connection connection = postgres.getDatabase(EmbeddedCluster.SUPERUSER, DATABASE).getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("""
                    do $$ begin
                        if not exists (select from pg_roles where rolname = '%1$s') then create role %1$s; end if;
                    end $$""".formatted(RUNTIME_ROLE));
            statement.execute("alter role " + RUNTIME_ROLE
                    + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls");
            connection.unwrap(PGConnection.class).alterUserPassword(RUNTIME_ROLE, password.toCharArray(),
                    "scram-sha-256");
            statement.execute("revoke all on database " + DATABASE + " from public");
            statement.execute("revoke connect, temporary on database template1 from public");
            statement.execute("grant connect on database " + DATABASE + " to " + RUNTIME_ROLE);
        }
    }

    private static String password(DataDirectory dataDirectory, String file) throws IOException {
        return PrivateFiles.readOrCreate(dataDirectory.resolve("keys").resolve(file), EmbeddedCluster::newPassword);
    }
}
