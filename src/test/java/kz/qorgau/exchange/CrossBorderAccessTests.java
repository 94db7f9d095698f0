package kz.qorgau.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.SignedIn;
import kz.qorgau.TestUsers;
import kz.qorgau.demo.DemoOrganisations;
import kz.qorgau.identity.QorgauUser;
import kz.qorgau.identity.Role;
import kz.qorgau.persons.PersonDetails;
import kz.qorgau.persons.PersonRegistry;
import kz.qorgau.referrals.ServiceType;
import kz.qorgau.shared.CountryCode;
import kz.qorgau.shared.InvalidFieldException;
import kz.qorgau.shared.Sex;
import kz.qorgau.shared.Today;
import kz.qorgau.system.FieldEncryption;
import kz.qorgau.victims.ConsentDecision;
import kz.qorgau.victims.ConsentScope;
import kz.qorgau.victims.SyntheticVictims;
import kz.qorgau.victims.TraffickingStatus;
import kz.qorgau.victims.VictimCommands;
import kz.qorgau.victims.VictimRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who sees and sends referrals between countries: a referral is its organisation's, and 404 to another's; a victim
 * record the user does not see cannot be referred (the reference is refused as unknown, nothing sent); a purpose that
 * names the person is refused for a record whose person the user does not see, and services name no one; the form
 * and the page render; the audit trail names the referral's country, purpose and fields, never a value.
 */
@QorgauTest
class CrossBorderAccessTests extends FullTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Peers peers;
    @Autowired
    PersonRegistry persons;
    @Autowired
    VictimRegistry victims;
    @Autowired
    FieldEncryption encryption;
    @Autowired
    Today today;

    private long kyrgyzPeer() {
        String keyId = "KG-ACCESS-" + TestUsers.username("k").replace(".", "");
        return SignedIn.as(users.demo("admin"), () -> peers.add(new Peers.NewPeer("KG", "Синтетическая система KG",
                "https://qorgau.kg.example/api", keyId, MessageSignatures.encode(MessageSignatures.newKeyPair()
                        .getPublic())))).id();
    }

    private String victim(QorgauUser user) {
        long person = SignedIn.as(user, () -> persons.register(new PersonDetails("Синтетова", "Жылдыз", null,
                LocalDate.of(1998, 2, 3), Sex.FEMALE, Set.of(CountryCode.of("KG")), null, List.of(), null, null, null,
                false))).value();
        Map<ConsentScope, ConsentDecision> consents = new EnumMap<>(ConsentScope.class);
        consents.put(ConsentScope.PROCESSING, ConsentDecision.GIVEN);
        consents.put(ConsentScope.REFERRAL, ConsentDecision.GIVEN);
        return SignedIn.as(user, () -> victims.register(new VictimCommands.Registration(person, false,
                SyntheticVictims.farmWorker("KG"), SyntheticVictims.farmScreening(LocalDate.of(2026, 3, 2),
                        TraffickingStatus.PRESUMED), consents))).reference();
    }

    private JsonNode sent(long referralId) {
        // the last message written to the outbox: the referral's, unsealed
        var row = jdbc.sql("select message_id, body from exchange_outbox order by seq desc limit 1").query()
                .singleRow();
        return JSON.readTree(encryption.decrypt((byte[]) row.get("body"), "exchange.outbox/" + row.get(
                "message_id")));
    }

    @Test
    void aReferralIsItsOrganisationsAndOpensNothingTheUserCouldNotSee() throws Exception {
        long peer = kyrgyzPeer();
        QorgauUser caseworker = users.demo("caseworker");
        String reference = victim(caseworker);

        // the form and the sending over the web
        page(get("/exchange/referrals/new").param("victim", reference), caseworker);
        String location = mvc.perform(post("/exchange/referrals").param("victimReference", reference)
                .param("peerId", String.valueOf(peer)).param("purpose", "REPATRIATION").param("consentOn", today
                        .date().toString()).param("consentConfirmed", "true").with(users.as("caseworker")).with(
                                csrf())).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        JsonNode message = sent(id);
        assertThat(message.get("purpose").asString()).isEqualTo("REPATRIATION");
        assertThat(message.get("person").get("secondName").asString()).isEqualTo("Синтетова");
        assertThat(message.get("consent").get("toCountry").asString()).isEqualTo("KG");
        assertThat(page(get("/exchange/referrals/" + id), caseworker).getElementById("field-secondName").text())
                .isEqualTo("Синтетова");
        assertThat(page(get("/exchange/referrals"), caseworker).getElementById("cross-border-" + id)).isNotNull();
        // audited with the country, the purpose and the names of the fields, never their values
        assertThat(audit.action(CrossBorderReferrals.SENT).detailsContaining(reference).count()).isOne();
        assertThat(audit.action(CrossBorderReferrals.SENT).detailsContaining("Синтетова").count()).isZero();
        assertThat(audit.action(CrossBorderReferrals.SENT).detailsContaining("secondName").count()).isPositive();

        // another organisation's focal point: the referral is not found, the victim cannot be referred
        String other = TestUsers.username("xb");
        users.create(other, "Синтетический Сотрудник", DemoOrganisations.CRISIS_CENTRES, Set.of(Role.CASE_WORKER,
                Role.CROSS_BORDER_REFERRALS));
        mvc.perform(get("/exchange/referrals/" + id).with(users.as(other))).andExpect(status().isNotFound());
        assertThat(page(get("/exchange/referrals"), users.demo(other)).getElementById("cross-border-" + id)).isNull();
        long before = jdbc.sql("select count(*) from exchange_outbox").query(Long.class).single();
        mvc.perform(post("/exchange/referrals").param("victimReference", reference).param("peerId", String.valueOf(
                peer)).param("purpose", "SERVICES").param("consentOn", today.date().toString()).param(
                        "consentConfirmed", "true").param("needs", "MEDICAL").with(users.as(other)).with(csrf()))
                .andExpect(redirectedUrl("/exchange/referrals/new")).andExpect(flash().attributeExists(
                        "fieldErrors"));
        mvc.perform(post("/exchange/referrals/" + id + "/steps").param("step", "DEPARTED").param("occurredOn", today
                .date().toString()).with(users.as(other)).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from exchange_outbox").query(Long.class).single()).isEqualTo(before);

        // a step the rules forbid is refused beside its form: the sender does not accept its own referral
        mvc.perform(post("/exchange/referrals/" + id + "/steps").param("step", "ACCEPTED").param("occurredOn", today
                .date().toString()).with(users.as("caseworker")).with(csrf())).andExpect(flash().attribute(
                        "refusedStep", "ACCEPTED"));
        assertThat(jdbc.sql("select count(*) from exchange_outbox").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aPurposeThatNamesThePersonNeedsARecordWhosePersonTheUserSees() {
        long peer = kyrgyzPeer();
        String consul = TestUsers.username("xc");
        users.create(consul, "Синтетический Консул", DemoOrganisations.CONSULATE, Set.of(Role.CONSULAR_OFFICER,
                Role.CROSS_BORDER_REFERRALS));
        QorgauUser user = users.demo(consul);
        String anonymous = SignedIn.as(user, () -> victims.register(SyntheticVictims.anonymousAbroad(LocalDate.of(
                2026, 3, 2)))).reference();
        assertThatThrownBy(() -> SignedIn.as(user, () -> referrals().send(new CrossBorderReferrals.NewReferral(
                anonymous, peer, "REPATRIATION", today.date(), true, false, Set.of())))).isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.messageKey()).isEqualTo(
                                "exchange.referral.error.identity"));
        assertThatThrownBy(() -> SignedIn.as(user, () -> referrals().send(new CrossBorderReferrals.NewReferral(
                anonymous, peer, "SERVICES", today.date(), true, false, Set.of())))).isInstanceOfSatisfying(
                        InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("needs"));
        long id = SignedIn.as(user, () -> referrals().send(new CrossBorderReferrals.NewReferral(anonymous, peer,
                "SERVICES", today.date(), true, false, Set.of(ServiceType.PSYCHOLOGICAL))));
        JsonNode message = sent(id);
        assertThat(message.get("person").propertyNames()).containsExactlyInAnyOrder("gender",
                "ageAtIdentification", "exploitation", "needs");
        assertThat(message.get("person").get("needs").get(0).asString()).isEqualTo("PSYCHOLOGICAL");
    }

    @Test
    void theApiSendsAReferralAndRefusesAStepTheRulesForbidWithItsCode() throws Exception {
        long peer = kyrgyzPeer();
        String reference = victim(users.demo("caseworker"));
        String sent = mvc.perform(post("/api/v1/exchange/referrals").contentType("application/json").content("""
                {"victimReference": "%s", "peerId": %d, "purpose": "FAMILY_TRACING", "consentOn": "%s",
                 "consentConfirmed": true, "followUpConsent": false}""".formatted(reference, peer, today.date()))
                .with(users.as("caseworker")).with(csrf())).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        JsonNode view = JSON.readTree(sent);
        assertThat(view.get("status").asString()).isEqualTo("OPEN");
        assertThat(view.get("purpose").asString()).isEqualTo("FAMILY_TRACING");
        long id = view.get("id").asLong();
        mvc.perform(post("/api/v1/exchange/referrals/" + id + "/steps").contentType("application/json").content("""
                {"step": "DEPARTED", "occurredOn": "%s"}""".formatted(today.date())).with(users.as("caseworker"))
                .with(csrf())).andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value(
                        "exchange.referral.error.no-return"));
        mvc.perform(get("/api/v1/exchange/referrals").param("direction", "OUT").with(users.as("caseworker")))
                .andExpect(status().isOk());
    }

    @Autowired
    CrossBorderReferrals crossBorder;

    private CrossBorderReferrals referrals() {
        return crossBorder;
    }
}
