package kz.qorgau.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How often one address may use the public pages (those anyone may open without an account): so many requests per
 * window and page, counted in memory. The address is kept only as a digest, and only until its window ends; behind
 * a reverse proxy, the server must be told to take the client's address from the proxy's header
 * ({@code server.forward-headers-strategy}), else every visitor counts as the proxy.
 */
@Component
public class PublicRateLimit {

    /** Windows beyond which expired counts are dropped. */
    private static final int KEPT = 10_000;

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int requests;
    private final Duration window;

    PublicRateLimit(Clock clock, @Value("${qorgau.public.rate-limit.requests:30}") int requests,
            @Value("${qorgau.public.rate-limit.window:PT1M}") Duration window) {
        this.clock = clock;
        this.requests = requests;
        this.window = window;
    }

    /** Whether the request's address may use the page now (and counts it if so). */
    public boolean allows(String page, HttpServletRequest request) {
        Instant now = clock.instant();
        if (windows.size() > KEPT) {
            windows.values().removeIf(kept -> !kept.start().plus(window).isAfter(now));
        }
        Window counted = windows.compute(digest(page + "\n" + request.getRemoteAddr()), (key, kept) -> kept == null
                || !kept.start().plus(window).isAfter(now) ? new Window(now, 1)
                        : new Window(kept.start(), kept.count() + 1));
        return counted.count() <= requests;
    }

    /**
     * Whether the request's address has used the page too often: if so the response is made a 429 with its
     * Retry-After, never kept by a cache, for the page to say so.
     */
    public boolean refused(String page, HttpServletRequest request, HttpServletResponse response) {
        if (allows(page, request)) {
            return false;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(retryAfterSeconds()));
        response.setHeader("Cache-Control", "no-store");
        return true;
    }

    /** Seconds until the address's window for the page ends (for Retry-After). */
    public long retryAfterSeconds() {
        return window.toSeconds();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
