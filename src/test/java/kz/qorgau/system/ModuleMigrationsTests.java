package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import kz.qorgau.QorgauApplication;

/** The modules' migrations run in module dependency order, as the module model has it. */
class ModuleMigrationsTests {

    @Test
    void everyModuleMigratesAfterTheModulesItDependsOn() {
        ApplicationModules modules = ApplicationModules.of(QorgauApplication.class);
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
                    .forEach(dependency -> problems.add(name + " depends on " + dependency + " but migrates before it"));
        }
        assertThat(problems).as("ModuleMigrations.MODULES in module dependency order").isEmpty();
    }
}
