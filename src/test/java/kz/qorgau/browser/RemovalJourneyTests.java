package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;

import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.inspections.RemovalCommands;
import kz.qorgau.inspections.RemovalKind;
import kz.qorgau.inspections.RemovalProceedings;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.RegionCode;
import kz.qorgau.shared.Sex;

/**
 * A migration officer, on a phone, cannot execute a deportation before the person is screened for trafficking: the
 * execution is refused with the reason on its field; the officer screens the person with the victims module's form,
 * posted to the removal, and then executes it.
 */
@QorgauTest
class RemovalJourneyTests extends BrowserJourney {

    @Autowired
    RemovalProceedings removals;
    @Autowired
    PersonRegistry persons;

    @Test
    void aMigrationOfficerCannotExecuteARemovalBeforeScreening() throws Exception {
        QorgauUser migration = users.demo("migration");
        long removal = SignedIn.as(migration, () -> {
            long person = persons.register(new PersonDetails("Синтетиков", "Жасур", null, LocalDate.of(1997, 3, 14),
                    Sex.MALE, Set.of(CountryCode.of("UZ")), null, List.of(), null, null, null)).value();
            return removals.decide(new RemovalCommands.Decision(person, RemovalKind.DEPORTATION, "ДП-СИНТ-1",
                    LocalDate.now().minusDays(2), CountryCode.of("UZ"), RegionCode.of("KZ-71")));
        });
        inRussian(List.of("migration"), () -> {
            Page officer = signInOnPhone("migration");
            officer.navigate("/removals");
            officer.locator("a[href='/removals/" + removal + "']").click();
            assertThat(officer.locator("#removal-status")).hasText("ожидает исполнения");
            assertThat(officer.locator("#execution-blocked")).isVisible();
            officer.locator("#execute").click();
            // refused on its field, with the reason
            assertThat(officer.locator("#executedOn")).hasAttribute("aria-invalid", "true");
            assertThat(officer.locator("#execute-removal")).containsText("до скрининга");
            assertThat(officer.locator("#removal-status")).hasText("ожидает исполнения");
            Browser.screenshot(officer, "removal-refused-phone-ru");

            officer.locator("#screen-person").click();
            assertThat(officer.locator("#context")).hasValue("PRE_DEPORTATION");
            assertThat(officer.locator("#chosen-person")).isVisible();
            officer.locator("#screening-step-5 > summary").click();
            officer.getByLabel("Не является пострадавшим").check();
            officer.locator("#reason").fill("Синтетика: работал по договору, паспорт при себе, признаков нет.");
            officer.locator("#screening-step-6 > summary").click();
            officer.locator("label[for=processing-GIVEN]").click();
            officer.locator("#screening-submit").click();
            assertThat(officer.locator("#screening-state")).containsText("Не является пострадавшим");
            assertThat(officer.locator("#execution-blocked")).hasCount(0);
            officer.locator("#execute").click();
            assertThat(officer.locator("#removal-status")).hasText("исполнено");
            Browser.screenshot(officer, "removal-executed-phone-ru");
            officer.context().close();
        });
        Assertions.assertThat(audit.action("REMOVAL_EXECUTED").target(removal).count()).isEqualTo(1);
        Assertions.assertThat(audit.action("REMOVAL_SCREENED").target(removal).count()).isEqualTo(1);
    }
}
