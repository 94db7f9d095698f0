package kz.qorgau.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ExecutionException;

/**
 * Closed-loop load from several clients, each a browser of its own (its own HTTP connection and
 * signed-in session): a client sends its next request when the previous answer has been read in full.
 * Only ever talks to the local application it was given.
 */
final class Load {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern META_CSRF_HEADER = Pattern.compile(
            "<meta name=\"_csrf_header\" content=\"([^\"]+)\"");
    private static final Pattern FOUND = Pattern.compile("<p class=\"text-body-secondary small\"[^>]*>([^<]+)</p>");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** One page to time; {@code path} picks the request's path (and query) with the client's random. */
    record Endpoint(String name, String request, Function<Random, String> path) {
    }

    /** A statement's share of the database time during a measurement (pg_stat_statements). */
    record Statement(long calls, double meanMillis, double totalMillis, String query) {
    }

    /** The timings of one endpoint. */
    record Result(Endpoint endpoint, int clients, int requests, long[] nanos, double seconds, int errors,
            String firstError, long bytes, double othersCores, List<Statement> statements) {

        Result withStatements(List<Statement> top) {
            return new Result(endpoint, clients, requests, nanos, seconds, errors, firstError, bytes, othersCores, top);
        }

        /** The nearest-rank percentile, in milliseconds. */
        double percentile(double p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)] / 1e6;
        }

        double max() {
            return Arrays.stream(nanos).max().orElse(0) / 1e6;
        }

        double mean() {
            return Arrays.stream(nanos).average().orElse(0) / 1e6;
        }

        double throughput() {
            return requests / seconds;
        }

        String summary() {
            return String.format("%s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms, %.0f req/s, %d errors%s, "
                    + "other processes %.2f cores", endpoint.name(), percentile(50), percentile(95), percentile(99),
                    max(),
                    throughput(), errors, firstError == null ? "" : " (first: " + firstError + ")", othersCores);
        }
    }

    private final String baseUrl;
    private final List<HttpClient> clients = new ArrayList<>();

    Load(String baseUrl, int clients) {
        if (!baseUrl.startsWith("http://127.0.0.1:") && !baseUrl.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("the benchmark only loads the local application: " + baseUrl);
        }
        this.baseUrl = baseUrl;
        for (int i = 0; i < clients; i++) {
            this.clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(
                    new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build());
        }
    }

    /**
     * Signs every client in through the login form, as a browser does (CSRF token from the page);
     * answers what the first page of the case list says it found.
     */
    String signIn(String username, String password) throws IOException, InterruptedException {
        Matcher count = FOUND.matcher(signIn(username, password, "/cases"));
        return count.find() ? count.group(1).strip() : "?";
    }

    /**
     * Signs every client in through the login form, as a browser does (CSRF token from the page), and opens
     * {@code landing}; answers that page.
     */
    String signIn(String username, String password, String landing) throws IOException, InterruptedException {
        String page = null;
        for (HttpClient client : clients) {
            String login0 = client.send(get("/login"), HttpResponse.BodyHandlers.ofString()).body();
            Matcher csrf = CSRF.matcher(login0);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF token on the login page");
            }
            String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                    + encode(csrf.group(1));
            HttpResponse<Void> login = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                    .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<String> opened = client.send(get(landing), HttpResponse.BodyHandlers.ofString());
            if (login.statusCode() != 302 || opened.statusCode() != 200) {
                throw new IllegalStateException("sign-in failed: login answered " + login.statusCode()
                        + ", " + landing + " answered " + opened.statusCode());
            }
            page = opened.body();
        }
        return page;
    }

    /**
     * Posts a JSON body as the first client, with the CSRF token of the page {@code tokenPage} (as the pages' scripts
     * send it); answers the status and the body.
     */
    HttpResponse<String> postJson(String path, String body, String tokenPage) throws IOException,
            InterruptedException {
        String page = fetch(tokenPage);
        Matcher token = META_CSRF.matcher(page);
        Matcher header = META_CSRF_HEADER.matcher(page);
        if (!token.find() || !header.find()) {
            throw new IllegalStateException("no CSRF token on " + tokenPage);
        }
        return clients.getFirst().send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofHours(2)).header("Content-Type", "application/json")
                .header(header.group(1), token.group(1))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One answer to the first client, read in full; fails unless it is 200. */
    String fetch(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = clients.getFirst().send(get(path), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Sends {@code requests} requests to the endpoint from all clients at once; times each. */
    Result run(Endpoint endpoint, int requests, long seed) throws InterruptedException {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicReference<String> firstError = new AtomicReference<>();
        long[] bytes = new long[clients.size()];
        CpuMeter cpu = new CpuMeter();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients.size())) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients.size(); c++) {
                HttpClient client = clients.get(c);
                Random random = new Random(seed * 1000 + c);
                int index = c;
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        String path = endpoint.path().apply(random);
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<byte[]> response = client.send(get(path), HttpResponse.BodyHandlers
                                    .ofByteArray());
                            nanos[i] = System.nanoTime() - sent;
                            bytes[index] += response.body().length;
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                                firstError.compareAndSet(null, response.statusCode() + " for " + path);
                            }
                        } catch (IOException e) {
                            nanos[i] = System.nanoTime() - sent;
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e + " for " + path);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            for (Future<?> future : running) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(endpoint, clients.size(), requests, nanos, seconds, errors.get(), firstError.get(),
                Arrays.stream(bytes).sum(), cpu.othersCores(), List.of());
    }

    /** A page as a browser asks for it; under {@code /api/} JSON, as an API client asks for it. */
    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(TIMEOUT)
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html").GET().build();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
