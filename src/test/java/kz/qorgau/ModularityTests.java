package kz.qorgau;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The business modules of DESIGN.md §2 and their allowed dependencies, verified. */
@Tag(Tiers.ARCHITECTURE)
public class ModularityTests {

    /** The modules as Spring Modulith reads them from the classes (seconds of analysis): read once for all tests. */
    public static final ApplicationModules MODULES = ApplicationModules.of(QorgauApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
