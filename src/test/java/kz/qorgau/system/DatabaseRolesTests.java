package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import kz.qorgau.demo.EmbeddedCluster;
import kz.qorgau.QorgauTest;
import kz.qorgau.TestDatabase;

/**
 * What the application's runtime role may do, on the shared test database set up as README's "Production mode"
 * says (the owner role migrates, the application connects as the runtime role; {@link RuntimeRoleGrants}).
 */
@QorgauTest
class DatabaseRolesTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void theApplicationConnectsAsARoleThatIsNoSuperuserAndCannotCreateRolesOrDatabases() {
        assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo(TestDatabase.RUNTIME);
        assertThat(jdbc.sql(
                "select rolsuper or rolcreaterole or rolcreatedb from pg_roles where rolname = current_user")
                .query(Boolean.class).single()).isFalse();
        assertRefused("create role intruder superuser login password 'intruder'", "permission denied");
        assertRefused("create database intruder", "permission denied");
    }

    @Test
    void theApplicationCannotSwitchOffOrEmptyTheAuditTrail() {
        assertRefused("alter table audit_entry disable trigger all", "must be owner");
        assertRefused("alter table audit_entry disable trigger audit_entry_no_update", "must be owner");
        assertRefused("drop trigger audit_entry_no_truncate on audit_entry", "must be owner");
        assertRefused("drop table audit_entry", "must be owner");
        assertRefused("truncate audit_entry", "permission denied");
        assertRefused("delete from audit_entry", "permission denied");
        assertRefused("update audit_entry set actor = 'intruder'", "permission denied");
        assertThat(jdbc.sql(
                "select count(*) from pg_trigger where tgrelid = 'audit_entry'::regclass and tgenabled = 'O'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theApplicationOwnsNothingAndCreatesNothing() {
        assertThat(jdbc.sql("""
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relowner = (select oid from pg_roles where rolname = current_user)
                  and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'""")
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql(
                "select count(*) from pg_namespace where nspowner = (select oid from pg_roles where rolname = current_user)")
                .query(Long.class).single()).isZero();
        assertRefused("create table intruder (id int)", "permission denied");
        assertRefused("create view intruder as select 1", "permission denied");
        assertRefused("create function intruder() returns int language sql as 'select 1'", "permission denied");
        assertRefused("create schema intruder", "permission denied");
        assertRefused("create temporary table intruder (id int)", "permission denied");
    }

    @Test
    void theApplicationReadsButCannotRewriteTheMigrationHistoryOrTheViews() {
        // one history table per module (ModuleMigrations)
        for (String module : ModuleMigrations.MODULES) {
            String history = "flyway_schema_history_" + module;
            assertThat(jdbc.sql("select count(*) from " + history).query(Long.class).single()).as(history).isPositive();
            assertRefused("delete from " + history, "permission denied");
            assertRefused("update " + history + " set checksum = 0", "permission denied");
        }
        assertThat(jdbc.sql("select count(*) from statistics_case").query(Long.class).single()).isNotNegative();
        assertRefused("delete from statistics_case", "permission denied");
    }

    @Test
    void everyTableAndSequenceOfEveryModuleIsUsableByTheApplication() {
        List<String> unusable = jdbc.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and (
                      (c.relkind in ('r', 'p') and c.relname not like 'flyway\\_schema\\_history\\_%'
                           and not has_table_privilege(c.oid, 'select, insert'))
                   or (c.relkind in ('v', 'm') and not has_table_privilege(c.oid, 'select'))
                   or (c.relkind = 'S' and not has_sequence_privilege(c.oid, 'usage')))""")
                .query(String.class).list();
        assertThat(unusable).isEmpty();
        assertThat(jdbc.sql("select has_table_privilege('spring_session', 'select, insert, update, delete')")
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void tablesTheOwnerCreatesLaterAreUsableByTheApplicationWithoutNewGrants() {
        JdbcClient owner = JdbcClient.create(new DriverManagerDataSource(TestDatabase.url(TestDatabase.DATABASE),
                TestDatabase.OWNER, TestDatabase.OWNER_PASSWORD));
        owner.sql(
                "create table roles_test_later_module (id bigint generated always as identity primary key, note text)")
                .update();
        try {
            jdbc.sql("insert into roles_test_later_module (note) values ('written by the application')").update();
            assertThat(jdbc.sql("select note from roles_test_later_module").query(String.class).single())
                    .isEqualTo("written by the application");
        } finally {
            owner.sql("drop table roles_test_later_module").update();
        }
    }

    @Test
    void noConnectionIsAcceptedWithoutTheRightPassword() {
        for (String role : List.of(TestDatabase.RUNTIME, TestDatabase.OWNER, EmbeddedCluster.SUPERUSER)) {
            assertThatThrownBy(() -> connect(role, null)).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
            assertThatThrownBy(() -> connect(role, "wrong")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
        }
        assertThat(JdbcClient.create(TestDatabase.superuser(TestDatabase.DATABASE))
                .sql("select distinct auth_method from pg_hba_file_rules").query(String.class).list())
                .containsExactly("scram-sha-256");
    }

    private static void connect(String role, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", role);
        if (password != null) {
            properties.setProperty("password", password);
        }
        DriverManager.getConnection(TestDatabase.url(TestDatabase.DATABASE), properties).close();
    }

    /** Refused for want of a privilege (SQLSTATE 42501, insufficient_privilege). */
    private void assertRefused(String statement, String reason) {
        assertThatThrownBy(() -> jdbc.sql(statement).update()).as(statement)
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining(reason)
                .asInstanceOf(InstanceOfAssertFactories.type(SQLException.class))
                .extracting(SQLException::getSQLState).isEqualTo("42501");
    }
}
