package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;

import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.referrals.ReferralCommands;
import kz.qorgau.referrals.ReferralKind;
import kz.qorgau.referrals.ReferralMechanism;
import kz.qorgau.referrals.ReferralViews;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.shared.Today;
import kz.qorgau.victims.VictimBuilder;
import kz.qorgau.victims.VictimRegistry;

/**
 * Each role's day starting from its start page: the prosecutor sends a case awaiting a decision to court, the
 * clerk opens the case awaiting a verdict and records it, the case worker answers a referral, the supervisor
 * follows the ageing investigations and the team's emergency access; and the case worker's start page on a phone,
 * photographed into {@code target/screenshots/} (every role's start page in each language: MenuAndTrailJourneyTests).
 */
@QorgauTest
class WorkQueueJourneyTests extends BrowserJourney {

    @Autowired
    CaseBuilder builder;
    @Autowired
    PersonRegistry persons;
    @Autowired
    VictimRegistry victims;
    @Autowired
    ReferralMechanism referrals;
    @Autowired
    Today today;

    @Test
    void theProsecutorSendsACaseFromTheQueueAndTheClerkRecordsTheVerdictFromTheirs() {
        QorgauUser investigator = users.demo("investigator");
        String erdr = builder.withSuspect(builder.registered(investigator, "KZ-75", LocalDate.of(2023, 3, 14),
                CaseBuilder.article128(2, ExploitationForm.SEXUAL_EXPLOITATION),
                "Синтетическая фабула: вербовка через мессенджер."), investigator, LocalDate.of(2023, 3, 20))
                .erdrNumber();

        // the prosecutor finds it among the cases awaiting a decision and sends it to court
        Page prosecutor = signIn("prosecutor");
        prosecutor.locator("[data-queue-item='queue.cases.awaiting-decision']").click();
        assertThat(prosecutor).hasURL(Pattern.compile(".*/cases\\?status=INVESTIGATION$"));
        prosecutor.locator("#erdr").fill(erdr);
        prosecutor.locator("#results a:text-is('" + erdr + "')").click();
        sendToCourt(prosecutor, "2023-08-01");
        prosecutor.context().close();

        // the clerk opens it from the cases awaiting a verdict and records the conviction
        Page court = signIn("court");
        int waiting = count(court, "queue.cases.in-court");
        Assertions.assertThat(waiting).isPositive();
        court.locator("[data-queue-item='queue.cases.in-court']").click();
        assertThat(court.locator("#results tbody tr")).hasCount(Math.min(waiting, 25));
        court.locator("#results a:text-is('" + erdr + "')").click();
        fillConviction(court, "2023-11-15", 7);
        court.locator("#event-submit").click();
        assertThat(court.locator("#case-status")).hasText("Рассмотрено судом");
        court.navigate("/");
        Assertions.assertThat(count(court, "queue.cases.in-court")).isEqualTo(waiting - 1);
        court.context().close();
    }

    @Test
    void theCaseWorkerAnswersAReferralFromTheQueueAndFindsItAmongTheServicesToRecord() {
        QorgauUser inspector = users.demo("inspector");
        QorgauUser caseWorker = users.demo("caseworker");
        long victim = new VictimBuilder(victims, persons).identified(inspector, today.date(), null).id();
        ReferralViews.ReferralView sent = SignedIn.as(inspector, () -> referrals.send(new ReferralCommands.NewReferral(
                victim, caseWorker.organisationId(), Set.of(ServiceType.SHELTER), ReferralKind.REFERRAL, null,
                "Синтетика: нужен ночлег.")));

        Page shelter = signIn("caseworker");
        assertThat(shelter.locator("#awaiting-answer-badge")).isVisible();
        Assertions.assertThat(shelter.locator("#main-nav .navbar-nav.me-auto a.nav-link").first().getAttribute(
                "href")).isEqualTo("/referrals");
        int toAnswer = count(shelter, "queue.referrals.to-answer");
        shelter.locator("[data-queue-item='queue.referrals.to-answer']").click();
        assertThat(shelter.locator("#referrals")).containsText(sent.reference());
        shelter.locator("#referrals a:text-is('" + sent.reference() + "')").click();
        shelter.locator("#accept").click();
        assertThat(shelter.locator("#referral-status")).hasText("Принято");
        shelter.navigate("/");
        Assertions.assertThat(count(shelter, "queue.referrals.to-answer")).isEqualTo(toAnswer - 1);
        shelter.locator("[data-queue-item='queue.referrals.services']").click();
        assertThat(shelter.locator("#referrals")).containsText(sent.reference());
        Browser.screenshot(shelter, "queue-caseworker-services");
        shelter.context().close();
    }

    @Test
    void theSupervisorFollowsTheAgeingInvestigationsAndTheTeamsEmergencyAccess() {
        Page supervisor = signIn("supervisor");
        Assertions.assertThat(supervisor.locator("#main-nav .navbar-nav.me-auto a.nav-link").first().getAttribute(
                "href")).isEqualTo("/cases");
        int ageing = count(supervisor, "queue.cases.ageing");
        supervisor.locator("[data-queue-item='queue.cases.ageing']").click();
        assertThat(supervisor.locator("#registered-before")).isVisible();
        assertThat(supervisor.locator("#results tbody tr")).hasCount(Math.min(ageing, 25));
        if (ageing > 0) {
            supervisor.locator("#results tbody tr a").first().click();
            assertThat(supervisor.locator("#case-status")).hasText("Расследуется");
        }
        supervisor.navigate("/");
        supervisor.locator("[data-queue-item='queue.team.break-glass']").click();
        assertThat(supervisor.locator("#open-only")).isVisible();
        supervisor.context().close();
    }

    @Test
    void theSearchBoxOpensACaseByItsErdrNumberFromAnyPage() {
        String erdr = jdbc.sql("select erdr_number from cases_case where region_code = 'KZ-75' order by id limit 1")
                .query(String.class).single();
        Page investigator = signIn("investigator");
        investigator.navigate("/persons");
        investigator.locator("#reference-search-input").fill(erdr);
        investigator.locator("#reference-search-input").press("Enter");
        assertThat(investigator).hasURL(Pattern.compile(".*/cases/\\d+$"));
        investigator.locator("#reference-search-input").fill("V-22222222");
        investigator.locator("#reference-search-input").press("Enter");
        assertThat(investigator.locator("#search-none")).containsText("V-22222222");
        Browser.screenshot(investigator, "search-not-found");
        investigator.context().close();
    }

    @Test
    void theCaseWorkersStartPageFitsAPhone() throws Exception {
        // every role's start page at 1280 px in ru, kk and en is photographed by MenuAndTrailJourneyTests
        Page phone = signInOnPhone("caseworker");
        assertThat(phone.locator("[data-queue-item]").first()).isVisible();
        photograph(phone, "start-caseworker-phone");
        phone.context().close();
    }

    /** A screenshot once the icon font has loaded (on a loaded machine it may come after the page). */
    private static void photograph(Page page, String name) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        Browser.screenshot(page, name);
    }

    private static int count(Page page, String item) {
        return Integer.parseInt(page.locator("[data-queue-item='" + item + "']").getAttribute("data-count"));
    }
}
