package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;

import kz.qorgau.QorgauTest;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.shared.Sex;

/**
 * An investigator registers a (synthetic) victim, reveals her data for a reason, and a colleague who types
 * her again is offered the existing record instead of creating a duplicate.
 */
@QorgauTest
class PersonJourneyTests extends BrowserJourney {

    @Test
    void aVictimIsRegisteredRevealedForAReasonAndNotRegisteredTwice() {
        String surname = "Журналова" + (char) ('А' + ThreadLocalRandom.current().nextInt(20));
        String iin = SyntheticPersons.iin(LocalDate.of(1994, 3, 8), Sex.FEMALE).value();

        Page investigator = signIn("investigator");
        openFromMenu(investigator, "Лица");
        assertThat(investigator.locator("h1")).hasText("Лица");
        investigator.locator("#new-person").click();
        investigator.locator("#surname").fill(surname);
        investigator.locator("#givenName").fill("Әлия");
        investigator.locator("#patronymic").fill("Серікқызы");
        investigator.locator("#iin").fill(iin);
        investigator.locator("#citizenships input[value=KZ]").check();
        investigator.locator("#citizenships input[value=UZ]").check();
        investigator.locator("#passportNumber").fill("N" + iin.substring(4));
        investigator.locator("#passportCountry").selectOption("KZ");
        investigator.locator("#phone").fill("+7 701 000 00 00");
        Browser.screenshot(investigator, "person-new-ru");
        investigator.locator("#register-person").click();

        assertThat(investigator).hasURL(Pattern.compile(".*/persons/\\d+$"));
        assertThat(investigator.locator(".alert-success")).containsText("Лицо зарегистрировано");
        String pseudonym = investigator.locator("#pseudonym").textContent().strip();
        assertThat(investigator.locator("#name")).hasText("••••••");
        assertThat(investigator.locator("main")).not().containsText(surname);
        Browser.screenshot(investigator, "person-masked-ru");

        investigator.locator("#reason").fill("Подготовка к допросу потерпевшей");
        investigator.locator("#reveal").click();
        assertThat(investigator.locator("#name")).hasText(surname + " Әлия Серікқызы");
        assertThat(investigator.locator("main")).containsText("08.03.1994");
        assertThat(investigator.locator("main")).containsText("Aliya Serikkyzy");
        Browser.screenshot(investigator, "person-revealed-ru");
        investigator.locator("#hide").click();
        assertThat(investigator.locator("#name")).hasText("••••••");

        Page colleague = signIn("migration");
        colleague.navigate("/persons/new");
        colleague.locator("#surname").fill(surname.toUpperCase());
        colleague.locator("#givenName").fill("Алия");
        colleague.locator("#iin").fill(iin);
        colleague.locator("#register-person").click();
        assertThat(colleague.locator("#duplicates")).containsText(pseudonym);
        assertThat(colleague.locator("#duplicates")).containsText("ИИН");
        assertThat(colleague.locator("#duplicates")).not().containsText(surname);
        Browser.screenshot(colleague, "person-duplicate-ru");
        colleague.locator("#duplicates .same-person").first().click();
        assertThat(colleague.locator("#pseudonym")).hasText(pseudonym);
        assertThat(colleague.locator("#no-access")).isVisible();

        colleague.navigate("/persons");
        colleague.locator("#iin").fill(iin);
        colleague.locator("#search-persons").click();
        assertThat(colleague.locator("#results")).containsText(pseudonym);
        Browser.screenshot(colleague, "person-search-ru");
    }
}
