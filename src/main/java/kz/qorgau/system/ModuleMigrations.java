package kz.qorgau.system;

import java.util.List;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.Configuration;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * The migrations, one module at a time in module dependency order: Spring Modulith's module-aware Flyway layout
 * ({@code db/migration/<module>/V<n>__<what>.sql}, each module numbering its own from 1, with its own history
 * table {@code flyway_schema_history_<module>} baselined at version 0), so that a module's migrations never have to
 * be numbered around another module's (docs/migrations.md).
 * <p>
 * Run here rather than by Spring Modulith's {@code spring.modulith.runtime.flyway-enabled} for two reasons: a
 * database of the earlier single-folder layout must be carried over ({@link SingleFolderHistory}) before any
 * module's history is read, and the runtime role's grants are made once, after the last module, over every history
 * table ({@link RuntimeRoleGrants}). Every module instance starts from Spring Boot's Flyway configuration, so the
 * migrations run as the owner role ({@code spring.flyway.user}, or the superuser of the embedded database).
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

    /**
     * The modules that have migrations, each after the modules it depends on (ModuleMigrationsTests checks this
     * against the module model): a module's migrations may read and reference the tables of those modules only.
     */
    static final List<String> MODULES = List.of("system", "audit", "organisations", "identity", "persons", "cases",
            "victims", "referrals", "shelters", "inspections", "agencies", "hotline", "prevention", "statistics",
            "exchange");

    private final RuntimeRoleGrants grants;

    ModuleMigrations(RuntimeRoleGrants grants) {
        this.grants = grants;
    }

    @Override
    public void migrate(Flyway flyway) {
        Configuration configuration = flyway.getConfiguration();
        SingleFolderHistory.carryOver(configuration);
        for (String module : MODULES) {
            of(configuration, module).migrate();
        }
        grants.apply(configuration);
    }

    /** The Flyway of one module: its folder under each configured location, its own history table. */
    static Flyway of(Configuration configuration, String module) {
        return Flyway.configure().configuration(configuration)
                .locations(Stream.of(configuration.getLocations()).map(Location::getDescriptor)
                        .map(location -> location + "/" + module).toArray(String[]::new))
                .table(historyTable(configuration, module))
                .baselineVersion("0")
                .baselineOnMigrate(true)
                .load();
    }

    static String historyTable(Configuration configuration, String module) {
        return configuration.getTable() + "_" + module;
    }
}
