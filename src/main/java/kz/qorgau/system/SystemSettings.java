package kz.qorgau.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import java.util.List;

/**
 * Where Qorgau keeps its local state, and whether it runs in demo mode.
 *
 * @param dataDir the data directory: the embedded database, generated keys and the demo password live here
 * @param demo demo mode: synthetic organisations and one user per role
 */
@ConfigurationProperties("qorgau")
public record SystemSettings(@DefaultValue("./data") Path dataDir, @DefaultValue Demo demo) {

    /**
     * Demo mode itself is decided by {@link DeploymentMode}.
     *
     * @param password the demo users' password (QORGAU_DEMO_PASSWORD); when empty, one is generated into
     *        the data directory
     * @param scale how much synthetic data demo mode seeds ({@code qorgau.demo.scale}, default 1): at 1 the demo
     *        data set (which reproduces the seed report's figures); at s, besides it, (s − 1) times Kazakhstan's
     *        yearly volume of random cases and victims for every year from 2017, for benchmarks
     * @param secondFactorExempt demo users who sign in without a second factor
     *        ({@code qorgau.demo.second-factor-exempt}: user names, or {@code *} for every demo user; demo mode only,
     *        ignored otherwise; default none: every demo user who sees personal data enrols at first login)
     */
    public record Demo(String password, @DefaultValue("1") int scale, List<String> secondFactorExempt) {

        public Demo {
            secondFactorExempt = secondFactorExempt == null ? List.of()
                    : secondFactorExempt.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
            if (scale < 1 || scale > MAX_SCALE) {
                throw new IllegalArgumentException("qorgau.demo.scale must be between 1 and " + MAX_SCALE);
            }
        }

        /** Beyond ×1000 (a quarter of a million cases) entering through the services would take hours. */
        public static final int MAX_SCALE = 1000;
    }
}
