package kz.qorgau.system;

import java.io.IOException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded PostgreSQL of demo mode: real PostgreSQL binaries (zonky) whose cluster lives in
 * {@code <data-dir>/postgres} and survives restarts. Not created when an external database is configured.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DeploymentMode.EmbeddedDatabaseCondition.class)
class EmbeddedDatabase {

    @Bean(destroyMethod = "close")
    DataDirectory dataDirectory(SystemSettings settings) {
        return DataDirectory.open(settings.dataDir());
    }

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DataDirectory dataDirectory) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("timezone", "UTC")
                .start();
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("qorgau-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }
}
