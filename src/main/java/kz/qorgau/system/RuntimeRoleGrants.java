package kz.qorgau.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * After every migration run (once, after the last module's: {@link ModuleMigrations}), the migration (owner) role grants the application's runtime role what the application
 * needs in the schema, and nothing more: to read and write rows of the tables, to read the views, to use the
 * sequences; the same for tables later migrations create (default privileges). Never the right to create objects,
 * never {@code TRUNCATE}; never an update or a delete of the append-only audit trail ({@code audit_entry}, audit V1) nor
 * of Flyway's history tables (one per module). The runtime role owns no object, so it can neither drop a table nor switch its triggers off
 * (only the owner or a superuser can).
 * <p>
 * The runtime role is the one the application's own data source logs in as. When migrations run as that same
 * role (a single-role database), there is nothing to grant; {@link RuntimeRoleCheck} then refuses to start if that
 * role could touch the audit trail.
 */
@Component
class RuntimeRoleGrants {

    private static final Logger log = LoggerFactory.getLogger(RuntimeRoleGrants.class);

    /** Tables whose rows are never changed or removed once written. */
    static final List<String> APPEND_ONLY = List.of("audit_entry");

    /** The advisory lock held while granting ("tuple concurrently updated" otherwise). */
    private static final long LOCK = 0x51_6F_72_67_61_75_47L; // "QorgauG"

    private final DataSource runtime;

    RuntimeRoleGrants(DataSource runtime) {
        this.runtime = runtime;
    }

    /** Grants over a connection of the migrations' own (the owner role's) data source. */
    void apply(Configuration configuration) {
        try (Connection migration = configuration.getDataSource().getConnection()) {
            String role = runtimeRole();
            if (role.equals(currentUser(migration))) {
                log.info("The application and the migrations use the same database role: no grants to maintain");
                return;
            }
            migration.setAutoCommit(false);
            try {
                grant(migration, role, configuration);
                migration.commit();
            } catch (SQLException | RuntimeException e) {
                migration.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the grants of the application's database role cannot be maintained", e);
        }
    }

    /** Grants in one transaction, which holds a lock: nodes starting together would otherwise collide. */
    private static void grant(Connection migration, String role, Configuration configuration) throws SQLException {
        String schema = schema(configuration, migration);
        List<String> tables = relations(migration, schema, "r", "p");
        String history = configuration.getTable();
        try (Statement statement = migration.createStatement()) {
            statement.execute("select pg_advisory_xact_lock(" + LOCK + ")");
            for (String sql : grants(role, schema, relations(migration, schema, "v", "m"),
                    tables.stream().filter(table -> table.equals(history) || table.startsWith(history + "_")).toList(),
                    APPEND_ONLY.stream().filter(tables::contains).toList())) {
                statement.execute(sql);
            }
        }
    }

    /**
     * The statements, in order: the broad grants first, then what the runtime role must not have.
     *
     * @param views views and materialized views: read only
     * @param readOnly tables the runtime role reads only (Flyway's history tables)
     * @param appendOnly tables it reads and inserts into only
     */
    static List<String> grants(String role, String schema, List<String> views, List<String> readOnly,
            List<String> appendOnly) {
        String to = quote(role);
        String in = quote(schema);
        List<String> sql = new ArrayList<>();
        sql.add("grant usage on schema " + in + " to " + to);
        sql.add("grant select, insert, update, delete on all tables in schema " + in + " to " + to);
        sql.add("revoke truncate, references, trigger on all tables in schema " + in + " from " + to);
        sql.add("grant usage, select on all sequences in schema " + in + " to " + to);
        sql.add("alter default privileges in schema " + in + " grant select, insert, update, delete on tables to "
                + to);
        sql.add("alter default privileges in schema " + in + " grant usage, select on sequences to " + to);
        for (String relation : views) {
            sql.add("revoke insert, update, delete on " + in + "." + quote(relation) + " from " + to);
        }
        for (String table : readOnly) {
            sql.add("revoke insert, update, delete on " + in + "." + quote(table) + " from " + to);
        }
        for (String table : appendOnly) {
            sql.add("revoke update, delete on " + in + "." + quote(table) + " from " + to);
        }
        return sql;
    }

    private String runtimeRole() throws SQLException {
        try (Connection connection = runtime.getConnection()) {
            return currentUser(connection);
        }
    }

    private static String currentUser(Connection connection) throws SQLException {
        return single(connection, "select current_user");
    }

    static String schema(Configuration configuration, Connection migration) throws SQLException {
        if (configuration.getDefaultSchema() != null) {
            return configuration.getDefaultSchema();
        }
        if (configuration.getSchemas().length > 0) {
            return configuration.getSchemas()[0];
        }
        return single(migration, "select current_schema()");
    }

    /** The names of the schema's relations of the given kinds ({@code pg_class.relkind}). */
    private static List<String> relations(Connection connection, String schema, String... kinds) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = ? and c.relkind::text = any (?) order by 1""")) {
            statement.setString(1, schema);
            statement.setArray(2, connection.createArrayOf("text", kinds));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    /** A quoted SQL identifier. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
