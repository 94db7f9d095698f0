package kz.qorgau;

/**
 * The tiers of the test suite, as JUnit tags, so that each runs on its own (README, "Test it"):
 * {@code ./mvnw verify -Dgroups=module}. A test class without a tag is a unit test: it starts no Spring
 * context, no database and no browser ({@code TierTests} holds every class to that).
 */
public final class Tiers {

    /** A module's {@code @ApplicationModuleTest} suite on a database of its own ({@link ModuleDatabase}). */
    public static final String MODULE = "module";
    /** The whole application with the demo data on the shared database ({@link QorgauTest}), or started whole. */
    public static final String FULL = "full";
    /** Journeys in Chromium against the full application; also tagged {@link #FULL}. */
    public static final String BROWSER = "browser";
    /** The modules' boundaries and the rules over the code itself. */
    public static final String ARCHITECTURE = "architecture";

    private Tiers() {
    }
}
