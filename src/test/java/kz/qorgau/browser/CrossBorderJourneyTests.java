package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;

import kz.qorgau.Tiers;
import kz.qorgau.exchange.PeerInstance;

/**
 * A Kazakh NGO refers a Kyrgyz citizen home; the Kyrgyz side accepts in Kyrgyz; the return is tracked: on two
 * countries' systems on loopback ({@link PeerInstance}), each with its own database, the case worker of the Almaty
 * shelter in Kazakhstan and the case worker of the Kyrgyz system, in the browser.
 */
@Tag(Tiers.FULL)
@Tag(Tiers.BROWSER)
class CrossBorderJourneyTests {

    static Browser browser;
    static PeerInstance kazakhstan;
    static PeerInstance kyrgyzstan;

    @BeforeAll
    static void start() {
        browser = Browser.shared();
        List<PeerInstance> trio = PeerInstance.trio();
        kazakhstan = trio.get(0);
        kyrgyzstan = trio.get(1);
    }

    @AfterAll
    static void closePages() {
        if (browser != null) {
            browser.closeContexts();
        }
    }

    @Test
    void aKazakhNgoRefersAKyrgyzCitizenHomeTheKyrgyzSideAcceptsInKyrgyzAndTheReturnIsTracked() {
        String reference = kazakhstan.registerVictim("Синтетова", "Гульзат", "KG");

        // Kazakhstan: the form refuses a referral without the victim's consent to the transfer, keeping what was typed
        Page almaty = BrowserJourney.signIn(browser.newPage(kazakhstan.baseUrl()), "caseworker");
        BrowserJourney.openFromMenu(almaty, "Направления в другие страны");
        assertThat(almaty.locator("h1")).hasText("Направления в другие страны");
        almaty.locator("#new-cross-border-referral").click();
        almaty.locator("#victimReference").fill(reference);
        almaty.locator("#peerId").selectOption(String.valueOf(kazakhstan.peerId("KG")));
        almaty.locator("#purpose").selectOption("REPATRIATION");
        almaty.locator("#consentOn").fill(kazakhstan.today().toString());
        almaty.locator("#followUpConsent").check();
        almaty.locator("#cross-border-submit").click();
        assertThat(almaty.locator("#consentConfirmed-error")).containsText("Без согласия пострадавшего");
        assertThat(almaty.locator("#victimReference")).hasValue(reference);
        assertThat(almaty.locator("#fields-SERVICES")).not().containsText("Фамилия");
        Browser.screenshot(almaty, "cross-border-refused-ru");
        almaty.locator("#consentConfirmed").check();
        almaty.locator("#cross-border-submit").click();
        assertThat(almaty.locator(".alert-success")).containsText("Направление записано");
        assertThat(almaty.locator("#cross-border-status")).hasText("ждёт ответа");
        assertThat(almaty.locator("#field-secondName")).hasText("Синтетова");
        assertThat(almaty.locator("#transferred")).not().containsText("Формы эксплуатации");
        assertThat(almaty.locator("#no-steps")).isVisible();
        Browser.screenshot(almaty, "cross-border-sent-ru");
        kazakhstan.deliver();

        // Kyrgyzstan: the case worker, in Kyrgyz, finds the referral among those received and accepts it
        Page bishkek = BrowserJourney.signIn(browser.newPage(kyrgyzstan.baseUrl()), "caseworker");
        bishkek.locator("#language-menu").click();
        bishkek.locator("button[data-language=ky]").click();
        assertThat(bishkek.locator("html")).hasAttribute("lang", "ky");
        bishkek.navigate("/exchange/referrals?direction=IN");
        assertThat(bishkek.locator("h1")).hasText("Башка өлкөлөргө жолдомолор");
        bishkek.locator("#cross-border-referrals tbody tr a").first().click();
        assertThat(bishkek.locator("#field-secondName")).hasText("Синтетова");
        assertThat(bishkek.locator("#cross-border-status")).hasText("жооп күтүүдө");
        bishkek.locator("#step-ACCEPTED-submit").click();
        assertThat(bishkek.locator(".alert-success")).containsText("Кадам жазылды");
        assertThat(bishkek.locator("#cross-border-status")).hasText("кабыл алынды");
        Browser.screenshot(bishkek, "cross-border-accepted-ky");
        kyrgyzstan.deliver();

        // Kazakhstan records the departure; Kyrgyzstan the arrival; Kazakhstan sees the return and the follow-ups due
        almaty.reload();
        assertThat(almaty.locator("#cross-border-status")).hasText("принято");
        almaty.locator("#step-DEPARTED-submit").click();
        assertThat(almaty.locator("#timeline")).containsText("Выезд из страны");
        kazakhstan.deliver();
        bishkek.reload();
        assertThat(bishkek.locator("#timeline")).containsText("Өлкөдөн чыгуу");
        bishkek.locator("#step-ARRIVED-submit").click();
        assertThat(bishkek.locator("#timeline")).containsText("Мекенге келүү");
        kyrgyzstan.deliver();
        almaty.reload();
        assertThat(almaty.locator("#timeline")).containsText("Прибытие на родину");
        assertThat(almaty.locator("#due-3")).containsText("Наблюдение через 3 месяца");
        assertThat(almaty.locator("#due-12")).containsText("Наблюдение через 12 месяцев");
        Browser.screenshot(almaty, "cross-border-returned-ru");
        almaty.context().close();
        bishkek.context().close();
    }
}
