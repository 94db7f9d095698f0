package kz.qorgau;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kz.qorgau.audit.AuditAssertions;
import kz.qorgau.identity.QorgauUser;

/**
 * What most full tests ({@link QorgauTest}) act and look with: requests to the application as its users make them,
 * the demo users and new ones, the shared database, what the audit trail recorded, and the pages as a user reads
 * them. A test class annotated {@code @QorgauTest} extends it to have them without declaring them again.
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

    /** The page the request answers the user, which must answer 200, parsed with its links under localhost. */
    protected Document page(MockHttpServletRequestBuilder request, QorgauUser user) throws Exception {
        String html = mvc.perform(request.with(user(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html, "http://localhost/");
    }

    /** The same for a demo user and the page at the path. */
    protected Document page(String username, String path) throws Exception {
        return page(get(path), users.demo(username));
    }
}
