package kz.qorgau.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.cases.CaseBuilder;
import kz.qorgau.cases.CaseViews;
import kz.qorgau.cases.VictimRole;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.persons.SyntheticPersons;
import kz.qorgau.referrals.ReferralCommands;
import kz.qorgau.referrals.ReferralKind;
import kz.qorgau.referrals.ReferralMechanism;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.ExploitationForm;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.SyntheticVictims;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimRegistry;
import kz.qorgau.victims.VictimViews;
import kz.qorgau.persons.PersonId;

/**
 * The ways an attacker holding a demo account widened their own access, each reproduced through
 * the API as it was done: every one must now end in 404 (or a refused rule) and no personal data. Access
 * comes from scope and grants; a link a user makes alone never opens data they could not already see.
 */
@QorgauTest
class EscalationTests extends FullTest {

    static final LocalDate SCREENED = LocalDate.of(2024, 3, 1);

    @Autowired
    PersonRegistry persons;
    @Autowired
    VictimRegistry victims;
    @Autowired
    ReferralMechanism referrals;
    @Autowired
    CaseBuilder builder;

    ResultActions call(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(users.demo(username))).with(csrf()).accept(MediaType.APPLICATION_JSON));
    }

    ResultActions json(String username, MockHttpServletRequestBuilder request, String body) throws Exception {
        return call(username, request.contentType(MediaType.APPLICATION_JSON).content(body));
    }

    ResultActions reveal(String username, long person) throws Exception {
        return json(username, post("/api/v1/persons/" + person + "/reveal"), "{\"reason\":\"проверка\"}");
    }

    /** A person registered by the given user, with an IIN and a passport. */
    long personOf(String username, PersonDetails details) {
        return SignedIn.as(users.demo(username), () -> persons.register(details)).value();
    }

    static String victimBody(long personId) {
        return """
                {"personId": %d, "anonymous": false,
                 "situation": {"sex": "FEMALE", "ageAtIdentification": 30, "forms": ["FORCED_LABOUR"]},
                 "screening": {"screenedOn": "2024-03-01", "context": "HOTLINE", "exploitation": "LABOUR",
                               "decision": "POSSIBLE", "reason": "Synthetic: a caller describes forced work."},
                 "consents": {"PROCESSING": "GIVEN"}}""".formatted(personId);
    }

    long victimRecordsOf(long person) {
        return jdbc.sql("select count(*) from victims_victim where person_id = ?").param(person).query(Long.class)
                .single();
    }

    CaseViews.CaseView caseInAlmaty() {
        return builder.registered(users.demo("investigator"), "KZ-75", LocalDate.of(2024, 2, 20), CaseBuilder
                .article128(1, ExploitationForm.FORCED_LABOUR), "Synthetic case.");
    }

    VictimViews.VictimView inspectorsVictim(ConsentDecision lawEnforcement) {
        long person = personOf("inspector", SyntheticPersons.complete());
        return SignedIn.as(users.demo("inspector"), () -> victims.register(SyntheticVictims.identified(person, SCREENED,
                lawEnforcement)));
    }

    @Test
    void aHotlineOperatorCannotRevealAPersonByRegisteringAVictimRecordForThem() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        long person = personOf("investigator", details);
        reveal("hotline", person).andExpect(status().isNotFound());

        json("hotline", post("/api/v1/victims"), victimBody(person)).andExpect(status().isNotFound());
        assertThat(victimRecordsOf(person)).isZero();
        String answer = reveal("hotline", person).andExpect(status().isNotFound()).andReturn().getResponse()
                .getContentAsString();
        assertThat(answer).doesNotContain(details.surname()).doesNotContain(details.givenName());
        call("hotline", get("/api/v1/persons/" + person)).andExpect(status().isNotFound());
    }

    @Test
    void aPersonFoundByTheirIinCanBeNamedButTheirDataStaysClosed() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        long person = personOf("investigator", details);
        json("hotline", post("/api/v1/persons/matches"), "{\"iin\":\"" + details.iin().value() + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].person.id").value(person))
                .andExpect(jsonPath("$[0].linkable").value(true));

        json("hotline", post("/api/v1/victims"), victimBody(person)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.maySeePersonalData").value(false));
        assertThat(victimRecordsOf(person)).isOne();
        reveal("hotline", person).andExpect(status().isNotFound());
        assertThat(audit.action("PERSON_LINKED_BY_IDENTIFIER").target(person).count()).isOne();
    }

    @Test
    void aNameAndBirthDateMatchIsNotEnoughToNameSomeone() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        long person = personOf("investigator", details);
        json("caseworker", post("/api/v1/persons/matches"), """
                {"surname": "%s", "givenName": "%s", "birthDate": "%s"}"""
                .formatted(details.surname(), details.givenName(), details.birthDate()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].person.id").value(person))
                .andExpect(jsonPath("$[0].linkable").value(false));
        json("caseworker", post("/api/v1/victims"), victimBody(person)).andExpect(status().isNotFound());
        assertThat(victimRecordsOf(person)).isZero();
    }

    @Test
    void aMigrationOfficerCannotChangeTheDataOfSomeoneTheyCannotSee() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        long person = personOf("caseworker", details);
        json("migration", put("/api/v1/persons/" + person),
                "{\"surname\":\"Подмена\",\"sex\":\"FEMALE\",\"phone\":\"+7 700 000 0000\"}")
                .andExpect(status().isNotFound());
        json("migration", post("/api/v1/persons/matches"), "{\"iin\":\"" + details.iin().value() + "\"}")
                .andExpect(status().isOk());
        json("migration", post("/api/v1/victims"), victimBody(person)).andExpect(status().isCreated());
        json("migration", put("/api/v1/persons/" + person),
                "{\"surname\":\"Подмена\",\"sex\":\"FEMALE\",\"phone\":\"+7 700 000 0000\"}")
                .andExpect(status().isNotFound());
        PersonDetails unchanged = SignedIn.as(users.demo("caseworker"), () -> persons.reveal(
                new PersonId(person), "проверка теста"));
        assertThat(unchanged.phone()).isEqualTo(details.phone());
        assertThat(unchanged.surname()).isEqualTo(details.surname());
    }

    @Test
    void policeCannotRevealAnyoneByAddingThemAsASuspect() throws Exception {
        PersonDetails details = SyntheticPersons.complete();
        long person = personOf("caseworker", details);
        long caseId = caseInAlmaty().id();
        String suspect = "{\"personId\": %d, \"role\": \"EXPLOITER\", \"publicOfficial\": false, \"addedOn\": \"2024-02-21\"}"
                .formatted(person);

        json("investigator", post("/api/v1/cases/" + caseId + "/defendants"), suspect).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from cases_defendant where person_id = ?").param(person)
                .query(Long.class).single()).isZero();
        reveal("investigator", person).andExpect(status().isNotFound());

        // found by passport, the suspect can be named; the link still opens nothing
        json("investigator", post("/api/v1/persons/matches"), """
                {"passportNumber": "%s", "passportCountry": "%s"}"""
                .formatted(details.passports().getFirst().number(), details.passports().getFirst().country().value()))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].linkable").value(true));
        json("investigator", post("/api/v1/cases/" + caseId + "/defendants"), suspect).andExpect(status().isCreated());
        reveal("investigator", person).andExpect(status().isNotFound());
        reveal("supervisor", person).andExpect(status().isNotFound());
    }

    @Test
    void policeCannotOverrideAWithdrawnConsentToShareWithThem() throws Exception {
        VictimViews.VictimView victim = inspectorsVictim(ConsentDecision.GIVEN);
        long caseId = caseInAlmaty().id();
        SignedIn.as(users.demo("investigator"), () -> victims.linkToCase(new VictimCommands.CaseLink(victim.reference(),
                caseId,
                VictimRole.INJURED_PARTY, SCREENED)));
        reveal("investigator", victim.personId()).andExpect(status().isOk());

        json("inspector", post("/api/v1/victims/" + victim.id() + "/consents"),
                "{\"scope\":\"LAW_ENFORCEMENT\",\"decision\":\"WITHDRAWN\",\"decidedOn\":\"2024-03-05\"}")
                .andExpect(status().isOk());
        reveal("investigator", victim.personId()).andExpect(status().isNotFound());

        json("investigator", post("/api/v1/victims/" + victim.id() + "/consents"),
                "{\"scope\":\"LAW_ENFORCEMENT\",\"decision\":\"GIVEN\",\"decidedOn\":\"2024-03-06\"}")
                .andExpect(status().isConflict());
        // nor may it record any other consent: that is for those who look after the victim
        json("investigator", post("/api/v1/victims/" + victim.id() + "/consents"),
                "{\"scope\":\"REFERRAL\",\"decision\":\"GIVEN\",\"decidedOn\":\"2024-03-06\"}")
                .andExpect(status().isConflict());
        reveal("investigator", victim.personId()).andExpect(status().isNotFound());
        call("investigator", get("/api/v1/victims/" + victim.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.maySeePersonalData").value(false))
                .andExpect(jsonPath("$.situation.narrative").doesNotExist());
    }

    @Test
    void aPendingReferralShowsItsReceiverTheReferralOnly() throws Exception {
        VictimViews.VictimView victim = inspectorsVictim(null);
        long shelter = users.organisation(DemoOrganisations.SHELTER_ALMATY);
        long hotline = users.organisation(DemoOrganisations.HOTLINE);
        long referral = SignedIn.as(users.demo("inspector"), () -> referrals.send(new ReferralCommands.NewReferral(
                victim
                        .id(),
                shelter, Set.of(ServiceType.SHELTER), ReferralKind.REFERRAL, null, "Synthetic."))).id();

        call("caseworker", get("/api/v1/referrals/" + referral)).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayOpenVictim").value(false));
        call("caseworker", get("/api/v1/victims/" + victim.id())).andExpect(status().isNotFound());
        json("caseworker", post("/api/v1/victims/" + victim.id() + "/status"),
                "{\"status\":\"CONFIRMED\",\"decidedOn\":\"2024-03-02\",\"reason\":\"Synthetic\"}")
                .andExpect(status().isNotFound());
        json("caseworker", post("/api/v1/referrals"), """
                {"victimId": %d, "toOrganisationId": %d, "services": ["PSYCHOLOGICAL"], "kind": "REFERRAL"}"""
                .formatted(victim.id(), hotline)).andExpect(status().isNotFound());
        reveal("caseworker", victim.personId()).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from referrals_referral where victim_id = ?").param(victim.id())
                .query(Long.class).single()).isOne();
    }

    @Test
    void aReferralPassesOnNoMoreIdentityThanItsSenderHolds() throws Exception {
        // the victim shares with the police the record, not the identity
        VictimViews.VictimView victim = inspectorsVictim(ConsentDecision.REFUSED);
        long caseId = caseInAlmaty().id();
        assertThat(jdbc.sql(
                "insert into cases_victim_link (case_id, victim_id, role, linked_on) values (?, ?, 'INJURED_PARTY', ?)")
                .params(caseId, victim.id(), SCREENED).update()).isOne();
        reveal("investigator", victim.personId()).andExpect(status().isNotFound());
        long shelter = users.organisation(DemoOrganisations.SHELTER_ALMATY);

        long referral = SignedIn.as(users.demo("investigator"), () -> referrals.send(new ReferralCommands.NewReferral(
                victim.id(), shelter, Set.of(ServiceType.SHELTER), ReferralKind.REFERRAL, null, null))).id();
        SignedIn.as(users.demo("caseworker"), () -> referrals.accept(referral));
        call("caseworker", get("/api/v1/victims/" + victim.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.maySeePersonalData").value(false));
        reveal("caseworker", victim.personId()).andExpect(status().isNotFound());
    }

    @Test
    void lawEnforcementDoesNotRecordItsOwnConsentAtRegistration() throws Exception {
        long person = personOf("investigator", SyntheticPersons.complete());
        VictimCommands.Registration registration = SyntheticVictims.identified(person, SCREENED, ConsentDecision.GIVEN);
        assertThatThrownBy(() -> SignedIn.as(users.demo("investigator"),
                () -> victims.register(registration)))
                .hasMessageContaining("victim.error.consent-own-law-enforcement");
        assertThat(victimRecordsOf(person)).isZero();
    }
}
