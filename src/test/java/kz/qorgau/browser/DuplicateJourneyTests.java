package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Sex;
import kz.qorgau.shared.Today;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.ExploitationKind;
import kz.qorgau.victims.RecruiterRelationship;
import kz.qorgau.victims.ScreeningContext;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimRegistry;
import org.assertj.core.api.Assertions;

/**
 * One woman met by the Almaty police, who register her in Cyrillic («Айжан Нұрланқызы»), and by the consulate, in a
 * passport's Latin ("Aizhan Nurlankyzy"), with day and month of birth swapped, each with a victim record identified
 * this year. The police supervisor finds the pair among the possible duplicates (in Russian), reads how far each field
 * agrees without seeing either side's data, decides that it is one person, and the year's victims figure drops by
 * one; the list of merges is read in Kazakh and English.
 */
@QorgauTest
class DuplicateJourneyTests extends BrowserJourney {

    @Autowired
    PersonRegistry persons;
    @Autowired
    VictimRegistry victims;
    @Autowired
    Today today;

    @Test
    void aSupervisorMergesACyrillicAndALatinRegistrationAndTheVictimsFigureDropsByOne() throws Exception {
        LocalDate day = today.date().getDayOfYear() > 10 ? today.date().minusDays(10) : today.date().withDayOfYear(1);
        String police = register(users.demo("investigator"), new PersonDetails("Нұрланқызы", "Айжан", null, LocalDate
                .of(1999, 7, 5), Sex.FEMALE, Set.of(CountryCode.KAZAKHSTAN), null, List.of(), null, null, null), day,
                ScreeningContext.POLICE);
        inRussian(List.of("supervisor"), () -> {
            Page supervisor = signIn("supervisor");
            String figures = "/statistics?year=" + day.getYear();
            supervisor.navigate(figures);
            long before = victims(supervisor);
            register(users.demo("consul"), new PersonDetails("Nurlankyzy", "Aizhan", null, LocalDate.of(1999, 5, 7),
                    Sex.FEMALE, Set.of(CountryCode.KAZAKHSTAN), null, List.of(), null, null, null), day,
                    ScreeningContext.CONSULAR);
            supervisor.navigate(figures);
            long registered = victims(supervisor);
            Assertions.assertThat(registered).as("two records, two persons until reviewed")
                    .isEqualTo(before + 1);
            Browser.screenshot(supervisor, "duplicates-figures-before-ru");

            openFromMenu(supervisor, "Возможные дубликаты");
            supervisor.locator("#q").fill(police);
            supervisor.locator("#q").press("Enter");
            Locator row = supervisor.locator("#pairs tr").filter(new Locator.FilterOptions().setHasText(police));
            assertThat(row).hasCount(1);
            Browser.screenshot(supervisor, "duplicates-queue-ru");
            row.locator("a").click();
            assertThat(supervisor.locator("#agreement")).containsText("Фамилия");
            assertThat(supervisor.locator("#agreement")).containsText("почти совпадает");
            // only agreement: neither name nor date is on the page
            assertThat(supervisor.locator("main")).not().containsText("Нұрланқызы");
            assertThat(supervisor.locator("main")).not().containsText("Nurlankyzy");
            assertThat(supervisor.locator("main")).not().containsText("1999");
            Browser.screenshot(supervisor, "duplicates-pair-ru");
            supervisor.locator("#decision-SAME").check();
            supervisor.onceDialog(Dialog::accept);
            supervisor.locator("#record-decision").click();
            assertThat(supervisor.locator(".alert-success")).containsText("Записи объединены");

            supervisor.navigate(figures);
            Assertions.assertThat(victims(supervisor)).as("one person after the merge")
                    .isEqualTo(registered - 1);
            assertThat(supervisor.locator("[data-code='victims.identified_records_of_persons_counted']"))
                    .isVisible();
            Browser.screenshot(supervisor, "duplicates-figures-after-ru");

            supervisor.navigate("/persons/duplicates/merges");
            supervisor.locator("#language-menu").click();
            supervisor.locator("button[data-language=kk]").click();
            assertThat(supervisor.locator("html")).hasAttribute("lang", "kk");
            assertThat(supervisor.locator("#merges")).containsText(police);
            Browser.screenshot(supervisor, "duplicates-merges-kk");
            supervisor.locator("#language-menu").click();
            supervisor.locator("button[data-language=en]").click();
            assertThat(supervisor.locator("h1")).hasText("Merges");
            Browser.screenshot(supervisor, "duplicates-merges-en");
            supervisor.context().close();
        });
    }

    /** The year's victims identified, as the figures page shows them. */
    private static long victims(Page page) {
        return Long.parseLong(page.locator("[data-code='victims.identified'] td.fw-semibold").innerText().strip());
    }

    /** Registers the person and a victim record of her identified on the day; answers her pseudonym. */
    private String register(QorgauUser user, PersonDetails details, LocalDate day, ScreeningContext context) {
        long person = SignedIn.as(user, () -> persons.register(details)).value();
        SignedIn.as(user, () -> victims.register(new VictimCommands.Registration(person, false,
                new VictimCommands.Situation(Sex.FEMALE, day.getYear() - 1999, "KZ-75", Set.of(
                        ExploitationForm.FORCED_LABOUR), null, null, null, null, RecruiterRelationship.UNACQUAINTED,
                        null, null, null, Set.of(CountryCode.KAZAKHSTAN), Set.of(CountryCode.KAZAKHSTAN), null, Set
                                .of(CountryCode.KAZAKHSTAN), null, null),
                new VictimCommands.Screening(day, context, false, ExploitationKind.LABOUR, Map.of(), Map.of(),
                        TraffickingStatus.PRESUMED, "Проверка: признаки торговли людьми (тест)."),
                Map.of(ConsentScope.PROCESSING, ConsentDecision.GIVEN))));
        return jdbc.sql("select pseudonym from persons_person where id = ?").param(person).query(String.class)
                .single();
    }
}
