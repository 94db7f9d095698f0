package kz.qorgau.system;

import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import kz.qorgau.QorgauApplication;
import kz.qorgau.TestDatabase;
import kz.qorgau.Tiers;

/**
 * A database that the single-folder layout migrated, as this commit's predecessors left it (the migrations exactly
 * as they were, {@link TestDatabase#SINGLE_FOLDER_MIGRATIONS}), starts on the layout of one folder per module
 * ({@link ModuleMigrations}): its history is carried over ({@link SingleFolderHistory}), nothing runs again, and its
 * schema is the one it had and the one a new database of this layout gets.
 */
@Tag(Tiers.FULL)
class SingleFolderHistoryTests {

    @Test
    void aDatabaseOfTheSingleFolderLayoutStartsWithoutRunningAnyMigrationAgain(@TempDir Path dir) throws Exception {
        String database = "qorgau_single_folder";
        JdbcClient owner = singleFolderDatabase(database);
        owner.sql("""
                insert into organisations_organisation (name_ru, type, created_at, updated_at)
                values ('Организация прежней версии', 'NGO', now(), now())""").update();
        Map<String, Timestamp> ranAt = new LinkedHashMap<>();
        owner.sql("select script, installed_on from flyway_schema_history").query()
                .listOfRows().forEach(row -> ranAt.put((String) row.get("script"), (Timestamp) row.get(
                        "installed_on")));
        assertThat(ranAt.keySet()).as("every migration of the single folder ran")
                .containsExactlyInAnyOrderElementsOf(singleFolderScripts());
        // each line of the csv begins with the version, script and checksum of the history's row
        assertThat(owner.sql("select version || ';' || script || ';' || checksum from flyway_schema_history")
                .query(String.class).set())
                .as("every migration of the single folder is placed in %s", SingleFolderHistory.MOVES)
                .isEqualTo(SingleFolderHistory.moves().stream()
                        .map(move -> move.version() + ";" + move.script() + ";" + move.checksum()).collect(toSet()));
        Map<String, List<String>> before = schema(owner, false);
        Instant started = Instant.now();

        // the carry-over alone, as the first start does it before any module migrates (the start itself below;
        // AuditUpgradeTests and EmbeddedDatabaseTests also start the application on databases of this layout)
        SingleFolderHistory.carryOver(owner(database).getConfiguration());
        assertThat(owner.sql("select to_regclass('flyway_schema_history') is null").query(Boolean.class).single())
                .as("the single-folder history is carried over and dropped").isTrue();
        assertThat(schema(owner, false)).as("the schema is the one the earlier layout made").isEqualTo(before);
        // the dates of the runs that applied them, moved over with them
        List<Timestamp> movedDates = new ArrayList<>();
        // the modules that had migrations in the single folder (a module added since has no history to carry)
        for (String module : SingleFolderHistory.moves().stream().map(move -> move.module()).distinct().toList()) {
            movedDates.addAll(owner.sql("select installed_on from flyway_schema_history_" + module)
                    .query(Timestamp.class).list());
        }
        assertThat(movedDates).hasSize(SingleFolderHistory.moves().size())
                .allSatisfy(date -> assertThat(ranAt).containsValue(date));

        EncryptionKeys.generate().write(dir.resolve("keys.json"));
        List<String> arguments = new ArrayList<>(TestDatabase.arguments(database));
        arguments.addAll(List.of("--qorgau.data-dir=" + dir.resolve("data"), "--qorgau.keys.file=" + dir.resolve(
                "keys.json"),
                "--server.port=0"));
        try (ConfigurableApplicationContext upgraded = new SpringApplicationBuilder(QorgauApplication.class)
                .run(arguments.toArray(String[]::new))) {
            Flyway flyway = owner(database);
            Set<String> placed = new HashSet<>();
            SingleFolderHistory.moves().forEach(move -> placed.add(move.module() + " " + move.moduleVersion()));
            Set<String> carried = new HashSet<>();
            for (String module : ModuleMigrations.MODULES) {
                for (MigrationInfo migration : ModuleMigrations.of(flyway.getConfiguration(), module).info().all()) {
                    String name = module + "/" + migration.getScript();
                    if (migration.getState() == MigrationState.BASELINE) {
                        // a module added since the single folder starts its history here, then migrates
                        assertThat(placed).as(name).noneMatch(move -> move.startsWith(module + " "));
                        continue;
                    }
                    assertThat(migration.getState()).as(name).isEqualTo(MigrationState.SUCCESS);
                    if (placed.contains(module + " " + migration.getVersion())) {
                        assertThat(migration.getInstalledOn().toInstant()).as(name + " ran before the upgrade")
                                .isBefore(started);
                        carried.add(module + " " + migration.getVersion());
                    } else {
                        // a migration added to a module's folder after the single folder was replaced
                        assertThat(migration.getInstalledOn().toInstant()).as(name + " ran at the upgrade")
                                .isAfterOrEqualTo(started.truncatedTo(ChronoUnit.SECONDS));
                    }
                }
            }
            assertThat(carried).as("every migration placed in %s, each carried over once", SingleFolderHistory.MOVES)
                    .isEqualTo(placed);
            assertThat(upgraded.getBean(JdbcClient.class)
                    .sql("select count(*) from organisations_organisation where name_ru = 'Организация прежней версии'")
                    .query(Long.class).single()).isEqualTo(1);
        }

        String fresh = "qorgau_module_layout";
        TestDatabase.createDatabase(fresh);
        new ModuleMigrations(new RuntimeRoleGrants(runtime(fresh))).migrate(owner(fresh));
        assertThat(schema(owner, true)).as("the schema, history tables and grants of a new database of this layout")
                .isEqualTo(schema(JdbcClient.create(owner(fresh).getConfiguration().getDataSource()), true));
    }

    @Test
    void aHistoryWithAMigrationThisVersionDoesNotKnowIsRefusedAndLeftAsItWas() {
        String database = "qorgau_single_folder_unknown";
        JdbcClient owner = singleFolderDatabase(database);
        ModuleMigrations migrations = new ModuleMigrations(new RuntimeRoleGrants(runtime(database)));
        long rows = owner.sql("select count(*) from flyway_schema_history").query(Long.class).single();

        // a migration added to the single folder on another branch and run on this database
        owner.sql("""
                insert into flyway_schema_history (installed_rank, version, description, type, script, checksum,
                                                   installed_by, execution_time, success)
                select max(installed_rank) + 1, '99.1', 'statistics x', 'SQL', 'V99_1__statistics_x.sql', 42,
                       current_user, 1, true from flyway_schema_history""")
                .update();
        assertThatThrownBy(() -> migrations.migrate(owner(database)))
                .isInstanceOf(SingleFolderHistory.UnknownHistoryException.class)
                .hasMessageContaining("V99_1__statistics_x.sql (version 99.1, checksum 42)")
                .hasMessageContaining("nothing was changed");
        assertUnchanged(owner, rows + 1);

        // a migration edited after it ran (V3_1 once was)
        owner.sql("delete from flyway_schema_history where version = '99.1'").update();
        owner.sql("update flyway_schema_history set checksum = checksum + 1 where version = '3.1'").update();
        assertThatThrownBy(() -> migrations.migrate(owner(database)))
                .isInstanceOf(SingleFolderHistory.UnknownHistoryException.class)
                .hasMessageContaining("V3_1__cases.sql (version 3.1, checksum");
        assertUnchanged(owner, rows);
    }

    /** The migrations of the single folder as the test resources keep them. */
    private static List<String> singleFolderScripts() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources", TestDatabase.SINGLE_FOLDER_MIGRATIONS))) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static void assertUnchanged(JdbcClient owner, long rows) {
        assertThat(owner.sql("select count(*) from flyway_schema_history").query(Long.class).single()).isEqualTo(rows);
        assertThat(owner.sql("select count(*) from pg_tables where tablename like 'flyway\\_schema\\_history\\_%'")
                .query(Long.class).single()).isZero();
    }

    /** A new database migrated by the single-folder layout, as the owner role; the owner's connections to it. */
    private static JdbcClient singleFolderDatabase(String database) {
        TestDatabase.createDatabase(database);
        Flyway.configure().dataSource(TestDatabase.url(database), TestDatabase.OWNER, TestDatabase.OWNER_PASSWORD)
                .locations("classpath:" + TestDatabase.SINGLE_FOLDER_MIGRATIONS).load().migrate();
        return JdbcClient.create(owner(database).getConfiguration().getDataSource());
    }

    /** Flyway as the application configures it (application.properties), as the owner role. */
    private static Flyway owner(String database) {
        return Flyway.configure().dataSource(TestDatabase.url(database), TestDatabase.OWNER,
                TestDatabase.OWNER_PASSWORD)
                .locations("classpath:db/migration").validateOnMigrate(true).load();
    }

    private static DataSource runtime(String database) {
        return new DriverManagerDataSource(TestDatabase.url(database), TestDatabase.RUNTIME,
                TestDatabase.RUNTIME_PASSWORD);
    }

    /**
     * The schema's tables, columns, constraints, indexes, views, functions and triggers, as PostgreSQL describes them;
     * with {@code history} also Flyway's history tables and every relation's privileges, else without them.
     */
    private static Map<String, List<String>> schema(JdbcClient db, boolean history) {
        String relation = history ? "true" : "%s not like 'flyway\\_schema\\_history%%'";
        Map<String, List<String>> schema = new LinkedHashMap<>();
        schema.put("columns", db.sql("""
                select table_name || '.' || column_name || ' ' || ordinal_position || ' ' || data_type || ' '
                       || coalesce(character_maximum_length::text, '') || ' ' || is_nullable || ' '
                       || coalesce(column_default, '')
                from information_schema.columns where table_schema = 'public' and %s order by 1"""
                .formatted(relation.formatted("table_name"))).query(String.class).list());
        schema.put("constraints", db.sql("""
                select c.conrelid::regclass::text || ' ' || c.conname || ' ' || pg_get_constraintdef(c.oid)
                from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                where n.nspname = 'public' and %s order by 1"""
                .formatted(relation.formatted("c.conrelid::regclass::text"))).query(String.class).list());
        schema.put("indexes", db.sql("select indexdef from pg_indexes where schemaname = 'public' and %s order by 1"
                .formatted(relation.formatted("tablename"))).query(String.class).list());
        schema.put("views", db.sql(
                "select viewname || ' ' || definition from pg_views where schemaname = 'public' order by 1")
                .query(String.class).list());
        schema.put("functions", db.sql("""
                select pg_get_functiondef(p.oid) from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public' order by 1""").query(String.class).list());
        schema.put("triggers", db.sql("""
                select pg_get_triggerdef(t.oid) from pg_trigger t join pg_class c on c.oid = t.tgrelid
                join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and not t.tgisinternal
                order by 1""").query(String.class).list());
        schema.put("sequences", db.sql("select sequencename from pg_sequences where schemaname = 'public' order by 1")
                .query(String.class).list());
        if (history) {
            schema.put("privileges", db.sql("""
                    select c.relname || ' ' || coalesce(c.relacl::text, '') from pg_class c
                    join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S') order by 1""")
                    .query(String.class).list());
        }
        return schema;
    }
}
