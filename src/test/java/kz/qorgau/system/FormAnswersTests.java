package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.DispatcherServlet;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.CriminalCases;
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
import kz.qorgau.shared.Today;
import kz.qorgau.victims.SyntheticVictims;
import kz.qorgau.victims.VictimDetails;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;

/**
 * The forms people fill in: a choice with legal weight starts unanswered and a missing one is refused under its
 * field; a form shows all its errors at once, each field marked for assistive technology; what was typed stays.
 */
@QorgauTest
class FormAnswersTests extends FullTest {

    static final LocalDate SCREENED = LocalDate.of(2026, 3, 2);

    @Autowired
    VictimRegistry victims;
    @Autowired
    PersonRegistry persons;
    @Autowired
    ReferralMechanism referrals;
    @Autowired
    CriminalCases cases;
    @Autowired
    VictimDetails victimDetails;
    @Autowired
    Today today;

    VictimViews.VictimView victim() {
        QorgauUser inspector = users.demo("inspector");
        long person = SignedIn.as(inspector, () -> persons.register(SyntheticPersons.complete())).value();
        return SignedIn.as(inspector, () -> victims.register(SyntheticVictims.identified(person, SCREENED, null)));
    }

    ReferralViews.ReferralView referredToTheShelter(VictimViews.VictimView victim) {
        long shelter = users.organisation(DemoOrganisations.SHELTER_ALMATY);
        return SignedIn.as(users.demo("inspector"), () -> referrals.send(new ReferralCommands.NewReferral(victim.id(),
                shelter, Set.of(ServiceType.SHELTER), ReferralKind.REFERRAL, null, "Synthetic: needs a bed.")));
    }

    /**
     * The page a refused form was sent back to, with the flash attributes the refusal left (given as the request's
     * input flash map: the sessions live in the database, where MockMvc's own flash attributes would not reach).
     */
    Document after(MvcResult refused, QorgauUser user) throws Exception {
        return page(get(refused.getResponse().getRedirectedUrl())
                .requestAttr(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, refused.getFlashMap()), user);
    }

    static void startsUnanswered(Document page, String id) {
        Element select = page.getElementById(id);
        assertThat(select).as(id).isNotNull();
        assertThat(select.select("option[selected]")).as(id + " selected").isEmpty();
        assertThat(select.selectFirst("option").attr("value")).as(id + " first option").isEmpty();
    }

    static void noRadioChecked(Document page, String name) {
        assertThat(page.select("input[type=radio][name=" + name + "]")).as(name).isNotEmpty()
                .allSatisfy(radio -> assertThat(radio.hasAttr("checked")).as(radio.id()).isFalse());
    }

    @Test
    void everyChoiceWithLegalWeightStartsUnanswered() throws Exception {
        QorgauUser inspector = users.demo("inspector");
        VictimViews.VictimView victim = victim();
        String path = "/victims/" + victim.id();
        startsUnanswered(page(get(path).param("tab", "identification"), inspector), "status-new");
        Document consent = page(get(path).param("tab", "consent"), inspector);
        startsUnanswered(consent, "consent-scope");
        startsUnanswered(consent, "consent-decision");
        noRadioChecked(page(get("/victims/new").param("anonymous", "true"), inspector), "decision");

        Document proceedings = page(get(path).param("tab", "proceedings"), inspector);
        startsUnanswered(proceedings, "np-context");
        startsUnanswered(proceedings, "np-offence");
        startsUnanswered(proceedings, "np-result");

        ReferralViews.ReferralView referral = referredToTheShelter(victim);
        startsUnanswered(page(get("/referrals/" + referral.id()), users.demo("caseworker")), "reason");

        QorgauUser investigator = users.demo("investigator");
        CaseViews.CaseView criminalCase = new CaseBuilder(cases, persons).registered(investigator, "KZ-75", SCREENED,
                ExploitationForm.SEXUAL_EXPLOITATION);
        String events = "/cases/" + criminalCase.id() + "/events/";
        startsUnanswered(page(get(events + "TERMINATED"), investigator), "reason");
        noRadioChecked(page(get(events + "VERDICT"), investigator), "outcome");
        noRadioChecked(page(get(events + "APPEAL"), investigator), "appealOutcome");
    }

    @Test
    void aChoiceLeftUnmadeIsRefusedUnderItsFieldInTheUsersLanguage() throws Exception {
        QorgauUser inspector = users.demo("inspector");
        VictimViews.VictimView victim = victim();
        String path = "/victims/" + victim.id();
        MvcResult refused = mvc.perform(post(path + "/consents").with(csrf()).with(user(inspector))
                .param("scope", "LAW_ENFORCEMENT").param("decision", "").param("decidedOn", "2026-03-03"))
                .andExpect(flash().attribute("fieldErrors", Map.of("consent-decision",
                        "Выберите, дано ли согласие, отказано в нём или оно отозвано.")))
                .andReturn();
        assertThat(SignedIn.as(inspector, () -> victimDetails.get(victim.id())).consents())
                .isEqualTo(victim.consents());
        Element decision = after(refused, inspector).getElementById("consent-decision");
        assertThat(decision.attr("aria-invalid")).isEqualTo("true");
        assertThat(decision.hasClass("is-invalid")).isTrue();
        Element message = decision.ownerDocument().getElementById(decision.attr("aria-describedby"));
        assertThat(message).isNotNull();
        assertThat(message.text()).isEqualTo("Выберите, дано ли согласие, отказано в нём или оно отозвано.");

        QorgauUser caseworker = users.demo("caseworker");
        ReferralViews.ReferralView referral = referredToTheShelter(victim);
        MvcResult declined = mvc.perform(post("/referrals/" + referral.id() + "/decline").with(csrf())
                .with(user(caseworker)).param("reason", "").param("note", "Synthetic."))
                .andExpect(flash().attribute("failure", "referral.error.reason-required"))
                .andReturn();
        Element reason = after(declined, caseworker).getElementById("reason");
        assertThat(reason.attr("aria-invalid")).isEqualTo("true");
        assertThat(reason.ownerDocument().getElementById(reason.attr("aria-describedby")).text())
                .isEqualTo("Укажите причину отказа.");
    }

    @Test
    void aFormWithThreeErrorsShowsThemAllAtOnceEachOnItsMarkedField() throws Exception {
        LocalDate tomorrow = today.date().plusDays(1);
        Document form = page(post("/cases").with(csrf()).param("erdrNumber", "12345")
                .param("registeredOn", tomorrow.toString()).param("region", "KZ-19").param("articles", "128")
                .param("parts", "2").param("narrative", "Synthetic: typed before the errors."),
                users.demo("investigator"));
        assertThat(form.select("#error-summary li")).hasSize(3);
        assertThat(form.select("[aria-invalid=true]")).extracting(Element::id)
                .containsExactlyInAnyOrder("erdrNumber", "registeredOn", "region");
        for (Element field : form.select("[aria-invalid=true]")) {
            assertThat(field.hasClass("is-invalid")).as(field.id()).isTrue();
            assertThat(field.attr("aria-describedby").split(" ")).as(field.id())
                    .contains(field.id() + "-error")
                    .allSatisfy(id -> assertThat(form.getElementById(id)).as(id).isNotNull());
            assertThat(form.getElementById(field.id() + "-error").text()).as(field.id()).isNotBlank();
        }
        assertThat(form.getElementById("erdrNumber").attr("aria-describedby")).startsWith("erdr-hint ");
        assertThat(form.getElementById("erdrNumber").val()).isEqualTo("12345");
        assertThat(form.getElementById("registeredOn").val()).isEqualTo(tomorrow.toString());
        assertThat(form.getElementById("narrative").text()).isEqualTo("Synthetic: typed before the errors.");
        assertThat(form.select("#region option[selected]")).extracting(Element::val).containsExactly("KZ-19");
    }

    @Test
    void theServiceFormKeepsCostAndDatesAfterARefusal() throws Exception {
        QorgauUser caseworker = users.demo("caseworker");
        VictimViews.VictimView victim = victim();
        ReferralViews.ReferralView referral = referredToTheShelter(victim);
        SignedIn.as(caseworker, () -> referrals.accept(referral.id()));
        Map<String, String> entered = Map.of("service", "SHELTER", "startedOn", "2026-03-10", "endedOn",
                "2026-03-05", "costKzt", "120000", "fundingSource", "STATE_BUDGET");
        MockHttpServletRequestBuilder request = post("/referrals/services").with(csrf()).with(user(caseworker))
                .param("victimId", Long.toString(victim.id())).param("referralId", Long.toString(referral.id()));
        entered.forEach(request::param);
        MvcResult refused = mvc.perform(request)
                .andExpect(flash().attribute("failure", "service.error.period")).andReturn();
        Document form = after(refused, caseworker);
        assertThat(form.getElementById("costKzt").val()).isEqualTo("120000");
        assertThat(form.getElementById("startedOn").val()).isEqualTo("2026-03-10");
        assertThat(form.getElementById("endedOn").val()).isEqualTo("2026-03-05");
        assertThat(form.select("#service option[selected]")).extracting(Element::val).containsExactly("SHELTER");
        assertThat(form.select("#fundingSource option[selected]")).extracting(Element::val)
                .containsExactly("STATE_BUDGET");

        // from the victim's page, whose section of services is loaded apart, the form comes back on its own page
        MockHttpServletRequestBuilder fromVictim = post("/referrals/services").with(csrf()).with(user(caseworker))
                .param("victimId", Long.toString(victim.id()));
        entered.forEach(fromVictim::param);
        MvcResult again = mvc.perform(fromVictim).andReturn();
        assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/referrals/for-victim/" + victim.id());
        Document section = after(again, caseworker);
        assertThat(section.getElementById("costKzt").val()).isEqualTo("120000");
        assertThat(section.getElementById("endedOn").val()).isEqualTo("2026-03-05");
    }
}
