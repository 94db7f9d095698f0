package kz.qorgau;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's cookie jar for MockMvc. Sessions live in the database (Spring Session) and are found by
 * their cookie, so a test carries cookies from response to request as a browser does.
 */
public final class WebSession implements RequestPostProcessor {

    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public WebSession(MockMvc mvc) {
        this.mvc = mvc;
    }

    @Override
    public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
        if (!cookies.isEmpty()) {
            request.setCookies(cookies.values().toArray(Cookie[]::new));
        }
        return request;
    }

    /** Performs the request with this session's cookies (and a CSRF token) and keeps the cookies it sets. */
    public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        ResultActions actions = mvc.perform(request.with(this).with(csrf()));
        keep(actions.andReturn());
        return actions;
    }

    public ResultActions login(String username, String password) throws Exception {
        return perform(post("/login").param("username", username).param("password", password));
    }

    public String page(String path) throws Exception {
        return perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private void keep(MvcResult result) {
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
    }
}
