package kz.qorgau.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

import kz.qorgau.FullTest;
import kz.qorgau.QorgauTest;
import kz.qorgau.TestUsers;
import kz.qorgau.identity.Role;
import kz.qorgau.shared.Today;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The receiving side of the transnational referral mechanism: an administrator adds a peer with its public key; a
 * message the peer signed is received once and answered with an acknowledgement signed with this system's key, which
 * its published public key verifies; the same message again is acknowledged again and stored no second time; a
 * changed message, an unknown key, a deactivated peer, a sender that is not the peer's country, a stale message and a
 * message id another peer used are refused with nothing stored; the stored body is sealed.
 */
@QorgauTest
class PeerInboxTests extends FullTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Peers peers;
    @Autowired
    Today today;

    private String addPeer(String country, KeyPair keys) throws Exception {
        String keyId = country + "-TEST-" + TestUsers.username("k").replace(".", "");
        mvc.perform(post("/admin/peers").param("country", country).param("name", "Синтетическая система " + country)
                .param("endpoint", "https://qorgau." + country.toLowerCase() + ".example/api").param("keyId", keyId)
                .param("publicKey", MessageSignatures.encode(keys.getPublic())).with(users.as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(peers.activeByKey(keyId)).as("the peer was added").isPresent();
        return keyId;
    }

    static ObjectNode message(UUID id, String from, Instant sentAt) {
        ObjectNode payload = JSON.createObjectNode().put("messageId", id.toString()).put("kind", "referral")
                .put("from", from).put("to", "KZ").put("sentAt", sentAt.toString());
        ObjectNode body = payload.putObject("body").put("referral", UUID.randomUUID().toString())
                .put("purpose", "REPATRIATION").put("sentOn", sentAt.atOffset(ZoneOffset.UTC).toLocalDate()
                        .toString());
        body.putObject("consent").put("givenOn", sentAt.atOffset(ZoneOffset.UTC).toLocalDate().toString())
                .put("toCountry", "KZ").put("followUp", false);
        body.putObject("person").put("secondName", "Синтетова").put("firstName", "Айгуль");
        return payload;
    }

    private MockHttpServletResponse send(String jws) throws Exception {
        return mvc.perform(post("/api/v1/exchange/messages").contentType("application/jose").content(jws))
                .andReturn().getResponse();
    }

    private long stored(UUID id) {
        return jdbc.sql("select count(*) from exchange_inbox where message_id = :id").param("id", id).query(
                Long.class).single();
    }

    @Test
    void aSignedMessageIsReceivedOnceAndAcknowledgedWithThisSystemsKey() throws Exception {
        KeyPair kyrgyz = MessageSignatures.newKeyPair();
        String keyId = addPeer("KG", kyrgyz);
        UUID id = UUID.randomUUID();
        String jws = MessageSignatures.sign(message(id, "KG", Instant.now()), keyId, kyrgyz.getPrivate());

        MockHttpServletResponse first = send(jws);
        assertThat(first.getStatus()).as(first.getContentAsString()).isEqualTo(202);
        Peers.OwnKey own = peers.ownKey();
        MessageSignatures.Verified acknowledgement = MessageSignatures.verify(first.getContentAsString(),
                Map.of(own.keyId(), MessageSignatures.publicKey(own.publicKey()))::get);
        assertThat(acknowledgement.payload().get("kind").asString()).isEqualTo("acknowledgement");
        assertThat(acknowledgement.payload().get("to").asString()).isEqualTo("KG");
        assertThat(acknowledgement.payload().get("body").get("acknowledges").asString()).isEqualTo(id.toString());
        assertThat(acknowledgement.payload().get("body").get("receivedBefore").asBoolean()).isFalse();
        assertThat(stored(id)).isOne();

        // a retry after a lost answer: acknowledged again, stored no second time
        MockHttpServletResponse again = send(jws);
        assertThat(again.getStatus()).isEqualTo(200);
        assertThat(MessageSignatures.verify(again.getContentAsString(), Map.of(own.keyId(), MessageSignatures
                .publicKey(own.publicKey()))::get).payload().get("body").get("receivedBefore").asBoolean()).isTrue();
        assertThat(stored(id)).isOne();

        // the body is sealed: the person's name is not in the database as it came
        byte[] body = jdbc.sql("select body from exchange_inbox where message_id = :id").param("id", id).query(
                byte[].class).single();
        assertThat(new String(body, StandardCharsets.UTF_8)).doesNotContain("Синтетова");
        assertThat(audit.action(Inbox.RECEIVED).detailsContaining(id.toString()).count()).isOne();

        // the administrators' page gives this system's key to the peers
        assertThat(page("admin", "/admin/peers").getElementById("own-public-key").text()).isEqualTo(own
                .publicKey());
    }

    @Test
    void whatIsNotTheSignedMessageOfAnActivePeerIsRefusedAndNothingStored() throws Exception {
        KeyPair kyrgyz = MessageSignatures.newKeyPair();
        KeyPair uzbek = MessageSignatures.newKeyPair();
        String kyrgyzKey = addPeer("KG", kyrgyz);
        String uzbekKey = addPeer("UZ", uzbek);

        UUID tampered = UUID.randomUUID();
        String[] parts = MessageSignatures.sign(message(tampered, "KG", Instant.now()), kyrgyzKey, kyrgyz
                .getPrivate()).split("\\.");
        ObjectNode changed = message(tampered, "KG", Instant.now());
        ((ObjectNode) changed.get("body")).put("purpose", "SERVICES");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(JSON
                .writeValueAsBytes(changed)) + "." + parts[2];
        assertThat(send(forged).getStatus()).isEqualTo(401);
        assertThat(stored(tampered)).isZero();

        UUID unknown = UUID.randomUUID();
        assertThat(send(MessageSignatures.sign(message(unknown, "KG", Instant.now()), "KG-NOBODY",
                MessageSignatures.newKeyPair().getPrivate())).getStatus()).isEqualTo(401);
        UUID wrongCountry = UUID.randomUUID();
        MockHttpServletResponse sender = send(MessageSignatures.sign(message(wrongCountry, "UZ", Instant.now()),
                kyrgyzKey, kyrgyz.getPrivate()));
        assertThat(sender.getStatus()).isEqualTo(400);
        assertThat(sender.getContentAsString(StandardCharsets.UTF_8)).contains("detail");
        UUID stale = UUID.randomUUID();
        assertThat(send(MessageSignatures.sign(message(stale, "KG", Instant.now().minus(30, ChronoUnit.DAYS)),
                kyrgyzKey, kyrgyz.getPrivate())).getStatus()).isEqualTo(400);
        assertThat(send("not a message").getStatus()).isEqualTo(400);
        assertThat(send("x".repeat(PeersApiController.MAX_BYTES + 1)).getStatus()).as("too large").isEqualTo(413);
        assertThat(stored(unknown) + stored(wrongCountry) + stored(stale)).isZero();

        // a message id of one peer used by another
        UUID taken = UUID.randomUUID();
        assertThat(send(MessageSignatures.sign(message(taken, "KG", Instant.now()), kyrgyzKey, kyrgyz.getPrivate()))
                .getStatus()).isEqualTo(202);
        assertThat(send(MessageSignatures.sign(message(taken, "UZ", Instant.now()), uzbekKey, uzbek.getPrivate()))
                .getStatus()).isEqualTo(409);

        // a deactivated peer's messages are refused
        long id = peers.activeByKey(kyrgyzKey).orElseThrow().id();
        mvc.perform(post("/admin/peers/" + id + "/deactivate").with(users.as("admin")).with(csrf())).andExpect(
                status().is3xxRedirection());
        UUID late = UUID.randomUUID();
        assertThat(send(MessageSignatures.sign(message(late, "KG", Instant.now()), kyrgyzKey, kyrgyz.getPrivate()))
                .getStatus()).isEqualTo(401);
        assertThat(stored(late)).isZero();
    }

    @Test
    void aMessageWhoseContentTheRulesRefuseIsRefusedAndNothingStored() throws Exception {
        KeyPair kyrgyz = MessageSignatures.newKeyPair();
        String keyId = addPeer("KG", kyrgyz);
        Map<String, Consumer<ObjectNode>> wrong = new LinkedHashMap<>();
        wrong.put("a consent to another country", message -> ((ObjectNode) message.get("body").get("consent"))
                .put("toCountry", "UZ"));
        wrong.put("a field beyond the purpose", message -> ((ObjectNode) message.get("body").get("person"))
                .put("address", "Синтетическая улица"));
        wrong.put("a name for services", message -> ((ObjectNode) message.get("body")).put("purpose", "SERVICES"));
        wrong.put("a step of an unknown referral", message -> {
            message.put("kind", "referral-step");
            message.putObject("body").put("referral", UUID.randomUUID().toString()).put("step", "ACCEPTED")
                    .put("on", "2026-03-02");
        });
        wrong.put("an unknown kind", message -> message.put("kind", "gossip"));
        for (var entry : wrong.entrySet()) {
            UUID id = UUID.randomUUID();
            ObjectNode message = message(id, "KG", Instant.now());
            entry.getValue().accept(message);
            MockHttpServletResponse answer = send(MessageSignatures.sign(message, keyId, kyrgyz.getPrivate()));
            assertThat(answer.getStatus()).as(entry.getKey()).isEqualTo(422);
            assertThat(stored(id)).as(entry.getKey()).isZero();
        }
        assertThat(jdbc.sql("select count(*) from exchange_referral r join exchange_peer p on p.id = r.peer_id"
                + " where p.key_id = :key").param("key", keyId).query(Long.class).single()).isZero();
        // the right one is taken, once, as an open referral from Kyrgyzstan
        UUID id = UUID.randomUUID();
        String jws = MessageSignatures.sign(message(id, "KG", Instant.now()), keyId, kyrgyz.getPrivate());
        assertThat(send(jws).getStatus()).isEqualTo(202);
        assertThat(send(jws).getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select status from exchange_referral r join exchange_peer p on p.id = r.peer_id"
                + " where p.key_id = :key").param("key", keyId).query(String.class).list()).containsExactly("OPEN");
    }

    @Test
    void aPeerWithAWrongKeyOrAddressIsNotAdded() throws Exception {
        String keyId = "KG-TEST-" + TestUsers.username("w").replace(".", "");
        mvc.perform(post("/admin/peers").param("country", "KG").param("name", "Синтетическая система")
                .param("endpoint", "https://qorgau.kg.example/api").param("keyId", keyId).param("publicKey",
                        "not a key").with(users.as("admin")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/peers").param("country", "KG").param("name", "Синтетическая система")
                .param("endpoint", "ftp://qorgau.kg.example").param("keyId", keyId).param("publicKey",
                        MessageSignatures.encode(MessageSignatures.newKeyPair().getPublic())).with(users.as("admin"))
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(peers.activeByKey(keyId)).isEmpty();
        mvc.perform(get("/admin/peers").with(users.as("caseworker"))).andExpect(status().isForbidden());
    }

    @Test
    void theFocalPointWhoTookAReceivedReferralOpensAVictimRecordOfItsPersonHereOnce() throws Exception {
        KeyPair kyrgyz = MessageSignatures.newKeyPair();
        String keyId = addPeer("KG", kyrgyz);
        ObjectNode message = message(UUID.randomUUID(), "KG", Instant.now());
        ((ObjectNode) message.get("body").get("person")).put("birthdate", "1994-05-06").put("gender", "Feminine")
                .putArray("citizenship").add("KG");
        assertThat(send(MessageSignatures.sign(message, keyId, kyrgyz.getPrivate())).getStatus()).isEqualTo(202);
        long id = referralFrom(keyId);
        String focal = focalPointOfItsOwn("fp");
        String organisation = ORGANISATION + focal;
        String today = this.today.date().toString();

        // not before the organisation took it
        mvc.perform(post("/exchange/referrals/" + id + "/victim").param("identifiedOn", today).param("status",
                "PRESUMED").param("consentConfirmed", "true").with(users.as(focal)).with(csrf())).andExpect(flash()
                        .attributeExists("fieldErrors"));
        assertThat(page(get("/exchange/referrals/" + id), users.demo(focal)).getElementById("register")).isNull();
        mvc.perform(post("/exchange/referrals/" + id + "/steps").param("step", "ACCEPTED").param("occurredOn", today)
                .with(users.as(focal)).with(csrf())).andExpect(flash().attribute("notice",
                        "exchange.referral.step-recorded"));
        assertThat(page(get("/exchange/referrals/" + id), users.demo(focal)).getElementById("register"))
                .isNotNull();
        long outbox = jdbc.sql("select count(*) from exchange_outbox").query(Long.class).single();

        // not without the person's consent to the processing of their data here: nothing registered
        mvc.perform(post("/exchange/referrals/" + id + "/victim").param("identifiedOn", today).param("status",
                "PRESUMED").with(users.as(focal)).with(csrf())).andExpect(flash().attributeExists("fieldErrors"))
                .andExpect(redirectedUrl("/exchange/referrals/" + id + "#register"));
        assertThat(registeredVictim(id)).isNull();

        String location = mvc.perform(post("/exchange/referrals/" + id + "/victim").param("identifiedOn", today)
                .param("status", "PRESUMED").param("consentConfirmed", "true").with(users.as(focal)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Long victim = registeredVictim(id);
        assertThat(location).isEqualTo("/victims/" + victim);
        Map<String, Object> record = jdbc.sql("""
                select v.status, v.person_id, v.registered_by_organisation_id, v.identified_on::text as identified,
                    o.name_ru from victims_victim v join organisations_organisation o
                    on o.id = v.registered_by_organisation_id where v.id = :id""").param("id", victim).query()
                .singleRow();
        assertThat(record.get("status")).isEqualTo("PRESUMED");
        assertThat(record.get("person_id")).isNotNull();
        assertThat(record.get("name_ru")).isEqualTo(organisation);
        assertThat(record.get("identified")).isEqualTo(today);
        mvc.perform(get("/victims/" + victim).with(users.as(focal))).andExpect(status().isOk());
        // the referral's page names the record; nothing was sent to the other country; audited without the name
        assertThat(page(get("/exchange/referrals/" + id), users.demo(focal)).getElementById("register")).isNull();
        assertThat(page(get("/exchange/referrals/" + id), users.demo(focal)).select("a[href=/victims/" + victim
                + "]")).isNotEmpty();
        assertThat(jdbc.sql("select count(*) from exchange_outbox").query(Long.class).single()).isEqualTo(outbox);
        assertThat(audit.action(CrossBorderReferrals.REGISTERED).by(focal).count()).isOne();
        assertThat(audit.action(CrossBorderReferrals.REGISTERED).detailsContaining("Синтетова").count()).isZero();

        // once
        mvc.perform(post("/exchange/referrals/" + id + "/victim").param("identifiedOn", today).param("status",
                "PRESUMED").param("consentConfirmed", "true").with(users.as(focal)).with(csrf())).andExpect(flash()
                        .attributeExists("fieldErrors"));
        assertThat(jdbc.sql("select count(*) from victims_victim where registered_by_organisation_id = "
                + "(select id from organisations_organisation where name_ru = :name)").param("name", organisation)
                .query(Long.class).single()).isOne();
        // the demo case worker, of another organisation, no longer finds the taken referral
        mvc.perform(post("/exchange/referrals/" + id + "/victim").param("identifiedOn", today).param("status",
                "PRESUMED").param("consentConfirmed", "true").with(users.as("caseworker")).with(csrf())).andExpect(
                        status().isNotFound());
    }

    @Test
    void overTheApiAReferralForServicesGivesAnAnonymousRecord() throws Exception {
        KeyPair uzbek = MessageSignatures.newKeyPair();
        String keyId = addPeer("UZ", uzbek);
        ObjectNode message = message(UUID.randomUUID(), "UZ", Instant.now());
        ObjectNode body = (ObjectNode) message.get("body");
        body.put("purpose", "SERVICES");
        ObjectNode person = body.putObject("person").put("gender", "Masculine").put("ageAtIdentification", 31);
        person.putArray("exploitation").add("ForcedLabour");
        person.putArray("needs").add("MEDICAL");
        assertThat(send(MessageSignatures.sign(message, keyId, uzbek.getPrivate())).getStatus()).isEqualTo(202);
        long id = referralFrom(keyId);
        String focal = focalPointOfItsOwn("fa");
        String today = this.today.date().toString();
        mvc.perform(post("/api/v1/exchange/referrals/" + id + "/steps").contentType("application/json").content(
                "{\"step\": \"ACCEPTED\", \"occurredOn\": \"" + today + "\"}").with(users.as(focal)).with(csrf()))
                .andExpect(status().isOk());
        // a status that is no screening's is refused with its code; then the record, without a consent to ask
        mvc.perform(post("/api/v1/exchange/referrals/" + id + "/victim").contentType("application/json").content(
                "{\"identifiedOn\": \"" + today + "\", \"status\": \"CONFIRMED\"}").with(users.as(focal)).with(
                        csrf())).andExpect(status().isBadRequest()).andExpect(content().string(containsString(
                                "exchange.referral.error.register-status")));
        String answer = mvc.perform(post("/api/v1/exchange/referrals/" + id + "/victim").contentType(
                "application/json").content("{\"identifiedOn\": \"" + today + "\", \"status\": \"POSSIBLE\"}")
                .with(users.as(focal)).with(csrf())).andReturn().getResponse().getContentAsString(
                        StandardCharsets.UTF_8);
        assertThat(answer).contains("\"victimReference\"");
        assertThat(JSON.readTree(answer).get("victimReference").asString()).startsWith("V-");
        assertThat(JSON.readTree(answer).get("registrable").asBoolean()).isFalse();
        Map<String, Object> record = jdbc.sql("""
                select person_id, status, sex, age_at_identification from victims_victim where id = :id""")
                .param("id", registeredVictim(id)).query().singleRow();
        assertThat(record.get("person_id")).as("an anonymous record").isNull();
        assertThat(record.get("sex")).isEqualTo("MALE");
        assertThat(record.get("status")).isEqualTo("POSSIBLE");
        assertThat(((Number) record.get("age_at_identification")).intValue()).isEqualTo(31);
    }

    static final String ORGANISATION = "Синтетический центр ";

    /** The one referral received from the peer of the key. */
    private long referralFrom(String keyId) {
        return jdbc.sql("select r.id from exchange_referral r join exchange_peer p on p.id = r.peer_id"
                + " where p.key_id = :key").param("key", keyId).query(Long.class).single();
    }

    /**
     * A new focal point of the mechanism in an organisation of its own (named {@link #ORGANISATION} and the username),
     * so that the demo users' lists stay as they are.
     */
    private String focalPointOfItsOwn(String prefix) {
        String focal = TestUsers.username(prefix);
        jdbc.sql("""
                insert into organisations_organisation (name_ru, type, region_code, created_at, updated_at)
                values (:name, 'NGO', 'KZ-75', now(), now())""").param("name", ORGANISATION + focal).update();
        users.create(focal, "Синтетический Сотрудник", ORGANISATION + focal, Set.of(Role.CASE_WORKER,
                Role.CROSS_BORDER_REFERRALS));
        return focal;
    }

    private Long registeredVictim(long referralId) {
        return jdbc.sql("select registered_victim_id from exchange_referral where id = :id").param("id", referralId)
                .query(Long.class).optional().orElse(null);
    }
}
