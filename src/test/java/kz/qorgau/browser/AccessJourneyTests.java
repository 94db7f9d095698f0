package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.cases.CaseCommands;
import kz.qorgau.cases.Charge;
import kz.qorgau.cases.CriminalCases;
import kz.qorgau.cases.Qualification;
import kz.qorgau.identity.Accounts;
import kz.qorgau.identity.Role;
import kz.qorgau.identity.UserProfile;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.organisations.OrganisationRegistry;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.system.SystemActor;
import java.util.Arrays;

/**
 * The journeys of access, as a user takes them in Chromium: an investigator sets up an authenticator
 * at the first sign-in and signs in with it; a supervisor breaks the glass on another region's case with a reason,
 * their own supervisor is told, and the grant expires.
 */
@QorgauTest
class AccessJourneyTests extends BrowserJourney {

    static final String PASSWORD = "Synthetic-Password-2026";

    @Autowired
    Accounts accounts;
    @Autowired
    OrganisationRegistry organisations;
    @Autowired
    CriminalCases cases;

    String newUser(String prefix, Role role, String region) {
        String username = prefix + ThreadLocalRandom.current().nextInt(1_000_000);
        long unit = organisations.findByName(DemoOrganisations.POLICE_ALMATY).orElseThrow().id();
        SystemActor.call(() -> accounts.createWithPassword(username, new UserProfile("Синтетический Сотрудник", null,
                unit, Set.of(role), false, Set.of(new RegionCode(region))), PASSWORD));
        return username;
    }

    /** The RFC 6238 code of a base32 secret, computed here independently of Qorgau's own implementation. */
    static String code(String base32, long step) throws Exception {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        ByteBuffer bytes = ByteBuffer.allocate(base32.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toUpperCase(Locale.ROOT).toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(Arrays.copyOf(bytes.array(), bytes.position()), "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16) | ((hash[offset + 2]
                & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        return String.format("%06d", binary % 1_000_000);
    }

    static long step() {
        return Instant.now().getEpochSecond() / 30;
    }

    /** Signs in with the password and sets up the authenticator; answers the secret, the page on the start page. */
    String signInAndEnrol(Page page, String username, String screenshot) throws Exception {
        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page.locator("h1")).hasText("Подключите приложение-аутентификатор");
        assertThat(page.locator("#enrolment-qr svg")).isVisible();
        if (screenshot != null) {
            Browser.screenshot(page, screenshot);
        }
        String secret = page.locator("#enrolment-secret").textContent().strip();
        page.locator("#code").fill(code(secret, step()));
        page.locator("#enrol-submit").click();
        assertThat(page.locator("h1")).hasText("Коды восстановления");
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        page.locator("#recovery-codes-done").click();
        assertThat(page.locator("h1")).containsText("Здравствуйте");
        return secret;
    }

    @Test
    void anInvestigatorEnrolsAnAuthenticatorAndSignsInWithIt() throws Exception {
        String username = newUser("inv.", Role.INVESTIGATOR, "KZ-75");
        Page page = browser.newPage("http://localhost:" + port);
        String secret = signInAndEnrol(page, username, "second-factor-enrolment");
        page.locator("#user-menu").click();
        page.locator("#logout").click();

        page.navigate("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(PASSWORD);
        page.locator("#login-submit").click();
        assertThat(page.locator("h1")).hasText("Второй фактор");
        page.locator("#code").fill("000000");
        page.locator("#code-submit").click();
        assertThat(page.locator("#code-error")).isVisible();
        Browser.screenshot(page, "second-factor-wrong-code");
        // the code of the next time step: the enrolment used this step's, and a code is used once
        page.locator("#code").fill(code(secret, step() + 1));
        page.locator("#code-submit").click();
        assertThat(page.locator("h1")).containsText("Здравствуйте");
        page.navigate("/cases");
        assertThat(page.locator("h1")).hasText("Уголовные дела");
        page.context().close();
    }

    @Test
    void aSupervisorBreaksTheGlassOnAnotherRegionsCaseWithAReasonAndTheGrantExpires() throws Exception {
        String erdr = String.format("24175%010d", System.nanoTime() % 10_000_000_000L);
        long caseId = SignedIn.as(users.demo("investigator"), () -> cases.register(
                new CaseCommands.Registration(erdr, LocalDate.of(2024, 5, 6), "KZ-75", null,
                        new Qualification(List.of(new Charge("128", 1)), Set.of(ExploitationForm.FORCED_LABOUR),
                                Set.of()), "Синтетическая фабула."))).id();

        // a supervisor of Astana: the Almaty case does not exist for them
        String username = newUser("sup.", Role.SUPERVISOR, "KZ-71");
        Page page = browser.newPage("http://localhost:" + port);
        signInAndEnrol(page, username, null);
        page.navigate("/cases/" + caseId);
        assertThat(page.locator("h1")).not().containsText(erdr);

        page.navigate("/");
        openFromMenu(page, "Экстренный доступ");
        page.locator("#break-glass-case").click();
        page.locator("#erdr").fill(erdr);
        page.locator("#break-glass-submit").click();
        assertThat(page.locator("#error-summary")).containsText("Укажите причину");
        page.locator("#reason").fill("Синтетическая причина: подозреваемый задержан в Астане, нужна связь с делом.");
        Browser.screenshot(page, "break-glass-form");
        page.locator("#break-glass-submit").click();
        assertThat(page.locator("#broken-glass")).isVisible();
        assertThat(page.locator("h1")).containsText(erdr);
        assertThat(page.locator("#case-actions a")).hasCount(0);
        Browser.screenshot(page, "break-glass-case");

        // the national supervisor above them is told in the menu bar and sees the grant
        Page national = signIn("supervisor");
        assertThat(national.locator("#notices")).isVisible();
        national.locator("#notices").click();
        assertThat(national.locator("#grants")).containsText(erdr);
        assertThat(national.locator("#grants")).containsText(username);
        Browser.screenshot(national, "break-glass-team");
        national.context().close();

        // the grant runs out: the case is gone again, and the own list says it expired
        jdbc.sql("update identity_break_glass set opened_at = now() - interval '5 hours', expires_at = now() - "
                + "interval '1 hour' where record_kind = 'CASE' and record_id = ?").param(caseId).update();
        page.navigate("/cases/" + caseId);
        assertThat(page.locator("h1")).not().containsText(erdr);
        page.navigate("/break-glass");
        assertThat(page.locator("#grants")).containsText("истёк");
        Browser.screenshot(page, "break-glass-expired");
        page.context().close();
    }
}
