package kz.qorgau.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import tools.jackson.databind.json.JsonMapper;
import java.util.Arrays;

/**
 * While the database cannot be reached, every request answers 503 with Retry-After instead of the servlet
 * container's error page: a problem detail for the API (and for clients that do not take HTML), and for
 * people a plain page in their language, saying that Qorgau is temporarily unavailable. Ordered before
 * Spring Session's filter, whose session lookup is the first thing to fail, so it needs neither the
 * database nor a session: the language comes from the cookie or the browser ({@link Languages#withoutSession}),
 * the page from a template that uses nothing but messages and static CSS.
 * <p>
 * Static resources never look up the session (they do not use it): so they are served during an outage too,
 * and the page has its style; and loading them does not cost a session read and write each.
 */
final class DatabaseOutageFilter extends OncePerRequestFilter {

    static final int RETRY_AFTER_SECONDS = 30;

    /** The static resources (as permitted to everyone by the security configuration). */
    static final Set<String> STATIC_PREFIXES = Set.of("/webjars/", "/css/", "/js/", "/img/", "/favicon.");

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final long LOG_INTERVAL_MILLIS = 60_000;
    private static final String POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final MessageSource messages;
    private final ITemplateEngine templates;
    private final String sessionCookie;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Locale, String> pages = new ConcurrentHashMap<>();
    private final AtomicLong lastLogged = new AtomicLong();

    DatabaseOutageFilter(MessageSource messages, ITemplateEngine templates, String sessionCookie) {
        this.messages = messages;
        this.templates = templates;
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(isStatic(request) ? new WithoutSession(request, sessionCookie) : request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure) || response.isCommitted()) {
                throw failure;
            }
            logOutage(request, failure);
            response.reset();
            answer(request, response);
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        // The error page itself may fail to read the session.
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = Languages.withoutSession(request);
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setCharacterEncoding("UTF-8");
        if (wantsProblem(request)) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", messages.getMessage("error.503.title", null, locale));
            problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            problem.put("detail", messages.getMessage("error.503", null, locale));
            problem.put("instance", requestUri(request));
            response.setContentType("application/problem+json");
            response.getWriter().write(json.writeValueAsString(problem));
        } else {
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Content-Security-Policy", POLICY);
            response.setHeader("X-Frame-Options", "DENY");
            response.getWriter().write(page(locale, request.getContextPath()));
        }
    }

    private String page(Locale locale, String contextPath) {
        return pages.computeIfAbsent(locale, language -> templates.process("unavailable",
                new Context(language, Map.of("contextPath", contextPath, "retryAfter", RETRY_AFTER_SECONDS))));
    }

    private static boolean wantsProblem(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        boolean html = accept == null || accept.contains("text/html") || accept.contains("*/*");
        return requestUri(request).startsWith(request.getContextPath() + "/api/") || !html;
    }

    private static String requestUri(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return failed != null ? failed.toString() : request.getRequestURI();
    }

    private static boolean isStatic(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** One line a minute while the outage lasts, rather than one per request. */
    private void logOutage(HttpServletRequest request, Throwable failure) {
        long now = System.currentTimeMillis();
        long last = lastLogged.get();
        if (now - last >= LOG_INTERVAL_MILLIS && lastLogged.compareAndSet(last, now)) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            log.warn("The database cannot be reached: {} {} answered 503 ({}); further requests are answered 503 "
                    + "until it is back, without logging each", request.getMethod(), requestUri(request),
                    root.getClass().getName());
        }
    }

    /** The request without the session cookie, so that nothing looks the session up. */
    private static final class WithoutSession extends HttpServletRequestWrapper {

        private final String sessionCookie;

        WithoutSession(HttpServletRequest request, String sessionCookie) {
            super(request);
            this.sessionCookie = sessionCookie;
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            if (cookies == null) {
                return null;
            }
            Cookie[] kept = Arrays.stream(cookies).filter(cookie -> !sessionCookie.equals(cookie.getName()))
                    .toArray(Cookie[]::new);
            return kept.length == 0 ? null : kept;
        }
    }
}
