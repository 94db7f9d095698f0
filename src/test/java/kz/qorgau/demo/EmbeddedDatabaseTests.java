package kz.qorgau.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import kz.qorgau.QorgauApplication;
import kz.qorgau.TestDatabase;
import kz.qorgau.Tiers;
import kz.qorgau.system.PrivateFiles;
import kz.qorgau.system.TestKeys;

/**
 * Demo mode's embedded PostgreSQL: every connection needs a password, the passwords are generated into the data
 * directory and never shown, and the application connects as a role that cannot touch the audit trail; a data
 * directory an older Qorgau left (trusting every local connection, the application as superuser) is brought to
 * the same state at start-up.
 */
@ExtendWith(OutputCaptureExtension.class)
@Tag(Tiers.FULL)
class EmbeddedDatabaseTests {

    @Test
    void everyConnectionNeedsAPasswordAndTheApplicationIsARestrictedRole(@TempDir Path dataDir, CapturedOutput output)
            throws Exception {
        try (ConfigurableApplicationContext demo = start(dataDir)) {
            Path keys = dataDir.resolve("keys");
            String superuserPassword = Files.readString(keys.resolve(EmbeddedDatabase.SUPERUSER_PASSWORD_FILE)).strip();
            String runtimePassword = Files.readString(keys.resolve(EmbeddedDatabase.RUNTIME_PASSWORD_FILE)).strip();
            assertThat(superuserPassword).hasSizeGreaterThanOrEqualTo(32).isNotEqualTo(runtimePassword);
            assertThat(runtimePassword).hasSizeGreaterThanOrEqualTo(32);
            for (String file : new String[]{ EmbeddedDatabase.SUPERUSER_PASSWORD_FILE,
                    EmbeddedDatabase.RUNTIME_PASSWORD_FILE }) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keys.resolve(file))))
                        .isEqualTo("rw-------");
            }
            assertThat(output.getAll()).doesNotContain(superuserPassword).doesNotContain(runtimePassword);

            String url = EmbeddedCluster.jdbcUrl(demo.getBean(EmbeddedPostgres.class), EmbeddedDatabase.DATABASE);
            assertPasswordRequired(url, EmbeddedCluster.SUPERUSER);
            assertPasswordRequired(url, EmbeddedDatabase.RUNTIME_ROLE);
            assertThat(Files.readString(dataDir.resolve("postgres").resolve("pg_hba.conf"))).isEqualTo(
                    EmbeddedCluster.HBA);

            assertRestricted(demo.getBean(JdbcClient.class));
            JdbcClient superuser = JdbcClient.create(new DriverManagerDataSource(url, EmbeddedCluster.SUPERUSER,
                    superuserPassword));
            assertThat(superuser.sql("select distinct auth_method from pg_hba_file_rules").query(String.class).list())
                    .containsExactly("scram-sha-256");
            assertThat(superuser.sql(
                    "select pg_get_userbyid(relowner) from pg_class where oid = 'audit_entry'::regclass")
                    .query(String.class).single()).isEqualTo(EmbeddedCluster.SUPERUSER);
        }
    }

    @Test
    void aDataDirectoryOfAnOlderVersionIsUpgradedAtStartAndKeepsItsData(@TempDir Path dataDir) throws Exception {
        // What an older Qorgau left: a cluster trusting every local connection, migrated and written by the superuser.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).setServerConfig("timezone", "UTC").start()) {
            Flyway.configure().dataSource(old.getPostgresDatabase())
                    .locations("classpath:" + TestDatabase.SINGLE_FOLDER_MIGRATIONS).load().migrate();
            JdbcClient.create(old.getPostgresDatabase()).sql("""
                    insert into organisations_organisation (name_ru, type, created_at, updated_at)
                    values ('Организация прежней версии', 'NGO', now(), now())""").update();
            assertThat(Files.readString(dataDir.resolve("postgres").resolve("pg_hba.conf"))).contains("trust");
        }
        Path keys = dataDir.resolve("keys");
        Files.createDirectories(keys);
        PrivateFiles.restrict(keys, "rwx------");
        TestKeys.writeInto(dataDir);

        try (ConfigurableApplicationContext upgraded = start(dataDir)) {
            JdbcClient jdbc = upgraded.getBean(JdbcClient.class);
            assertThat(jdbc.sql(
                    "select count(*) from organisations_organisation where name_ru = 'Организация прежней версии'")
                    .query(Long.class).single()).isEqualTo(1);
            assertThat(Files.readString(dataDir.resolve("postgres").resolve("pg_hba.conf"))).isEqualTo(
                    EmbeddedCluster.HBA);
            String url = EmbeddedCluster.jdbcUrl(upgraded.getBean(EmbeddedPostgres.class), EmbeddedDatabase.DATABASE);
            assertPasswordRequired(url, EmbeddedCluster.SUPERUSER);
            assertPasswordRequired(url, EmbeddedDatabase.RUNTIME_ROLE);
            assertRestricted(jdbc);
            assertThat(keys.resolve(EmbeddedDatabase.SUPERUSER_PASSWORD_FILE)).exists();
        }
    }

    /** The application's role: not the superuser, and unable to switch off or empty the audit trail. */
    private static void assertRestricted(JdbcClient jdbc) {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(
                EmbeddedDatabase.RUNTIME_ROLE);
        assertThat(jdbc.sql(
                "select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        for (String statement : new String[]{ "alter table audit_entry disable trigger all", "truncate audit_entry",
                "delete from audit_entry", "create role intruder", "create database intruder",
                "create table intruder (id int)" }) {
            assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement).isInstanceOf(DataAccessException.class)
                    .rootCause().asInstanceOf(InstanceOfAssertFactories.type(SQLException.class))
                    .extracting(SQLException::getSQLState).as("insufficient privilege").isEqualTo("42501");
        }
    }

    private static void assertPasswordRequired(String url, String role) {
        Properties withoutPassword = new Properties();
        withoutPassword.setProperty("user", role);
        assertThatThrownBy(() -> DriverManager.getConnection(url, withoutPassword).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // the database and its roles are under test, not the demo's records
        return new SpringApplicationBuilder(QorgauApplication.class).run("--qorgau.demo.enabled=true",
                "--qorgau.demo.records=false", "--qorgau.data-dir=" + dataDir, "--server.port=0");
    }
}
