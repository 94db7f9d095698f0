package kz.qorgau.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The signatures of the messages between peers: what one key signs verifies with its public half and with no other
 * key; a changed payload, a changed header, another algorithm (and {@code none}), an unknown key and a message that
 * is not a compact JWS are each refused with their reason.
 */
class MessageSignaturesTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    final KeyPair kyrgyz = MessageSignatures.newKeyPair();
    final KeyPair other = MessageSignatures.newKeyPair();

    ObjectNode payload() {
        ObjectNode payload = JSON.createObjectNode().put("messageId", "2f1c6c1e-3a55-4f5b-9d7e-0c8a3f0b1a11")
                .put("kind", "referral").put("from", "KG").put("to", "KZ");
        payload.putObject("body").put("purpose", "Repatriation");
        return payload;
    }

    MessageSignatures.RefusedException refusal(String jws) {
        try {
            MessageSignatures.verify(jws, Map.of("KG-1", kyrgyz.getPublic())::get);
        } catch (MessageSignatures.RefusedException e) {
            return e;
        }
        throw new AssertionError("accepted: " + jws);
    }

    @Test
    void aSignedMessageVerifiesWithItsKeyAndNoOther() throws Exception {
        String jws = MessageSignatures.sign(payload(), "KG-1", kyrgyz.getPrivate());
        MessageSignatures.Verified verified = MessageSignatures.verify(jws, Map.of("KG-1", kyrgyz.getPublic())::get);
        assertThat(verified.keyId()).isEqualTo("KG-1");
        assertThat(verified.payload()).isEqualTo(payload());
    }

    @Test
    void aWrongKeyAChangedPayloadOrHeaderIsABadSignature() {
        String jws = MessageSignatures.sign(payload(), "KG-1", kyrgyz.getPrivate());
        assertThatThrownBy(() -> MessageSignatures.verify(jws, id -> other.getPublic())).isInstanceOfSatisfying(
                MessageSignatures.RefusedException.class, e -> assertThat(e.refusal).isEqualTo(
                        MessageSignatures.Refusal.BAD_SIGNATURE));
        String[] parts = jws.split("\\.");
        ObjectNode changed = payload();
        ((ObjectNode) changed.get("body")).put("purpose", "Services");
        String tampered = parts[0] + "." + B64.encodeToString(JSON.writeValueAsBytes(changed)) + "." + parts[2];
        assertThat(refusal(tampered).refusal).isEqualTo(MessageSignatures.Refusal.BAD_SIGNATURE);
        String otherHeader = B64.encodeToString("{\"alg\":\"EdDSA\",\"kid\":\"KG-1\"}".getBytes(
                StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2];
        assertThat(refusal(otherHeader).refusal).isEqualTo(MessageSignatures.Refusal.BAD_SIGNATURE);
    }

    @Test
    void anotherAlgorithmAnUnknownKeyOrNoJwsIsRefused() {
        String payload = B64.encodeToString(JSON.writeValueAsBytes(payload()));
        String none = B64.encodeToString("{\"alg\":\"none\",\"kid\":\"KG-1\"}".getBytes(StandardCharsets.UTF_8))
                + "." + payload + ".";
        assertThat(refusal(none).refusal).isEqualTo(MessageSignatures.Refusal.MALFORMED);
        String hmac = B64.encodeToString("{\"alg\":\"HS256\",\"kid\":\"KG-1\"}".getBytes(StandardCharsets.UTF_8))
                + "." + payload + ".c2ln";
        assertThat(refusal(hmac).refusal).isEqualTo(MessageSignatures.Refusal.MALFORMED);
        String unknown = MessageSignatures.sign(payload(), "UZ-9", other.getPrivate());
        assertThat(refusal(unknown).refusal).isEqualTo(MessageSignatures.Refusal.UNKNOWN_PEER);
        for (String garbage : new String[]{ null, "", "a.b", "a.b.c.d", "!!!.???.###", "{\"messageId\": 1}" }) {
            assertThat(refusal(garbage).refusal).as(String.valueOf(garbage)).isEqualTo(
                    MessageSignatures.Refusal.MALFORMED);
        }
    }

    @Test
    void keysTravelAsBase64AndAnythingElseIsNotAKey() {
        String encoded = MessageSignatures.encode(kyrgyz.getPublic());
        assertThat(MessageSignatures.publicKey(encoded)).isEqualTo(kyrgyz.getPublic());
        assertThatThrownBy(() -> MessageSignatures.publicKey("not a key")).isInstanceOf(
                IllegalArgumentException.class);
        assertThat(MessageSignatures.privateKey(MessageSignatures.encodePrivate(kyrgyz.getPrivate()))).isEqualTo(
                kyrgyz.getPrivate());
    }
}
