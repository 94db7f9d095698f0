package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import kz.qorgau.ModularityTests;
import kz.qorgau.TestDatabase;
import kz.qorgau.Tiers;

/**
 * The modules' migrations run in module dependency order, as the module model has it, and a module's folder never
 * depends on a later one: on a new database, each module's migrations run after those of the modules before it
 * alone, create and change only that module's own tables and views, and refer (foreign keys, views) only to the
 * module's own relations and those of the modules its code depends on.
 */
@Tag(Tiers.ARCHITECTURE)
class ModuleMigrationsTests {

    private static ApplicationModules modules;

    @BeforeAll
    static void model() {
        modules = ModularityTests.MODULES;
    }

    @Test
    void everyModuleMigratesAfterTheModulesItDependsOn() {
        List<String> order = ModuleMigrations.MODULES;
        List<String> problems = new ArrayList<>();
        for (String name : order) {
            ApplicationModule module = modules.getModuleByName(name).orElse(null);
            if (module == null) {
                problems.add(name + " is not a module");
                continue;
            }
            module.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName)
                    .filter(order::contains)
                    .filter(dependency -> order.indexOf(dependency) > order.indexOf(name))
                    .forEach(dependency -> problems.add(name + " depends on " + dependency
                            + " but migrates before it"));
        }
        assertThat(problems).as("ModuleMigrations.MODULES in module dependency order").isEmpty();
    }

    @Test
    void eachModuleMigratesOnTheEarlierModulesAloneAndChangesOnlyItsOwnRelations() {
        String database = "qorgau_module_order";
        TestDatabase.createDatabase(database);
        Configuration configuration = Flyway.configure()
                .dataSource(TestDatabase.url(database), TestDatabase.OWNER, TestDatabase.OWNER_PASSWORD)
                .locations("classpath:db/migration").load().getConfiguration();
        JdbcClient db = JdbcClient.create(configuration.getDataSource());

        Map<String, String> moduleOf = new HashMap<>();
        List<String> problems = new ArrayList<>();
        Map<String, String> before = relations(db);
        for (String module : ModuleMigrations.MODULES) {
            // fails here, on a missing relation, when a module's migration needs one of a later module
            ModuleMigrations.of(configuration, module).migrate();
            Map<String, String> after = relations(db);
            after.forEach((relation, description) -> {
                if (!before.containsKey(relation)) {
                    moduleOf.put(relation, module);
                } else if (!before.get(relation).equals(description)) {
                    problems.add(module + "'s migrations change " + relation + " of " + moduleOf.get(relation)
                            + ": a module changes its own relations only");
                }
            });
            before.keySet().stream().filter(relation -> !after.containsKey(relation)).forEach(relation -> problems
                    .add(module + "'s migrations drop " + relation + " of " + moduleOf.get(relation)));
            before.clear();
            before.putAll(after);
        }

        Map<String, Set<String>> dependencies = new HashMap<>();
        for (String[] reference : references(db)) {
            String from = moduleOf.get(reference[0]);
            String to = moduleOf.get(reference[1]);
            if (from == null || to == null || from.equals(to)) {
                continue;
            }
            if (!dependencies.computeIfAbsent(from, ModuleMigrationsTests::dependencies).contains(to)) {
                problems.add(reference[0] + " (" + from + ") refers to " + reference[1] + " of " + to + ", a module "
                        + from + " does not depend on");
            }
        }
        assertThat(moduleOf.values()).as("every module's migrations create relations")
                .containsAll(ModuleMigrations.MODULES);
        assertThat(problems).isEmpty();
    }

    /**
     * Each table, view and sequence of the schema but Flyway's history tables, with what the migrations can change
     * about it: its columns, constraints, indexes and triggers, or its definition.
     */
    private static Map<String, String> relations(JdbcClient db) {
        Map<String, String> relations = new TreeMap<>();
        db.sql("""
                select c.relname,
                       c.relkind::text || ' '
                       || case when c.relkind in ('v', 'm') then pg_get_viewdef(c.oid) else '' end
                       || coalesce((select string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' '
                                                      || a.attnotnull || ' ' || coalesce(pg_get_expr(d.adbin,
                                                          d.adrelid), ''),
                                                      ', ' order by a.attnum)
                                    from pg_attribute a left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum
                                        = a.attnum
                                    where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped), '')
                       || ' | ' || coalesce((select string_agg(x.conname || ' ' || pg_get_constraintdef(x.oid), ', '
                                                               order by x.conname)
                                             from pg_constraint x where x.conrelid = c.oid), '')
                       || ' | ' || coalesce((select string_agg(pg_get_indexdef(i.indexrelid), ', '
                                                               order by pg_get_indexdef(i.indexrelid))
                                             from pg_index i where i.indrelid = c.oid), '')
                       || ' | ' || coalesce((select string_agg(pg_get_triggerdef(t.oid), ', '
                                                               order by pg_get_triggerdef(t.oid))
                                             from pg_trigger t where t.tgrelid = c.oid and not t.tgisinternal), '')
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                  and c.relname not like 'flyway\\_schema\\_history%'""")
                .query((row, number) -> Map.entry(row.getString(1), row.getString(2)))
                .list().forEach(entry -> relations.put(entry.getKey(), entry.getValue()));
        return relations;
    }

    /** Which relation refers to which: foreign keys and the relations views read. */
    private static List<String[]> references(JdbcClient db) {
        return db.sql("""
                select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
                join pg_namespace n on n.oid = c.connamespace where n.nspname = 'public' and c.contype = 'f'
                union
                select v.relname, t.relname from pg_rewrite r
                join pg_class v on v.oid = r.ev_class
                join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid
                join pg_class t on t.oid = d.refobjid
                join pg_namespace n on n.oid = v.relnamespace
                where n.nspname = 'public' and t.oid <> v.oid""")
                .query((row, number) -> new String[]{ row.getString(1), row.getString(2) }).list();
    }

    /**
     * The modules a module's code depends on, directly or through others: the schema already refers along such
     * indirect dependencies (persons_person to organisations, through identity).
     */
    private static Set<String> dependencies(String name) {
        Set<String> all = new HashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of(name));
        while (!next.isEmpty()) {
            modules.getModuleByName(next.pop()).ifPresent(module -> module.getDirectDependencies(modules)
                    .uniqueModules().map(ApplicationModule::getName).filter(all::add).forEach(next::add));
        }
        return all;
    }
}
