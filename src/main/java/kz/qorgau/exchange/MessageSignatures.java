package kz.qorgau.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The signatures of the messages between peers: JSON Web Signatures in compact form (RFC 7515), algorithm EdDSA with
 * Ed25519 keys (RFC 8037), the signing key named by {@code kid}. Nothing else is accepted: no other algorithm (and never
 * {@code none}), no header other than {@code alg}, {@code kid} and {@code typ}.
 */
final class MessageSignatures {

    static final String ALGORITHM = "EdDSA";
    static final String TYPE = "qorgau-message+jws";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Why a message was refused. */
    enum Refusal {
        /** Not a compact JWS of this kind, or its payload is not a JSON object. */
        MALFORMED,
        /** Signed with a key no active peer has. */
        UNKNOWN_PEER,
        /** The signature does not verify with the peer's key. */
        BAD_SIGNATURE
    }

    /** A message refused, with the reason. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        final Refusal refusal;

        RefusedException(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }

    /** A verified message: the key that signed it and its payload. */
    record Verified(String keyId, ObjectNode payload) {
    }

    private MessageSignatures() {
    }

    static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A public key as the peers exchange it: X.509 SubjectPublicKeyInfo, base64. */
    static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The public key of its base64 form; empty text, another algorithm or a broken key is refused. */
    static PublicKey publicKey(String base64) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64
                    .getMimeDecoder().decode(base64.strip())));
            return key;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    static String encodePrivate(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder()
                    .decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload signed with the key, as a compact JWS. */
    static String sign(JsonNode payload, String keyId, PrivateKey key) {
        ObjectNode header = JSON.createObjectNode().put("alg", ALGORITHM).put("kid", keyId).put("typ", TYPE);
        String signingInput = ENCODER.encodeToString(JSON.writeValueAsBytes(header)) + "." + ENCODER.encodeToString(
                JSON.writeValueAsBytes(payload));
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + ENCODER.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The message verified with the key its {@code kid} names ({@code keys} answers null for a key no active peer has).
     */
    static Verified verify(String jws, Function<String, PublicKey> keys) throws RefusedException {
        String[] parts = jws == null ? new String[0] : jws.strip().split("\\.", -1);
        if (parts.length != 3) {
            throw new RefusedException(Refusal.MALFORMED);
        }
        JsonNode header;
        JsonNode payload;
        byte[] signatureBytes;
        try {
            header = JSON.readTree(DECODER.decode(parts[0]));
            payload = JSON.readTree(DECODER.decode(parts[1]));
            signatureBytes = DECODER.decode(parts[2]);
        } catch (IllegalArgumentException | JacksonException e) {
            throw new RefusedException(Refusal.MALFORMED);
        }
        if (header == null || !header.isObject() || header.size() > 3 || !ALGORITHM.equals(header.path("alg")
                .asString(null)) || !header.path("kid").isString() || (header.has("typ") && !TYPE.equals(header.get(
                        "typ").asString(null))) || payload == null || !payload.isObject()) {
            throw new RefusedException(Refusal.MALFORMED);
        }
        String keyId = header.get("kid").asString();
        PublicKey key = keys.apply(keyId);
        if (key == null) {
            throw new RefusedException(Refusal.UNKNOWN_PEER);
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(signatureBytes)) {
                throw new RefusedException(Refusal.BAD_SIGNATURE);
            }
        } catch (GeneralSecurityException e) {
            throw new RefusedException(Refusal.BAD_SIGNATURE);
        }
        return new Verified(keyId, (ObjectNode) payload);
    }
}
