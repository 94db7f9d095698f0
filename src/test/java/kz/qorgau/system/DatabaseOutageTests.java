package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ConfigurableApplicationContext;

import kz.qorgau.Tiers;
import kz.qorgau.demo.EmbeddedCluster;
import kz.qorgau.QorgauApplication;
import kz.qorgau.SignedIn;
import kz.qorgau.TestDatabase;
import kz.qorgau.TestServer;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.PersonalAccessTokens;
import kz.qorgau.identity.QorgauUser;

/**
 * The database stopped under a running Qorgau: health turns DOWN, every request answers 503 with Retry-After
 * (a problem detail for the API, a plain page in the user's language for people, the login page included),
 * static files are still served; when the database is back, Qorgau goes on without a restart and the
 * sessions stored in the database are found again. On a PostgreSQL of its own, stopped and started again on
 * the same port and data, never on the database the other tests share.
 */
@Tag(Tiers.FULL)
class DatabaseOutageTests {

    @Test
    void whileTheDatabaseIsDownEveryRequestAnswers503AndAfterwardsTheSessionsGoOn(@TempDir Path dir) throws Exception {
        int port = freePort();
        EmbeddedPostgres postgres = postgres(dir, port);
        // the two roles of production mode: migrations by the owner, the application as the runtime role
        JdbcClient superuser = JdbcClient.create(postgres.getPostgresDatabase());
        superuser.sql("create role outage_owner login password 'Owner-Password-2026'").update();
        superuser.sql("create role outage_runtime login password 'Runtime-Password-2026'").update();
        superuser.sql("create database outage owner outage_owner").update();
        try (ConfigurableApplicationContext qorgau = new SpringApplicationBuilder(QorgauApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=" + EmbeddedCluster.jdbcUrl(postgres, "outage"),
                "--spring.datasource.username=outage_runtime",
                "--spring.datasource.password=Runtime-Password-2026",
                "--spring.flyway.user=outage_owner", "--spring.flyway.password=Owner-Password-2026",
                "--qorgau.demo.second-factor-exempt=*",
                // the pool gives up waiting for a connection after a second (30 s by default)
                "--spring.datasource.hikari.connection-timeout=1000",
                "--qorgau.demo.enabled=true", "--qorgau.demo.password=" + TestDatabase.DEMO_PASSWORD,
                // the outage is under test, not the demo's records: its organisations and users only
                "--qorgau.demo.records=false",
                "--qorgau.data-dir=" + dir.resolve("app"))) {
            TestServer server = new TestServer(qorgau.getEnvironment());
            CookieManager investigator = server.login("investigator", TestDatabase.DEMO_PASSWORD);
            String token = token(qorgau, "supervisor");
            assertThat(server.get("/api/v1/me", "application/json", investigator).body()).contains("\"investigator\"");
            assertThat(server.get("/cases", "text/html", investigator).statusCode()).isEqualTo(200);

            CookieManager visitor = new CookieManager();
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                    .matcher(server.get("/login", "text/html", visitor).body());
            assertThat(csrf.find()).isTrue();

            postgres.close();

            assertThat(health(server).statusCode()).isEqualTo(503);
            assertThat(health(server).body()).contains("\"DOWN\"");

            HttpResponse<String> api = server.get("/api/v1/me", "application/json", investigator);
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(api.body()).contains("\"status\":503").contains("База данных сейчас недоступна")
                    .doesNotContain("Exception").doesNotContain("jdbc");
            HttpResponse<String> tokenCall = send(server, "/api/v1/me", "application/json", null,
                    "Bearer " + token, null);
            assertThat(tokenCall.statusCode()).isEqualTo(503);
            assertThat(tokenCall.body()).contains("\"status\":503");

            HttpResponse<String> page = server.get("/cases", "text/html", investigator);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
            assertThat(page.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(page.body()).contains("lang=\"ru\"").contains("Qorgau временно недоступен")
                    .contains("href=\"/css/qorgau.css\"").doesNotContain("Exception").doesNotContain("Tomcat");

            CookieManager english = new CookieManager();
            HttpCookie language = new HttpCookie("QORGAU_LANG", "en");
            language.setPath("/");
            language.setVersion(0);
            english.getCookieStore().add(URI.create(server.baseUrl()), language);
            HttpResponse<String> login = server.get("/login", "text/html", english);
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.body()).contains("lang=\"en\"").contains("Qorgau is temporarily unavailable");
            HttpResponse<String> signingIn = HttpClient.newBuilder().cookieHandler(visitor).build().send(
                    HttpRequest.newBuilder(URI.create(server.baseUrl() + "/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                            .POST(HttpRequest.BodyPublishers.ofString("username=investigator&password="
                                    + TestDatabase.DEMO_PASSWORD + "&_csrf=" + csrf.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signingIn.statusCode()).isEqualTo(503);
            assertThat(signingIn.body()).contains("Qorgau временно недоступен");
            HttpResponse<String> kazakh = send(server, "/", "text/html", "kk-KZ,kk;q=0.9,ru;q=0.8", null, null);
            assertThat(kazakh.statusCode()).isEqualTo(503);
            assertThat(kazakh.body()).contains("lang=\"kk\"").contains("Qorgau уақытша қолжетімсіз");

            HttpResponse<String> css = server.get("/css/qorgau.css", "text/css", investigator);
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(server.get("/webjars/bootstrap/dist/css/bootstrap.min.css", "text/css", investigator)
                    .statusCode()).isEqualTo(200);

            postgres = postgres(dir, port);

            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (health(server).statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertThat(health(server).body()).contains("\"UP\"");
            HttpResponse<String> again = server.get("/api/v1/me", "application/json", investigator);
            assertThat(again.statusCode()).as("the session survived: %s", again.body()).isEqualTo(200);
            assertThat(again.body()).contains("\"investigator\"");
            assertThat(server.get("/cases", "text/html", investigator).statusCode()).isEqualTo(200);
            assertThat(send(server, "/api/v1/me", "application/json", null, "Bearer " + token, null).body())
                    .contains("\"supervisor\"");
        } finally {
            postgres.close();
        }
    }

    /** A PostgreSQL of this test's own, on the port and in the data directory given, kept across restarts. */
    private static EmbeddedPostgres postgres(Path dir, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir.resolve("postgres"))
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("timezone", "UTC")
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String token(ConfigurableApplicationContext qorgau, String username) {
        QorgauUser user = qorgau.getBean(Accounts.class).principal(username).orElseThrow();
        return SignedIn.as(user, () -> qorgau.getBean(PersonalAccessTokens.class).issue("outage test", 30)).token();
    }

    private static HttpResponse<String> health(TestServer server) throws Exception {
        return server.get("/actuator/health", "application/json", new CookieManager());
    }

    private static HttpResponse<String> send(TestServer server, String path, String accept, String language,
            String authorization, CookieManager cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Accept",
                accept);
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpClient.Builder client = HttpClient.newBuilder();
        if (cookies != null) {
            client.cookieHandler(cookies);
        }
        return client.build().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
