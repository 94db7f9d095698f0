package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import kz.qorgau.QorgauTest;
import kz.qorgau.demo.DemoOrganisations;

/**
 * The hotline: an operator logs ten calls in a row by keyboard alone (calls counted apart by a letter and Enter, real
 * ones through the form's fields in order), the time per call measured and printed; and an anonymous tip from the
 * public form, sent from a phone in Kyrgyz, becomes a notification to the Almaty police, which registers it in ERDR, and
 * the operator sees the call registered.
 */
@QorgauTest
class HotlineJourneyTests extends BrowserJourney {

    @Test
    void anOperatorLogsTenCallsInARowByKeyboard() throws Exception {
        inRussian(List.of("hotline"), () -> {
            Page operator = signIn("hotline");
            operator.navigate("/hotline");
            long before = calls();
            List<Long> millis = new ArrayList<>();
            String[] quick = { "w", "s", "w", "p" };
            for (int i = 0; i < 10; i++) {
                long started = System.nanoTime();
                if (i % 5 < 4 && i < 8 && quickOne(i)) {
                    // a call counted apart: its letter, then Enter
                    operator.keyboard().press(quick[i % quick.length]);
                    // the page of the previous call shows the same notice: wait for the page this call loads
                    operator.waitForNavigation(() -> operator.keyboard().press("Enter"));
                    assertThat(operator.locator(".alert-success")).isVisible();
                } else {
                    // the type (the fourth of the real ones: a report of a suspected case), then a witness
                    operator.keyboard().press("n");
                    for (int down = 0; down < 4; down++) {
                        operator.keyboard().press("ArrowDown");
                    }
                    operator.keyboard().press("Tab");
                    for (int up = 0; up < 3; up++) {
                        operator.keyboard().press("ArrowUp");
                    }
                    operator.keyboard().press("Tab");
                    operator.keyboard().press("Tab");
                    operator.keyboard().press("Tab");
                    operator.keyboard().type("7");
                    operator.keyboard().press("Tab");
                    operator.keyboard().press("Tab");
                    operator.keyboard().press("Tab");
                    operator.keyboard().press("Tab");
                    operator.keyboard().press("Space");
                    for (int topic = 0; topic < 10; topic++) {
                        operator.keyboard().press("Tab");
                    }
                    operator.keyboard().type("Тест: на ферме держат работников без документов, звонок " + i);
                    operator.keyboard().press("Tab");
                    operator.waitForNavigation(() -> operator.keyboard().press("Enter"));
                    assertThat(operator.locator(".alert-success")).containsText("Обращение записано");
                }
                millis.add((System.nanoTime() - started) / 1_000_000);
            }
            Assertions.assertThat(calls() - before).isEqualTo(10);
            Assertions.assertThat(jdbc.sql("select count(*) from hotline_call where recorded_by = 'hotline' and"
                    + " call_type = 'SUSPECTED_CASE' and caller_type = 'WITNESS' and duration_seconds = 420 and"
                    + " topics = array['LABOUR_EXPLOITATION']::varchar[] and summary is not null and recorded_at >"
                    + " now() - interval '10 minutes'").query(Long.class).single()).isGreaterThanOrEqualTo(4);
            System.out.println("Ten calls logged by keyboard, milliseconds per call: " + millis);
            Browser.screenshot(operator, "hotline-log-ru");
            operator.context().close();
        });
    }

    /** The calls counted apart among the ten: the first four of each five, but the last two are real. */
    private static boolean quickOne(int i) {
        return i != 2 && i != 5;
    }

    private long calls() {
        return jdbc.sql("select count(*) from hotline_call where recorded_by = 'hotline'").query(Long.class).single();
    }

    @Test
    void anAnonymousWebTipBecomesAPoliceNotificationAndARegisteredCase() throws Exception {
        Page phone = newPhonePage();
        Response form = phone.navigate("/public/report?lang=ky");
        Assertions.assertThat(form.status()).isEqualTo(200);
        Assertions.assertThat(form.headers().get("cache-control")).contains("no-store");
        assertThat(phone.locator("h1")).hasText("Адам сатуу боюнча шектенүү жөнүндө кабарлоо");
        Browser.screenshotOfScreen(phone, "public-report-phone-ky");
        phone.locator("#account").fill("Тест: Алматыдагы курулушта жумушчуларды кармап турушат, паспорттору жок.");
        phone.locator("#region").selectOption("KZ-75");
        phone.locator("#send").click();
        assertThat(phone.locator("#sent")).hasText("Рахмат");
        Browser.screenshotOfScreen(phone, "public-report-sent-ky");
        phone.context().close();
        long call = jdbc.sql("select id from hotline_call where channel = 'WEB_FORM' and language = 'ky' order by id"
                + " desc limit 1").query(Long.class).single();
        long police = jdbc.sql("select id from organisations_organisation where name_ru = ?").param(
                DemoOrganisations.POLICE_ALMATY).query(Long.class).single();
        String erdr = jdbc.sql("select erdr_number from cases_case where region_code = 'KZ-75' order by id limit 1")
                .query(String.class).single();

        inRussian(List.of("hotline", "investigator"), () -> {
            Page operator = signIn("hotline");
            operator.navigate("/hotline?filter=AWAITING");
            assertThat(operator.locator("#calls")).containsText("веб-форма");
            operator.navigate("/hotline/calls/" + call);
            assertThat(operator.locator("#summary")).containsText("паспорттору жок");
            operator.locator("#policeUnitId").selectOption(Long.toString(police));
            operator.locator("#notify-police").click();
            assertThat(operator.locator("#outcomes")).containsText("полиция уведомлена");

            Page investigator = signIn("investigator");
            investigator.navigate("/hotline/notifications");
            investigator.locator("#notifications a[href='/hotline/notifications/" + call + "']").click();
            assertThat(investigator.locator("#summary")).containsText("паспорттору жок");
            investigator.locator("#erdrNumber").fill(erdr);
            investigator.locator("#save-registration").click();
            assertThat(investigator.locator("#notice-state")).hasText("зарегистрировано в ЕРДР");
            Browser.screenshot(investigator, "hotline-notification-registered-ru");

            operator.reload();
            assertThat(operator.locator("#outcomes")).containsText("зарегистрировано в ЕРДР");
            Browser.screenshot(operator, "hotline-call-registered-ru");
            operator.context().close();
            investigator.context().close();
        });
    }
}
