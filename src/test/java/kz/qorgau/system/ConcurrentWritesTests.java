package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.TestDatabase;
import kz.qorgau.TestServer;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.PersonalAccessTokens;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.identity.UserProfile;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.referrals.ReferralCommands;
import kz.qorgau.referrals.ReferralKind;
import kz.qorgau.referrals.ReferralMechanism;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.victims.SyntheticVictims;
import kz.qorgau.victims.VictimRegistry;

/**
 * Ten people doing the same thing to the same record at the same moment, through the running server: one
 * succeeds, the nine others are told (409, in their language) that someone else changed the record, none
 * gets a 500, and the record and its audit trail hold the one change; a form that loses is shown again with
 * what was typed; ten wrong passwords at once are all counted. The requests are held on the record's row
 * until they have read it, so that they meet the aggregate's version ({@code @Version}) rather than the
 * first one's result.
 */
@QorgauTest
class ConcurrentWritesTests extends FullTest {

    static final int PARALLEL = 10;
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    TestServer server;
    @Autowired
    Accounts accounts;
    @Autowired
    PersonalAccessTokens tokens;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;
    @Autowired
    VictimRegistry victims;
    @Autowired
    ReferralMechanism referrals;
    @Autowired
    OrganisationRegistry organisations;

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final HttpResponse.BodyHandler<String> TEXT = HttpResponse.BodyHandlers.ofString();

    @Test
    void tenPeopleRecordingTheSameEventOnACaseAtOnceLeaveOneEventAndNineConflicts() throws Exception {
        List<String> people = List.of(token("investigator"), token("supervisor"));
        String erdr = String.format("%02d1750%09d", LocalDate.now(clock).getYear() % 100,
                System.nanoTime() % 1_000_000_000L);
        HttpResponse<String> created = send(post("/api/v1/cases", people.get(0),
                """
                        {"erdrNumber": "%s", "registeredOn": "%s", "region": "KZ-75",
                         "qualification": {"charges": [{"articleCode": "128", "part": 1}], "forms": ["FORCED_LABOUR"], "flags": []}}
                        """
                        .formatted(erdr, LocalDate.now(clock).minusDays(30))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json.readTree(created.body()).get("id").asLong();
        String suspension = """
                {"type": "SUSPENDED", "occurredOn": "%s", "reason": "SUSPECT_ABROAD"}
                """.formatted(LocalDate.now(clock).minusDays(1));

        List<HttpResponse<String>> answers = atOnce("cases_case", id, PARALLEL,
                n -> http.sendAsync(post("/api/v1/cases/" + id + "/events", people.get(n % 2), suspension), TEXT));

        assertOneSucceededAndNineConflicted(answers, 201);
        JsonNode after = json.readTree(send(get("/api/v1/cases/" + id, people.get(0))).body());
        assertThat(after.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(after.get("timeline")).extracting(entry -> entry.get("type").asString())
                .containsExactly("REGISTERED", "SUSPENDED");
        assertThat(audited("CASE_EVENT_RECORDED", id)).isEqualTo(1);
    }

    @Test
    void tenAnswersToTheSameReferralAtOnceLeaveOneAcceptance() throws Exception {
        QorgauUser consul = users.demo("consul");
        long shelter = organisations.findByName(DemoOrganisations.SHELTER_ALMATY).orElseThrow().id();
        long victim = SignedIn.as(consul, () -> victims.register(
                SyntheticVictims.anonymousAbroad(LocalDate.now(clock).minusDays(3)))).id();
        long referral = SignedIn.as(consul, () -> referrals.send(new ReferralCommands.NewReferral(victim, shelter,
                Set.of(ServiceType.REPATRIATION), ReferralKind.REFERRAL, null, "Synthetic: needs to go home."))).id();
        String caseworker = token("caseworker");

        List<HttpResponse<String>> answers = atOnce("referrals_referral", referral, PARALLEL,
                n -> http.sendAsync(post("/api/v1/referrals/" + referral + "/accept", caseworker, ""), TEXT));

        assertOneSucceededAndNineConflicted(answers, 200);
        JsonNode after = json.readTree(send(get("/api/v1/referrals/" + referral, caseworker)).body());
        assertThat(after.get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(after.get("steps")).extracting(step -> step.get("step").asString()).containsExactly("SENT",
                "ACCEPTED");
        assertThat(audited("REFERRAL_ACCEPTED", referral)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from referrals_notification where referral_id = ? and step = 'ACCEPTED'")
                .param(referral).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aFormThatMeetsAnotherChangeIsShownAgainWithWhatWasTypedAndWhy() throws Exception {
        String token = token("investigator");
        String erdr = String.format("%02d1750%09d", LocalDate.now(clock).getYear() % 100,
                System.nanoTime() % 1_000_000_000L);
        HttpResponse<String> created = send(post("/api/v1/cases", token,
                """
                        {"erdrNumber": "%s", "registeredOn": "%s", "region": "KZ-75",
                         "qualification": {"charges": [{"articleCode": "128", "part": 1}], "forms": ["FORCED_LABOUR"], "flags": []}}
                        """
                        .formatted(erdr, LocalDate.now(clock).minusDays(30))));
        long id = json.readTree(created.body()).get("id").asLong();
        String form = "/cases/" + id + "/events/SUSPENDED";
        List<String> days = List.of(LocalDate.now(clock).minusDays(2).toString(), LocalDate.now(clock).minusDays(1)
                .toString());
        List<HttpClient> browsers = new ArrayList<>();
        List<String> csrf = new ArrayList<>();
        for (String username : List.of("investigator", "supervisor")) {
            CookieManager cookies = server.login(username, TestDatabase.DEMO_PASSWORD);
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            Matcher field = CSRF.matcher(browser.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + form))
                    .build(),
                    TEXT).body());
            assertThat(field.find()).isTrue();
            browsers.add(browser);
            csrf.add(field.group(1));
        }

        List<HttpResponse<String>> answers = atOnce("cases_case", id, 2, n -> browsers.get(n).sendAsync(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + form))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("occurredOn=" + days.get(n)
                                + "&reason=SUSPECT_ABSCONDED&_csrf=" + csrf.get(n))).build(), TEXT));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 200);
        HttpResponse<String> shownAgain = answers.stream().filter(answer -> answer.statusCode() == 200).findFirst()
                .orElseThrow();
        String typed = days.get(answers.indexOf(shownAgain));
        assertThat(shownAgain.body()).contains("Эту запись только что изменил другой пользователь")
                .contains("value=\"" + typed + "\"");
        assertThat(audited("CASE_EVENT_RECORDED", id)).isEqualTo(1);
    }

    @Test
    void tenWrongPasswordsAtOnceAreAllCountedAndNoneFails() throws Exception {
        QorgauUser admin = users.demo("admin");
        String username = "parallel-" + System.nanoTime();
        long organisation = organisations.findByName(DemoOrganisations.HOTLINE).orElseThrow().id();
        long id = SignedIn.as(admin, () -> accounts.createWithPassword(username, new UserProfile("Synthetic Parallel",
                null, organisation, Set.of(Role.HOTLINE_OPERATOR), true, Set.of()), TestDatabase.DEMO_PASSWORD)).id();
        List<HttpClient> browsers = new ArrayList<>();
        List<String> csrf = new ArrayList<>();
        for (int n = 0; n < PARALLEL; n++) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
            Matcher field = CSRF.matcher(browser.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/login"))
                    .build(), TEXT).body());
            assertThat(field.find()).isTrue();
            browsers.add(browser);
            csrf.add(field.group(1));
        }

        List<HttpResponse<String>> answers = atOnce("identity_user", id, PARALLEL, n -> browsers.get(n).sendAsync(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=wrong-" + n
                                + "&_csrf=" + csrf.get(n))).build(), TEXT));

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(302);
        assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error")));
        assertThat(jdbc.sql("select failed_attempts from identity_user where id = ?").param(id).query(Integer.class)
                .single()).as("every failed attempt counts towards the lock").isEqualTo(PARALLEL);
        assertThat(audited("LOGIN_FAILED", id)).isEqualTo(PARALLEL);
    }

    private void assertOneSucceededAndNineConflicted(List<HttpResponse<String>> answers, int success) {
        assertThat(answers).extracting(HttpResponse::statusCode).as(answers.stream().map(HttpResponse::body).toList()
                .toString()).containsOnly(success, 409).filteredOn(status -> status == success).hasSize(1);
        List<JsonNode> conflicts = answers.stream().filter(answer -> answer.statusCode() == 409)
                .map(answer -> json.readTree(answer.body())).toList();
        assertThat(conflicts).hasSize(PARALLEL - 1);
        for (JsonNode problem : conflicts) {
            assertThat(problem.get("status").asInt()).isEqualTo(409);
            assertThat(problem.get("detail").asString()).doesNotContainIgnoringCase("sql")
                    .doesNotContainIgnoringCase("exception").doesNotContain("update ");
        }
        // The requests held on the row read it before any of them wrote: they meet its version.
        assertThat(conflicts).extracting(problem -> problem.get("code").asString()).contains("error.conflict");
        JsonNode conflict = conflicts.stream().filter(problem -> problem.get("code").asString().equals(
                "error.conflict"))
                .findFirst().orElseThrow();
        assertThat(conflict.get("title").asString()).isEqualTo("Запись изменена одновременно с вами");
        assertThat(conflict.get("detail").asString()).startsWith("Эту запись только что изменил другой пользователь");
    }

    /**
     * Sends the requests together while a transaction holds the record's row, until they wait on it (or ten
     * seconds have passed), then lets them go.
     */
    private List<HttpResponse<String>> atOnce(String table, long id, int count,
            IntFunction<CompletableFuture<HttpResponse<String>>> request) throws Exception {
        List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("select id from " + table + " where id = ? for update").param(id).query(Long.class).single();
            for (int n = 0; n < count; n++) {
                sent.add(request.apply(n));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            // the pool has ten connections and this transaction holds one: at most nine requests wait on the row
            while (waitingOnLocks() < Math.min(count, 9) && System.nanoTime() < deadline) {
                pause();
            }
            status.setRollbackOnly();
        });
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : sent) {
            answers.add(answer.get());
        }
        return answers;
    }

    private long waitingOnLocks() {
        return jdbc.sql(
                "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and pid <> pg_backend_pid()")
                .query(Long.class).single();
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long audited(String action, long target) {
        return audit.action(action).target(target).count();
    }

    private String token(String username) throws Exception {
        QorgauUser user = users.demo(username);
        String token = SignedIn.as(user, () -> tokens.issue("concurrency test", 30)).token();
        // first use records the token's use; done here, not in the burst
        assertThat(send(get("/api/v1/me", token)).statusCode()).isEqualTo(200);
        return token;
    }

    private HttpRequest post(String path, String token, String body) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(60)).build();
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
