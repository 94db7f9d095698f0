package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import kz.qorgau.QorgauTest;
import kz.qorgau.exchange.PeerKeys;

/**
 * An administrator configures the Kyrgyz peer of the transnational mechanism: a key pasted wrong is refused beside
 * its field and what was typed stays; the right key adds the peer; this system's key is there to give to the peer.
 */
@QorgauTest
class PeersJourneyTests extends BrowserJourney {

    @Test
    void anAdministratorAddsAPeerAfterCorrectingItsKey() {
        String keyId = "KG-JOURNEY-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String publicKey = PeerKeys.newPublicKey();
        Page admin = signIn("admin");
        admin.navigate("/admin/peers");
        assertThat(admin.locator("h1")).hasText("Партнёры других стран");
        assertThat(admin.locator("#own-key-id")).containsText("KZ-QORGAU-");
        admin.locator("#country").fill("KG");
        admin.locator("#name").fill("Синтетическая система Кыргызстана");
        admin.locator("#endpoint").fill("https://qorgau.kg.example/api/v1/exchange/messages");
        admin.locator("#keyId").fill(keyId);
        admin.locator("#publicKey").fill("не ключ");
        admin.locator("#add-peer-submit").click();
        assertThat(admin.locator("#publicKey-error")).containsText("Ed25519");
        assertThat(admin.locator("#keyId")).hasValue(keyId);
        Browser.screenshot(admin, "peers-refused-ru");
        admin.locator("#publicKey").fill(publicKey);
        admin.locator("#add-peer-submit").click();
        assertThat(admin.locator(".alert-success")).containsText("Партнёр добавлен");
        assertThat(admin.locator("#peers")).containsText(keyId);
        Browser.screenshot(admin, "peers-ru");
        admin.context().close();
    }
}
