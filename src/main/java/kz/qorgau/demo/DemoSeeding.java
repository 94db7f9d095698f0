package kz.qorgau.demo;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.stereotype.Component;

import kz.qorgau.QorgauApplication;
import kz.qorgau.system.DeploymentMode;

/**
 * Seeds the demo data at start-up, module by module in the order of the modules' dependencies as Spring Modulith
 * computes them (the order in which it runs {@code ApplicationModuleInitializer}s: fundamental modules first), so
 * that organisations come before the accounts that belong to them, cases before the victims linked to them and
 * victims before their referrals, without any order number to keep in step.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoSeeding implements ApplicationRunner, DeploymentMode.DemoModule {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeding.class);

    private final List<DemoData> data;

    DemoSeeding(List<DemoData> data) {
        this.data = data;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoData module : inOrder(data, ApplicationModules.of(QorgauApplication.class))) {
            long started = System.nanoTime();
            module.enter();
            LOG.info("Demo data of {}: {} ms", module.module().getSimpleName(), (System.nanoTime() - started)
                    / 1_000_000);
        }
    }

    /** The demo data in the modules' dependency order; refuses two for one module, whose order would be arbitrary. */
    static List<DemoData> inOrder(Collection<DemoData> data, ApplicationModules modules) {
        var byModule = data.stream().collect(Collectors.groupingBy(
                seed -> modules.getModuleByType(seed.module()).orElseThrow(() -> new IllegalStateException(
                        seed.module() + " belongs to no application module")).getIdentifier().toString()));
        byModule.forEach((module, seeds) -> {
            if (seeds.size() > 1) {
                throw new IllegalStateException("more than one set of demo data for the module " + module + ": "
                        + seeds);
            }
        });
        Comparator<Object> dependencies = modules.getComparator();
        return data.stream().sorted(Comparator.comparing(DemoData::module, dependencies)).toList();
    }
}
