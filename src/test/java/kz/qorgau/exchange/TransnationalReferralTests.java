package kz.qorgau.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import kz.qorgau.Tiers;
import kz.qorgau.browser.Browser;
import tools.jackson.databind.JsonNode;

/**
 * Three countries' systems on loopback (Kazakhstan, Kyrgyzstan, Uzbekistan), each the whole application with its own
 * embedded database and key, peers of each other: referrals go both ways, the receiving instance is stopped mid-way
 * and started again, an acknowledgement is lost and the message sent again; at the end every message arrived exactly
 * once, nothing was lost or duplicated, both sides of every referral hold the same timeline, and each referral carried
 * its purpose's fields only. And the journey in the browser on the same instances: a Kazakh NGO refers a Kyrgyz citizen
 * home; the Kyrgyz side accepts in Kyrgyz; the return is tracked. The instances start once for both and stop after.
 */
@Tag(Tiers.FULL)
@Tag(Tiers.BROWSER)
class TransnationalReferralTests {

    static Browser browser;
    static PeerInstance kazakhstan;
    static PeerInstance kyrgyzstan;
    static PeerInstance uzbekistan;

    @BeforeAll
    static void start() {
        List<PeerInstance> trio = PeerInstance.trio();
        kazakhstan = trio.get(0);
        kyrgyzstan = trio.get(1);
        uzbekistan = trio.get(2);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.closeContexts();
        }
        PeerInstance.closeTrio();
    }

    private static Browser browser() {
        if (browser == null) {
            browser = Browser.shared();
        }
        return browser;
    }

    @Test
    void referralsGoBothWaysAndEveryMessageArrivesExactlyOnceThroughARestart() {
        // Kazakhstan refers a Kyrgyz citizen home, a Uzbek citizen for services, a Kyrgyz citizen for family tracing
        String aigul = kazakhstan.registerVictim("Синтетова", "Айгуль", "KG");
        String dilnoza = kazakhstan.registerVictim("Синтетова", "Дильноза", "UZ");
        String nurlan = kazakhstan.registerVictim("Синтетов", "Нурлан", "KG");
        long home = kazakhstan.refer(aigul, "KG", TransferPurpose.REPATRIATION, true);
        long services = kazakhstan.refer(dilnoza, "UZ", TransferPurpose.SERVICES, false);
        long tracing = kazakhstan.refer(nurlan, "KG", TransferPurpose.FAMILY_TRACING, false);
        // and Kyrgyzstan and Uzbekistan refer Kazakh citizens exploited there back to Kazakhstan
        long fromKyrgyzstan = kyrgyzstan.refer(kyrgyzstan.registerVictim("Синтетова", "Асель", "KZ"), "KZ",
                TransferPurpose.REINTEGRATION, true);
        long fromUzbekistan = uzbekistan.refer(uzbekistan.registerVictim("Синтетов", "Ерлан", "KZ"), "KZ",
                TransferPurpose.REPATRIATION, false);

        // Kyrgyzstan goes down before it sent its referral and before Kazakhstan's reach it
        kyrgyzstan.stop();
        assertThat(kazakhstan.deliver()).as("only the Uzbek referral can be delivered").isEqualTo(1);
        assertThat(uzbekistan.deliver()).isEqualTo(1);
        kazakhstan.makeDue();
        assertThat(kazakhstan.deliver()).as("Kyrgyzstan is still down").isZero();
        // the first message to Kyrgyzstan waits for its retry, and the second waits behind it, in order
        assertThat(kazakhstan.jdbc().sql("""
                select attempts || ' ' || coalesce(last_failure, '-') from exchange_outbox
                where status = 'PENDING' and peer_id = :peer order by seq""").param("peer", kazakhstan.peerId("KG"))
                .query(String.class).list()).containsExactly("2 unreachable", "0 -");

        // back up on the same data: its own outbox still holds its referral, and Kazakhstan's arrive
        kyrgyzstan.restart();
        kazakhstan.makeDue();
        assertThat(kazakhstan.deliver()).isEqualTo(2);
        assertThat(kyrgyzstan.deliver()).isEqualTo(1);

        // an acknowledgement lost on the way: Kazakhstan sends the repatriation again, Kyrgyzstan keeps it once
        UUID repatriation = kazakhstan.view(home).uid();
        UUID first = kazakhstan.jdbc().sql("""
                select message_id from exchange_outbox where kind = 'referral' and peer_id = :peer order by seq
                limit 1""").param("peer", kazakhstan.peerId("KG")).query(UUID.class).single();
        kazakhstan.jdbc().sql("""
                update exchange_outbox set status = 'PENDING', delivered_at = null, next_attempt_at = now()
                where message_id = :id""").param("id", first).update();
        long kept = kyrgyzstan.jdbc().sql("select count(*) from exchange_inbox").query(Long.class).single();
        long referralsKept = kyrgyzstan.jdbc().sql("select count(*) from exchange_referral").query(Long.class)
                .single();
        assertThat(kazakhstan.deliver()).isEqualTo(1);
        assertThat(kyrgyzstan.jdbc().sql("select count(*) from exchange_inbox").query(Long.class).single())
                .isEqualTo(kept);
        assertThat(kyrgyzstan.jdbc().sql("select count(*) from exchange_referral").query(Long.class).single())
                .isEqualTo(referralsKept);
        assertThat(kyrgyzstan.jdbc().sql("select count(*) from exchange_referral where uid = :uid").param("uid",
                repatriation).query(Long.class).single()).isOne();

        // the answers and the return, each side its own steps, each told to the other
        long received = kyrgyzstan.referralId(repatriation);
        kyrgyzstan.record(received, CrossBorderStep.ACCEPTED, null);
        kyrgyzstan.record(kyrgyzstan.referralId(kazakhstan.view(tracing).uid()), CrossBorderStep.DECLINED,
                "OUTSIDE_AREA");
        uzbekistan.record(uzbekistan.referralId(kazakhstan.view(services).uid()), CrossBorderStep.ACCEPTED, null);
        kazakhstan.record(kazakhstan.referralId(kyrgyzstan.view(fromKyrgyzstan).uid()), CrossBorderStep.ACCEPTED,
                null);
        kazakhstan.record(kazakhstan.referralId(uzbekistan.view(fromUzbekistan).uid()), CrossBorderStep.DECLINED,
                "NO_CAPACITY");
        deliverAll();
        kazakhstan.record(home, CrossBorderStep.DEPARTED, null);
        deliverAll();
        kyrgyzstan.record(received, CrossBorderStep.ARRIVED, null);
        kyrgyzstan.record(received, CrossBorderStep.SERVICE, "MEDICAL");
        kyrgyzstan.record(received, CrossBorderStep.COMPLETED, null);
        kyrgyzstan.record(received, CrossBorderStep.FOLLOW_UP_3_MONTHS, "SETTLED");
        deliverAll();

        // both sides hold the same timeline of every referral
        assertSameTimeline(kazakhstan, home, kyrgyzstan);
        assertSameTimeline(kazakhstan, tracing, kyrgyzstan);
        assertSameTimeline(kazakhstan, services, uzbekistan);
        assertSameTimeline(kyrgyzstan, fromKyrgyzstan, kazakhstan);
        assertSameTimeline(uzbekistan, fromUzbekistan, kazakhstan);
        CrossBorderReferrals.View returned = kazakhstan.view(home);
        assertThat(returned.status()).isEqualTo(CrossBorderReferral.Status.COMPLETED);
        assertThat(returned.timeline()).extracting(CrossBorderReferrals.TimelineStep::kind).containsExactly(
                CrossBorderStep.SENT, CrossBorderStep.ACCEPTED, CrossBorderStep.DEPARTED, CrossBorderStep.ARRIVED,
                CrossBorderStep.SERVICE, CrossBorderStep.COMPLETED, CrossBorderStep.FOLLOW_UP_3_MONTHS);
        assertThat(returned.dueIn3Months()).isNull();
        assertThat(returned.dueIn12Months()).isEqualTo(kyrgyzstan.today().plusMonths(12));
        assertThat(kazakhstan.view(tracing).status()).isEqualTo(CrossBorderReferral.Status.DECLINED);

        // every message arrived exactly once: each outbox delivered all it wrote, each inbox holds each of them once
        for (PeerInstance receiver : List.of(kazakhstan, kyrgyzstan, uzbekistan)) {
            Set<UUID> sent = new HashSet<>();
            for (PeerInstance sender : List.of(kazakhstan, kyrgyzstan, uzbekistan)) {
                if (sender == receiver) {
                    continue;
                }
                assertThat(sender.jdbc().sql("select count(*) from exchange_outbox where status <> 'DELIVERED'")
                        .query(Long.class).single()).as("nothing left unsent by " + sender.country()).isZero();
                sent.addAll(sender.jdbc().sql("select message_id from exchange_outbox where peer_id = :peer")
                        .param("peer", sender.peerId(receiver.country())).query(UUID.class).list());
            }
            List<UUID> arrived = receiver.jdbc().sql("select message_id from exchange_inbox").query(UUID.class)
                    .list();
            assertThat(arrived).as("what " + receiver.country() + " received").hasSameSizeAs(sent)
                    .containsExactlyInAnyOrderElementsOf(sent);
        }

        // each referral carried its purpose's fields only: services in Uzbekistan name no one
        Map<String, Set<String>> carried = Map.of("REPATRIATION", Set.of("firstName", "secondName", "birthdate",
                "gender", "citizenship"), "SERVICES", Set.of("gender", "ageAtIdentification", "exploitation",
                        "needs"));
        for (PeerInstance receiver : List.of(kyrgyzstan, uzbekistan)) {
            for (UUID id : receiver.jdbc().sql("select message_id from exchange_inbox where kind = 'referral'")
                    .query(UUID.class).list()) {
                JsonNode body = receiver.inboxBody(id);
                Set<String> fields = new HashSet<>(body.get("person").propertyNames());
                Set<String> allowed = new HashSet<>();
                TransferPurpose.valueOf(body.get("purpose").asString()).fields().forEach(field -> allowed.add(field
                        .json()));
                assertThat(allowed).containsAll(fields);
                if (carried.containsKey(body.get("purpose").asString())) {
                    assertThat(fields).isEqualTo(carried.get(body.get("purpose").asString()));
                }
                assertThat(body.get("consent").get("toCountry").asString()).isEqualTo(receiver.country());
            }
        }
        assertThat(uzbekistan.view(uzbekistan.referralId(kazakhstan.view(services).uid())).fields())
                .extracting(field -> field.field()).doesNotContain(TransferField.SECOND_NAME,
                        TransferField.FIRST_NAME, TransferField.BIRTHDATE);
    }

    private static void deliverAll() {
        for (int round = 0; round < 3; round++) {
            kazakhstan.deliver();
            kyrgyzstan.deliver();
            uzbekistan.deliver();
        }
    }

    private static void assertSameTimeline(PeerInstance sender, long referralId, PeerInstance receiver) {
        CrossBorderReferrals.View sent = sender.view(referralId);
        CrossBorderReferrals.View got = receiver.view(receiver.referralId(sent.uid()));
        assertThat(got.timeline()).extracting(step -> step.kind() + " " + step.on() + " " + step.detailKey())
                .as("the timeline on both sides").containsExactlyElementsOf(sent.timeline().stream().map(step -> step
                        .kind() + " " + step.on() + " " + step.detailKey()).toList());
        assertThat(got.status()).isEqualTo(sent.status());
        assertThat(got.purpose()).isEqualTo(sent.purpose());
    }
    @Test
    void aKazakhNgoRefersAKyrgyzCitizenHomeTheKyrgyzSideAcceptsInKyrgyzAndTheReturnIsTracked() {
        String reference = kazakhstan.registerVictim("Синтетова", "Гульзат", "KG");

        // Kazakhstan: the form refuses a referral without the victim's consent to the transfer, keeping what was typed
        Page almaty = Browser.signIn(browser().newPage(kazakhstan.baseUrl()), "caseworker");
        Browser.openFromMenu(almaty, "Направления в другие страны");
        PlaywrightAssertions.assertThat(almaty.locator("h1")).hasText("Направления в другие страны");
        // from the victim record's referrals, the form opens with the record's reference
        long victimId = kazakhstan.jdbc().sql("select id from victims_victim where reference = :reference").param(
                "reference", reference).query(Long.class).single();
        almaty.navigate("/victims/" + victimId + "?tab=referrals");
        almaty.locator("#refer-abroad").click();
        PlaywrightAssertions.assertThat(almaty.locator("#victimReference")).hasValue(reference);
        almaty.locator("#peerId").selectOption(String.valueOf(kazakhstan.peerId("KG")));
        almaty.locator("#purpose").selectOption("REPATRIATION");
        almaty.locator("#consentOn").fill(kazakhstan.today().toString());
        almaty.locator("#followUpConsent").check();
        almaty.locator("#cross-border-submit").click();
        PlaywrightAssertions.assertThat(almaty.locator("#consentConfirmed-error")).containsText(
                "Без согласия пострадавшего");
        PlaywrightAssertions.assertThat(almaty.locator("#victimReference")).hasValue(reference);
        PlaywrightAssertions.assertThat(almaty.locator("#fields-SERVICES")).not().containsText("Фамилия");
        Browser.screenshot(almaty, "cross-border-refused-ru");
        almaty.locator("#consentConfirmed").check();
        almaty.locator("#cross-border-submit").click();
        PlaywrightAssertions.assertThat(almaty.locator(".alert-success")).containsText("Направление записано");
        PlaywrightAssertions.assertThat(almaty.locator("#cross-border-status")).hasText("ждёт ответа");
        PlaywrightAssertions.assertThat(almaty.locator("#field-secondName")).hasText("Синтетова");
        PlaywrightAssertions.assertThat(almaty.locator("#transferred")).not().containsText("Формы эксплуатации");
        PlaywrightAssertions.assertThat(almaty.locator("#no-steps")).isVisible();
        Browser.screenshot(almaty, "cross-border-sent-ru");
        kazakhstan.deliver();

        // Kyrgyzstan: the case worker, in Kyrgyz, finds the referral among those received and accepts it
        Page bishkek = Browser.signIn(browser().newPage(kyrgyzstan.baseUrl()), "caseworker");
        bishkek.locator("#language-menu").click();
        bishkek.locator("button[data-language=ky]").click();
        PlaywrightAssertions.assertThat(bishkek.locator("html")).hasAttribute("lang", "ky");
        // the start page's queue counts the referral to answer and opens the list of exactly those
        bishkek.locator("a[href*='direction=IN&status=OPEN']").first().click();
        PlaywrightAssertions.assertThat(bishkek.locator("h1")).hasText("Башка өлкөлөргө жолдомолор");
        PlaywrightAssertions.assertThat(bishkek.locator("#cross-border-referrals tbody tr")).hasCount(1);
        bishkek.locator("#cross-border-referrals tbody tr a").first().click();
        PlaywrightAssertions.assertThat(bishkek.locator("#field-secondName")).hasText("Синтетова");
        PlaywrightAssertions.assertThat(bishkek.locator("#cross-border-status")).hasText("жооп күтүүдө");
        bishkek.locator("#step-ACCEPTED-submit").click();
        PlaywrightAssertions.assertThat(bishkek.locator(".alert-success")).containsText("Кадам жазылды");
        PlaywrightAssertions.assertThat(bishkek.locator("#cross-border-status")).hasText("кабыл алынды");
        Browser.screenshot(bishkek, "cross-border-accepted-ky");
        kyrgyzstan.deliver();
        // the Kyrgyz side opens a victim record of its own for the person received: not without her consent here
        String referralPage = bishkek.url();
        PlaywrightAssertions.assertThat(bishkek.locator("#register")).isVisible();
        bishkek.locator("#status").selectOption("PRESUMED");
        bishkek.locator("#register-submit").click();
        PlaywrightAssertions.assertThat(bishkek.locator("#consentConfirmed-error")).isVisible();
        bishkek.locator("#consentConfirmed").check();
        bishkek.locator("#register-submit").click();
        PlaywrightAssertions.assertThat(bishkek.locator(".alert-success")).isVisible();
        PlaywrightAssertions.assertThat(bishkek).hasURL(Pattern.compile(".*/victims/\\d+$"));
        Browser.screenshot(bishkek, "cross-border-registered-ky");
        bishkek.navigate(referralPage);
        PlaywrightAssertions.assertThat(bishkek.locator("#register")).hasCount(0);

        // Kazakhstan records the departure; Kyrgyzstan the arrival; Kazakhstan sees the return and the follow-ups due
        almaty.reload();
        PlaywrightAssertions.assertThat(almaty.locator("#cross-border-status")).hasText("принято");
        almaty.locator("#step-DEPARTED-submit").click();
        PlaywrightAssertions.assertThat(almaty.locator("#timeline")).containsText("Выезд из страны");
        kazakhstan.deliver();
        bishkek.reload();
        PlaywrightAssertions.assertThat(bishkek.locator("#timeline")).containsText("Өлкөдөн чыгуу");
        bishkek.locator("#step-ARRIVED-submit").click();
        PlaywrightAssertions.assertThat(bishkek.locator("#timeline")).containsText("Мекенге келүү");
        kyrgyzstan.deliver();
        almaty.reload();
        PlaywrightAssertions.assertThat(almaty.locator("#timeline")).containsText("Прибытие на родину");
        PlaywrightAssertions.assertThat(almaty.locator("#due-3")).containsText("Наблюдение через 3 месяца");
        PlaywrightAssertions.assertThat(almaty.locator("#due-12")).containsText("Наблюдение через 12 месяцев");
        Browser.screenshot(almaty, "cross-border-returned-ru");
        almaty.context().close();
        bishkek.context().close();
    }
}
