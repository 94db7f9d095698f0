package kz.qorgau.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
     */
    public record Demo(String password) {
    }
}
