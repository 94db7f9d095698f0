package kz.qorgau;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.cases.CaseBuilder;

/**
 * A full test of the application on the shared embedded PostgreSQL, with demo data, behind a real
 * server on a random port. All such tests share one cached application context. What the audit trail recorded they
 * ask of {@link AuditAssertions}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(Tiers.FULL)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestServer.class, AuditAssertions.class, TestUsers.class, CaseBuilder.class })
@ContextConfiguration(initializers = TestDatabase.Initializer.class)
public @interface QorgauTest {
}
