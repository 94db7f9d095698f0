package kz.qorgau.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Checks, once, that an external database answers before the pool and the migrations touch it, so
 * that an unreachable server is reported in one line (see {@link StartupFailures}) rather than as a
 * pool initialisation stack trace.
 */
class DatabaseReachability implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && !pool.isRunning()) {
            check(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return bean;
    }

    static void check(String url, String username, String password) {
        Properties properties = new Properties();
        if (username != null) {
            properties.setProperty("user", username);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "10");
        properties.setProperty("loginTimeout", "10");
        try (Connection ignored = DriverManager.getConnection(url, properties)) {
            // reachable
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(withoutParameters(url), StartupFailures.reason(e));
        }
    }

    /** The URL without its query string, which may carry credentials. */
    static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    /** The configured database cannot be reached or refuses the credentials. */
    static final class DatabaseUnreachableException extends RuntimeException {
        DatabaseUnreachableException(String url, String reason) {
            super("the database at " + url + " cannot be reached (" + reason + ").");
        }
    }
}
