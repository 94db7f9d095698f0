package kz.qorgau.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.TestUsers;
import kz.qorgau.WebSession;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.system.SystemActor;

/**
 * The second factor: TOTP (RFC 6238) with recovery codes for everyone who may see personal data and
 * for administrators, enrolled at first login; a code is used once; wrong codes lock the account like wrong
 * passwords; demo users are exempted only in demo mode.
 */
@QorgauTest
class SecondFactorTests extends FullTest {

    static final Pattern SECRET = Pattern.compile("id=\"enrolment-secret\">([A-Z2-7]+)<");
    static final Pattern CODE = Pattern.compile("<li>([2-9A-Z]{5}-[2-9A-Z]{5})</li>");
    static final String PASSWORD = TestUsers.PASSWORD;

    @Autowired
    Accounts accounts;

    /** Enrols an authenticator on the enrolment page of a sign-in in progress; answers the enrolment's result. */
    static ResultActions enrol(WebSession browser) throws Exception {
        byte[] secret = Totp.fromBase32(secret(browser));
        return browser.perform(post("/login/second-factor/enrolment").param("code",
                Totp.code(secret, Totp.step(Instant.now()))));
    }

    static String secret(WebSession browser) throws Exception {
        Matcher found = SECRET.matcher(browser.page("/login/second-factor/enrolment"));
        assertThat(found.find()).as("the enrolment page shows the secret").isTrue();
        return found.group(1);
    }

    String newCaseWorker() {
        String username = TestUsers.username("tfa.");
        users.create(username, DemoOrganisations.SHELTER_ALMATY, Role.CASE_WORKER, "KZ-75");
        return username;
    }

    long audited(String action, String username) {
        return audit.action(action).by(username).count();
    }

    @Test
    void theCodesOfRfc6238AreReproduced() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(secret, Totp.step(Instant.ofEpochSecond(2000000000)))).isEqualTo("279037");
        assertThat(Totp.base32(secret)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.fromBase32("GEZD GNBV-GY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(secret);
    }

    @Test
    void aCodeIsAcceptedWithinAStepOfTheClockAndOnce() {
        byte[] secret = Totp.newSecret();
        Instant now = Instant.parse("2026-12-04T10:00:15Z");
        long step = Totp.step(now);
        assertThat(Totp.accepted(secret, Totp.code(secret, step - 1), now, 0)).hasValue(step - 1);
        assertThat(Totp.accepted(secret, Totp.code(secret, step + 1), now, 0)).hasValue(step + 1);
        assertThat(Totp.accepted(secret, Totp.code(secret, step + 2), now, 0)).isEmpty();
        assertThat(Totp.accepted(secret, Totp.code(secret, step), now, step)).as("used once").isEmpty();
        assertThat(Totp.accepted(secret, "12345", now, 0)).isEmpty();
        assertThat(Totp.uri("Qorgau", "a.b", secret)).startsWith("otpauth://totp/Qorgau:a.b?secret=")
                .contains("&digits=6&period=30");
    }

    @Test
    void aCaseWorkerEnrolsAtFirstLoginAndThenSignsInWithTheAuthenticator() throws Exception {
        String username = newCaseWorker();
        WebSession browser = new WebSession(mvc);
        browser.login(username, PASSWORD).andExpect(redirectedUrl("/login/second-factor"));
        // nothing but the second factor until it is given: pages, the API, permissions
        browser.perform(get("/")).andExpect(redirectedUrl("/login/second-factor"));
        browser.perform(get("/victims")).andExpect(redirectedUrl("/login/second-factor"));
        browser.perform(get("/api/v1/me")).andExpect(status().isForbidden());
        browser.perform(get("/login/second-factor")).andExpect(redirectedUrl("/login/second-factor/enrolment"));

        byte[] secret = Totp.fromBase32(secret(browser));
        browser.perform(post("/login/second-factor/enrolment").param("code", "000000"))
                .andExpect(status().isOk());
        // a wrong code makes a new key: the first one is not enrolled
        byte[] second = Totp.fromBase32(secret(browser));
        assertThat(second).isNotEqualTo(secret);
        long step = Totp.step(Instant.now());
        browser.perform(post("/login/second-factor/enrolment").param("code", Totp.code(second, step)))
                .andExpect(redirectedUrl("/login/second-factor/recovery-codes"));
        String codesPage = browser.page("/login/second-factor/recovery-codes");
        Matcher codes = CODE.matcher(codesPage);
        assertThat(codes.find()).isTrue();
        String recovery = codes.group(1);
        assertThat(codesPage).contains("id=\"recovery-codes\"");
        assertThat(browser.page("/login/second-factor/recovery-codes")).doesNotContain(recovery);
        browser.perform(get("/")).andExpect(status().isOk());
        assertThat(audited("SECOND_FACTOR_ENROLLED", username)).isOne();
        assertThat(jdbc.sql("select count(*) from identity_recovery_code c join identity_user u on u.id = c.user_id "
                + "where u.username = ? and c.code_hash like ?").params(username, "%" + recovery + "%")
                .query(Long.class).single()).as("stored hashed").isZero();

        // next time: the code (a step ahead, as the enrolment used this one), once; then a recovery code, once
        WebSession again = new WebSession(mvc);
        again.login(username, PASSWORD).andExpect(redirectedUrl("/login/second-factor"));
        again.perform(post("/login/second-factor").param("code", Totp.code(second, step))).andExpect(status().isOk());
        again.perform(post("/login/second-factor").param("code", Totp.code(second, step + 1)))
                .andExpect(redirectedUrl("/"));
        again.perform(get("/victims")).andExpect(status().isOk());

        WebSession third = new WebSession(mvc);
        third.login(username, PASSWORD);
        third.perform(post("/login/second-factor").param("code", recovery.toLowerCase()))
                .andExpect(redirectedUrl("/"));
        WebSession fourth = new WebSession(mvc);
        fourth.login(username, PASSWORD);
        fourth.perform(post("/login/second-factor").param("code", recovery)).andExpect(status().isOk());
        assertThat(audited("RECOVERY_CODE_USED", username)).isOne();
    }

    @Test
    void wrongCodesPauseTheAccountLikeWrongPasswords() throws Exception {
        String username = newCaseWorker();
        WebSession browser = new WebSession(mvc);
        browser.login(username, PASSWORD);
        enrol(browser).andExpect(redirectedUrl("/login/second-factor/recovery-codes"));
        WebSession attacker = new WebSession(mvc);
        attacker.login(username, PASSWORD).andExpect(redirectedUrl("/login/second-factor"));
        // the login throttle counts wrong codes as it counts wrong passwords: a pause after three
        for (int attempt = 0; attempt < 2; attempt++) {
            attacker.perform(post("/login/second-factor").param("code", "11111" + attempt)).andExpect(status().isOk());
        }
        attacker.perform(post("/login/second-factor").param("code", "999999")).andExpect(redirectedUrl("/login?error"));
        attacker.perform(get("/")).andExpect(redirectedUrl("/login"));
        assertThat(users.demo(username).isAccountNonLocked()).isFalse();
        assertThat(audited("SECOND_FACTOR_FAILED", username)).isEqualTo(3);
    }

    @Test
    void anAdministratorResetsALostAuthenticatorAndTheUserEnrolsAgain() throws Exception {
        String username = newCaseWorker();
        WebSession browser = new WebSession(mvc);
        browser.login(username, PASSWORD);
        enrol(browser);
        long id = users.demo(username).id();
        SystemActor.run(() -> accounts.resetSecondFactor(id));
        browser.perform(get("/")).andExpect(redirectedUrl("/login"));
        WebSession again = new WebSession(mvc);
        again.login(username, PASSWORD).andExpect(redirectedUrl("/login/second-factor"));
        again.perform(get("/login/second-factor")).andExpect(redirectedUrl("/login/second-factor/enrolment"));
    }
}
