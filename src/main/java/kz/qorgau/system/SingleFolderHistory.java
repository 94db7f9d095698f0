package kz.qorgau.system;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database that the earlier layout migrated (every migration in one folder, numbered by module:
 * {@code V3_1__cases.sql}, one history table {@code flyway_schema_history}) is carried over to the layout of one
 * folder and one history table per module ({@link ModuleMigrations}) at its first start, without running any
 * migration again: each row of the old history becomes a row of its module's history table with the new script,
 * version, description and checksum, and keeps the date, role and duration of the run that applied it. Which old
 * migration went where is {@value #MOVES}, checked against the old checksum of each row.
 * <p>
 * All or nothing, in one transaction that holds a lock, so that nodes starting together carry it over once. A row
 * that is not there (a migration this version does not know, one that failed, or one edited after it ran) refuses
 * the start with nothing changed ({@link UnknownHistoryException}).
 */
final class SingleFolderHistory {

    private static final Logger log = LoggerFactory.getLogger(SingleFolderHistory.class);

    static final String MOVES = "db/single-folder-history.csv";

    /** The advisory lock held while carrying over ("QorgauM"). */
    private static final long LOCK = 0x51_6F_72_67_61_75_4DL;

    /** Where one migration of the earlier layout went: {@code module}'s migration {@code moduleVersion}. */
    record Move(String version, String script, int checksum, String module, String moduleVersion) {
    }

    /** One row of the earlier layout's history. */
    private record Row(String version, String script, Integer checksum, String installedBy,
            Timestamp installedOn, int executionTime, boolean success) {
    }

    private SingleFolderHistory() {
    }

    static void carryOver(Configuration configuration) {
        String table = configuration.getTable();
        try (Connection connection = configuration.getDataSource().getConnection()) {
            String schema = RuntimeRoleGrants.schema(configuration, connection);
            if (!exists(connection, schema, table)) {
                return;
            }
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select pg_advisory_xact_lock(" + LOCK + ")");
                }
                if (exists(connection, schema, table)) {
                    carryOver(configuration, connection, schema, table);
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new FlywayException("the migration history of the earlier layout (" + table
                    + ") cannot be carried over to the modules' history tables", e);
        }
    }

    private static void carryOver(Configuration configuration, Connection connection, String schema, String table)
            throws SQLException {
        Map<String, List<Move>> moves = new HashMap<>();
        for (Move move : moves()) {
            moves.computeIfAbsent(move.version(), version -> new ArrayList<>()).add(move);
        }
        List<Row> rows = rows(connection, RuntimeRoleGrants.quote(schema) + "." + RuntimeRoleGrants.quote(table));
        List<String> unknown = new ArrayList<>();
        Map<String, List<Map.Entry<Row, Move>>> byModule = new LinkedHashMap<>();
        for (Row row : rows) {
            List<Move> targets = row.version() == null ? List.of() : moves.getOrDefault(row.version(), List.of());
            if (!row.success() || targets.isEmpty() || !targets.getFirst().script().equals(row.script())
                    || !Objects.equals(targets.getFirst().checksum(), row.checksum())) {
                unknown.add(row.script() + " (version " + row.version() + ", checksum " + row.checksum()
                        + (row.success() ? "" : ", failed") + ")");
                continue;
            }
            for (Move move : targets) {
                byModule.computeIfAbsent(move.module(), module -> new ArrayList<>()).add(Map.entry(row, move));
            }
        }
        if (!unknown.isEmpty()) {
            throw new UnknownHistoryException("the database's migration history (" + table + ") holds "
                    + String.join(", ", unknown)
                    + ", which this version of Qorgau does not know; nothing was changed.");
        }
        for (Map.Entry<String, List<Map.Entry<Row, Move>>> module : byModule.entrySet()) {
            String history = ModuleMigrations.historyTable(configuration, module.getKey());
            if (exists(connection, schema, history)) {
                throw new UnknownHistoryException("the database has both the earlier migration history (" + table
                        + ") and the module history " + history + "; nothing was changed.");
            }
            Map<String, MigrationInfo> resolved = resolved(configuration, module.getKey());
            String target = RuntimeRoleGrants.quote(schema) + "." + RuntimeRoleGrants.quote(history);
            createLike(connection, schema, table, history);
            int rank = 0;
            for (Map.Entry<Row, Move> entry : module.getValue()) {
                Row row = entry.getKey();
                MigrationInfo migration = resolved.get(entry.getValue().moduleVersion());
                if (migration == null) {
                    throw new IllegalStateException(MOVES + " sends " + row.script() + " to " + module.getKey()
                            + " version " + entry.getValue().moduleVersion() + ", which has no such migration");
                }
                try (PreparedStatement insert = connection.prepareStatement("insert into " + target + """
                         (installed_rank, version, description, type, script, checksum, installed_by, installed_on,
                          execution_time, success)
                        values (?, ?, ?, 'SQL', ?, ?, ?, ?, ?, true)""")) {
                    insert.setInt(1, ++rank);
                    insert.setString(2, migration.getVersion().getVersion());
                    insert.setString(3, migration.getDescription());
                    insert.setString(4, migration.getScript());
                    insert.setInt(5, migration.getChecksum());
                    insert.setString(6, row.installedBy());
                    insert.setTimestamp(7, row.installedOn());
                    insert.setInt(8, row.executionTime());
                    insert.executeUpdate();
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table " + RuntimeRoleGrants.quote(schema) + "." + RuntimeRoleGrants.quote(table));
        }
        log.info("Carried the history of {} migrations of the single-folder layout over to the history tables of {}",
                rows.size(), byModule.keySet());
    }

    /**
     * A module history table as Flyway makes one: the earlier table's columns, defaults and indexes, its primary key
     * and index named as Flyway names them ({@code <table>_pk}, {@code <table>_s_idx}).
     */
    private static void createLike(Connection connection, String schema, String like, String table)
            throws SQLException {
        String in = RuntimeRoleGrants.quote(schema) + ".";
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table " + in + RuntimeRoleGrants.quote(table) + " (like " + in
                    + RuntimeRoleGrants.quote(like) + " including defaults including constraints including indexes)");
        }
        try (PreparedStatement names = connection.prepareStatement("""
                select i.relname, x.indisprimary from pg_index x
                join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
                join pg_namespace n on n.oid = t.relnamespace
                where n.nspname = ? and t.relname = ?""")) {
            names.setString(1, schema);
            names.setString(2, table);
            List<String> renames = new ArrayList<>();
            try (ResultSet rows = names.executeQuery()) {
                while (rows.next()) {
                    String index = RuntimeRoleGrants.quote(rows.getString(1));
                    renames.add(rows.getBoolean(2)
                            ? "alter table " + in + RuntimeRoleGrants.quote(table) + " rename constraint " + index
                                    + " to " + RuntimeRoleGrants.quote(table + "_pk")
                            : "alter index " + in + index + " rename to " + RuntimeRoleGrants.quote(table + "_s_idx"));
                }
            }
            try (Statement statement = connection.createStatement()) {
                for (String rename : renames) {
                    statement.execute(rename);
                }
            }
        }
    }

    /** A module's migrations as this version has them, by version. */
    private static Map<String, MigrationInfo> resolved(Configuration configuration, String module) {
        Map<String, MigrationInfo> migrations = new HashMap<>();
        for (MigrationInfo migration : ModuleMigrations.of(configuration, module).info().all()) {
            if (migration.getVersion() != null && migration.getScript() != null && migration.getChecksum() != null) {
                migrations.put(migration.getVersion().getVersion(), migration);
            }
        }
        return migrations;
    }

    private static List<Row> rows(Connection connection, String table) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery("""
                select version, script, checksum, installed_by, installed_on, execution_time, success
                from %s order by installed_rank""".formatted(table))) {
            while (result.next()) {
                rows.add(new Row(result.getString(1), result.getString(2), (Integer) result.getObject(3),
                        result.getString(4), result.getTimestamp(5), result.getInt(6), result.getBoolean(7)));
            }
        }
        return rows;
    }

    /** The moves of {@value #MOVES}, in its order. */
    static List<Move> moves() {
        try (InputStream in = SingleFolderHistory.class.getClassLoader().getResourceAsStream(MOVES)) {
            if (in == null) {
                throw new IllegalStateException(MOVES + " is missing");
            }
            List<Move> moves = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] field = line.strip().split(";");
                moves.add(new Move(field[0], field[1], Integer.parseInt(field[2]), field[3], field[4]));
            }
            return moves;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean exists(Connection connection, String schema, String table) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("select to_regclass(?) is not null")) {
            statement.setString(1, RuntimeRoleGrants.quote(schema) + "." + RuntimeRoleGrants.quote(table));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** The earlier layout's history holds what this version cannot place; the start is refused. */
    static class UnknownHistoryException extends FlywayException {
        UnknownHistoryException(String message) {
            super(message);
        }
    }
}
