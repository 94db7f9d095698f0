package kz.qorgau.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.referrals.ReferralCommands;
import kz.qorgau.referrals.ReferralKind;
import kz.qorgau.referrals.ReferralMechanism;
import kz.qorgau.referrals.ReferralViews;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.victims.VictimBuilder;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;

/**
 * Forms that ask before a step with legal weight and fit the screen they are filled in on: sending a case to court
 * and declining a referral are confirmed first, and cancelling sends nothing; the phone screening comes in folded
 * sections with their steps in view, filled in from what the registry knows, and never wider than a 390 px phone.
 */
@QorgauTest
class FormJourneyTests extends BrowserJourney {

    @Autowired
    CaseBuilder builder;
    @Autowired
    PersonRegistry persons;
    @Autowired
    VictimRegistry victims;
    @Autowired
    ReferralMechanism referrals;

    /** Answers the next dialog of the page as told, keeping its question. */
    static List<String> answerNextDialog(Page page, boolean accept) {
        List<String> questions = new ArrayList<>();
        page.onceDialog(dialog -> {
            questions.add(dialog.message());
            if (accept) {
                dialog.accept();
            } else {
                dialog.dismiss();
            }
        });
        return questions;
    }

    /** A victim record the labour inspector identified two days ago. */
    VictimViews.VictimView identifiedByTheInspector() {
        return new VictimBuilder(victims, persons).identified(users.demo("inspector"), LocalDate.now().minusDays(2),
                null);
    }

    /** The inspector's referral of the victim to the demo shelter of Almaty, awaiting its answer. */
    ReferralViews.ReferralView referralToTheShelter(VictimViews.VictimView victim) {
        long shelter = users.organisation(DemoOrganisations.SHELTER_ALMATY);
        return SignedIn.as(users.demo("inspector"), () -> referrals.send(new ReferralCommands.NewReferral(victim.id(),
                shelter, Set.of(ServiceType.SHELTER), ReferralKind.REFERRAL, null, "Synthetic: needs a bed.")));
    }

    @Test
    void theProsecutorIsAskedBeforeSendingACaseToCourtAndCancellingSendsNothing() {
        QorgauUser investigator = users.demo("investigator");
        CaseViews.CaseView registered = builder.withSuspect(builder.registered(investigator, "KZ-75", LocalDate.of(
                2023, 3, 14), CaseBuilder.article128(2, ExploitationForm.SEXUAL_EXPLOITATION), null), investigator,
                LocalDate.of(2023, 3, 20));

        Page prosecutor = signIn("prosecutor");
        prosecutor.navigate("/cases/" + registered.id());
        prosecutor.locator("[data-action=SENT_TO_COURT]").click();
        prosecutor.locator("#occurredOn").fill("2023-08-01");
        prosecutor.locator("#courtId").selectOption(new SelectOption().setLabel(DemoOrganisations.COURT_ALMATY));
        List<String> asked = answerNextDialog(prosecutor, false);
        prosecutor.locator("#event-submit").click();
        Assertions.assertThat(asked).containsExactly(
                "Направить дело в суд? Расследование будет завершено, дело увидит выбранный суд.");
        assertThat(prosecutor.locator("#event-submit")).isVisible();
        Assertions.assertThat(status(registered.id())).isEqualTo("INVESTIGATION");

        answerNextDialog(prosecutor, true);
        prosecutor.locator("#event-submit").click();
        assertThat(prosecutor.locator("#case-status")).hasText("В суде");
        Assertions.assertThat(status(registered.id())).isEqualTo("IN_COURT");
        prosecutor.context().close();
    }

    @Test
    void theShelterIsAskedBeforeDecliningAReferralAndCancellingSendsNothing() {
        ReferralViews.ReferralView referral = referralToTheShelter(identifiedByTheInspector());

        Page caseworker = signIn("caseworker");
        caseworker.navigate("/referrals/" + referral.id());
        caseworker.locator("#answer summary").click();
        caseworker.locator("#reason").selectOption("NO_CAPACITY");
        List<String> asked = answerNextDialog(caseworker, false);
        caseworker.locator("#decline").click();
        Assertions.assertThat(asked).singleElement().asString().startsWith("Отклонить направление?");
        assertThat(caseworker.locator("#referral-status")).hasText("Ожидает ответа");
        Assertions.assertThat(jdbc.sql("select status from referrals_referral where id = ?").param(referral.id())
                .query(String.class).single()).isEqualTo("PENDING");

        answerNextDialog(caseworker, true);
        caseworker.locator("#decline").click();
        assertThat(caseworker.locator("#referral-status")).hasText("Отклонено");
        caseworker.context().close();
    }

    @Test
    void thePhoneScreeningComesInSectionsFilledFromTheRegistryAndNeverWiderThanThePhone() {
        QorgauUser inspector = users.demo("inspector");
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        Page phone = signInOnPhone("inspector");
        phone.navigate("/victims/new?person=" + person);

        // what the registry knows of her is filled in: sex and both citizenships
        assertThat(phone.locator("#sex")).hasValue("FEMALE");
        assertThat(phone.locator("#citizenships input[value=KZ]")).isChecked();
        assertThat(phone.locator("#citizenships input[value=UZ]")).isChecked();
        assertThat(phone.locator("#citizenships input[value=KG]")).not().isChecked();

        // folded, the form is a few screens long, its steps in view and the first one open
        Assertions.assertThat(number(phone, "document.documentElement.scrollHeight")).isLessThan(3_000);
        assertThat(phone.locator("#screening-steps li")).hasCount(6);
        assertThat(phone.locator("#screening-step-1")).hasAttribute("open", "");
        assertThat(phone.locator("#screening-step-3")).not().hasAttribute("open", "");
        assertThat(phone.locator("#suggestion-uses")).containsText("Одиннадцать индикаторов принудительного труда МОТ");
        fitsTheScreen(phone);
        Browser.screenshotOfScreen(phone, "screening-phone-sections");

        // a step of the list opens its section; answers are counted as they are given
        phone.locator("#screening-steps a[href='#screening-step-3']").click();
        assertThat(phone.locator("#screening-step-3")).hasAttribute("open", "");
        assertThat(phone.locator("#screening-step-3 [data-answered]")).hasText("отвечено 0 из 11");
        phone.locator("label[for=ilo-DECEPTION-PRESENT]").click();
        assertThat(phone.locator("#screening-step-3 [data-answered]")).hasText("отвечено 1 из 11");
        assertThat(phone.locator("#screening-steps a[href='#screening-step-3']")).hasAttribute("aria-current", "step");

        // every section and dimension open, with the longest outcome of the rule: still no wider than the phone
        for (int step = 2; step <= 6; step++) {
            if (phone.locator("#screening-step-" + step).getAttribute("open") == null) {
                phone.locator("#screening-step-" + step + " > summary").click();
            }
        }
        phone.evaluate(
                "() => document.querySelectorAll('details.dimension').forEach(dimension => dimension.open = true)");
        assertThat(phone.locator("#suggestion-outcome")).hasText("Не определено: уточните ответы «неизвестно»");
        fitsTheScreen(phone);
        double badgeRight = number(phone,
                "document.getElementById('suggestion-outcome').getBoundingClientRect().right");
        Assertions.assertThat(badgeRight).as("the outcome's right edge").isLessThanOrEqualTo(390);
        phone.locator("#suggestion").scrollIntoViewIfNeeded();
        Browser.screenshotOfScreen(phone, "screening-phone-outcome");
        Browser.screenshot(phone, "screening-phone-open");
        phone.context().close();
    }

    /**
     * Each form's dropdowns at 1366 px, in Russian and Kazakh (the longest labels): none is narrower than its longest
     * option, whose end would otherwise be cut off in the closed select.
     */
    @Test
    void everyDropdownOfTheFormsIsWideEnoughForItsLongestOptionInRussianAndKazakh() {
        QorgauUser investigator = users.demo("investigator");
        CaseViews.CaseView criminalCase = builder.withSuspect(builder.registered(investigator, "KZ-75", LocalDate.of(
                2024, 2, 1), ExploitationForm.FORCED_LABOUR), investigator, LocalDate.of(2024, 2, 3));
        long court = users.organisation(DemoOrganisations.COURT_ALMATY);
        CaseViews.CaseView inCourt = builder.sentToCourt(builder.withSuspect(builder.registered(investigator, "KZ-75",
                LocalDate.of(2024, 2, 1), ExploitationForm.FORCED_LABOUR), investigator, LocalDate.of(2024, 2, 3)),
                users.demo("prosecutor"), court, LocalDate.of(2024, 6, 3));
        VictimViews.VictimView victim = identifiedByTheInspector();
        ReferralViews.ReferralView referral = referralToTheShelter(victim);
        String events = "/cases/" + criminalCase.id() + "/events/";
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("investigator", List.of("/cases", "/operations", "/cooperation", "/cases/new", "/persons/new",
                "/operations/new", "/cooperation/new",
                events + "SUSPENDED", events + "TERMINATED", "/cases/" + criminalCase.id() + "/defendants/new",
                "/cases/" + criminalCase.id() + "/qualification"));
        forms.put("prosecutor", List.of(events + "SENT_TO_COURT"));
        forms.put("court", List.of("/cases/" + inCourt.id() + "/events/VERDICT?defendant=0"));
        forms.put("inspector", List.of("/victims", "/victims/new?anonymous=true", "/victims/" + victim.id()
                + "/situation",
                "/victims/" + victim.id() + "?tab=identification", "/victims/" + victim.id() + "?tab=consent",
                "/victims/" + victim.id() + "?tab=proceedings", "/victims/" + victim.id() + "?tab=entitlements",
                "/referrals/new?victim=" + victim.id()));
        forms.put("caseworker", List.of("/referrals", "/referrals/" + referral.id()));
        forms.put("admin", List.of("/admin/users", "/admin/users/new", "/admin/organisations",
                "/admin/organisations/new"));
        forms.put("auditor", List.of("/audit"));

        Map<String, String> saved = new LinkedHashMap<>();
        jdbc.sql("select username, locale from identity_user where username in (:users)").param("users", forms
                .keySet()).query((rs, n) -> saved.put(rs.getString("username"), rs.getString("locale"))).list();
        List<String> cut = new ArrayList<>();
        try {
            jdbc.sql("update identity_user set locale = 'ru' where username in (:users)").param("users", forms
                    .keySet()).update();
            forms.forEach((user, paths) -> {
                Page page = signIn(user);
                page.setViewportSize(1366, 900);
                for (String language : List.of("ru", "kk")) {
                    if (!language.equals("ru")) {
                        page.locator("#language-menu").click();
                        page.locator("button[data-language=" + language + "]").click();
                        assertThat(page.locator("html")).hasAttribute("lang", language);
                    }
                    for (String path : paths) {
                        page.navigate(path);
                        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                        for (Object found : (List<?>) page.evaluate(CUT_OFF_SELECTS)) {
                            cut.add(language + " " + path + " " + found);
                        }
                    }
                }
                page.context().close();
            });
        } finally {
            saved.forEach((user, locale) -> jdbc.sql("update identity_user set locale = :locale where username = :user")
                    .param("locale", locale).param("user", user).update());
        }
        Assertions.assertThat(cut).as("dropdowns narrower than their longest option").isEmpty();
    }

    /** The visible selects whose longest option's text is wider than the room for it inside the select. */
    static final String CUT_OFF_SELECTS = """
            () => {
                const context = document.createElement('canvas').getContext('2d');
                const cut = [];
                for (const select of document.querySelectorAll('select')) {
                    if (!select.offsetParent) continue;
                    const style = getComputedStyle(select);
                    context.font = style.font;
                    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
                    let widest = 0, text = '';
                    for (const option of select.options) {
                        const width = context.measureText(option.text).width;
                        if (width > widest) { widest = width; text = option.text; }
                    }
                    if (widest > room + 1) cut.push((select.id || select.name) + ': ' + text + ' ('
                        + Math.round(widest) + ' > ' + Math.round(room) + ')');
                }
                return cut;
            }""";

    Page signInOnPhone(String username) {
        return signIn(browser.newPhonePage("http://localhost:" + port), username);
    }

    /** Nothing of the page reaches beyond the screen's width: no horizontal scrolling. */
    static void fitsTheScreen(Page page) {
        double width = number(page, "window.innerWidth");
        Assertions.assertThat(width).isEqualTo(390);
        Assertions.assertThat(number(page, "document.documentElement.scrollWidth")).as("page width")
                .isLessThanOrEqualTo(width);
    }

    static double number(Page page, String expression) {
        return ((Number) page.evaluate("() => " + expression)).doubleValue();
    }

    String status(long caseId) {
        return jdbc.sql("select status from cases_case where id = ?").param(caseId).query(String.class).single();
    }
}
