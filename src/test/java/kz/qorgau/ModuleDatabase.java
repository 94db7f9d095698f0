package kz.qorgau;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.test.context.ContextConfiguration;

/**
 * The module tier: put beside Spring Modulith's {@code @ApplicationModuleTest}, it gives the module's context a
 * database of its own, new and migrated, without demo data, in production mode (the owner role migrates, the
 * application connects as the runtime role; see {@link TestDatabase.ModuleInitializer}). What a test needs it
 * builds through the application services ({@link Staff} and the module's own builders), so a module's suite
 * depends on no other suite's records and on no demo data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(Tiers.MODULE)
@ContextConfiguration(initializers = TestDatabase.ModuleInitializer.class)
public @interface ModuleDatabase {
}
