package kz.qorgau.demo;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import kz.qorgau.QorgauApplication;
import kz.qorgau.system.DeploymentMode;

/**
 * Seeds the demo data at start-up, module by module in the order of the modules' dependencies as Spring Modulith
 * computes them (the order in which it runs {@code ApplicationModuleInitializer}s: fundamental modules first), so
 * that organisations come before the accounts that belong to them, cases before the victims linked to them and
 * victims before their referrals, without any order number to keep in step.
 * <p>
 * With {@code qorgau.demo.records=false} only the organisations and the demo users are entered, none of the modules'
 * records: for a start in demo mode that is about the platform (the embedded database, the deployment mode, an
 * outage) and not about the records, which take most of the seeding's time.
 */
@Component
@Conditional(DeploymentMode.DemoCondition.class)
class DemoSeeding implements ApplicationRunner, DeploymentMode.DemoModule {

    private static final Logger LOG = LoggerFactory.getLogger(DemoSeeding.class);

    /** The modules whose demo data is entered without the records: the organisations and their users. */
    static final Set<String> FOUNDATION = Set.of("organisations", "identity");

    private final List<DemoData> data;
    private final boolean records;

    DemoSeeding(List<DemoData> data, @Value("${qorgau.demo.records:true}") boolean records) {
        this.data = data;
        this.records = records;
    }

    /**
     * The application's modules, as Spring Modulith reads them from the classes: the same for every start of the JVM,
     * and read once (seconds of class analysis), though tests and the benchmarks start several instances in one JVM.
     */
    private static ApplicationModules modules;

    private static synchronized ApplicationModules modules() {
        if (modules == null) {
            modules = ApplicationModules.of(QorgauApplication.class);
        }
        return modules;
    }

    @Override
    public void run(ApplicationArguments args) {
        ApplicationModules modules = modules();
        for (DemoData module : inOrder(data, modules)) {
            if (!records && !FOUNDATION.contains(modules.getModuleByType(module.module()).orElseThrow()
                    .getIdentifier().toString())) {
                continue;
            }
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
