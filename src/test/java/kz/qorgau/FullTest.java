package kz.qorgau;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import kz.qorgau.audit.AuditAssertions;

/**
 * What most full tests ({@link QorgauTest}) act and look with: requests to the application as its users make them,
 * the demo users and new ones, the shared database, and what the audit trail recorded. A test class annotated
 * {@code @QorgauTest} extends it to have them without declaring them again.
 */
public abstract class FullTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected TestUsers users;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected AuditAssertions audit;
}
