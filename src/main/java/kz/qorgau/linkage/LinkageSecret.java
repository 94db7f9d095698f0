package kz.qorgau.linkage;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * The secret from which every key of the privacy-preserving mode is derived (docs/linkage.md): the NGO that
 * coordinates the linkage holds it and gives it to the organisations that encode records; Qorgau's server never
 * stores it. At least 32 random bytes, so that the keys derived from it are as strong as HMAC-SHA256 allows. Keys
 * are derived with {@link Hkdf}, one per use: the info string names the use, the salt names the scheme's version, so
 * a new version of the encoding never reuses an old key.
 */
public final class LinkageSecret {

    /** The salt of every derivation: the name and version of the encoding scheme. */
    static final byte[] SALT = "qorgau linkage clk v1".getBytes(StandardCharsets.UTF_8);
    static final int MINIMUM_LENGTH = 32;

    private final byte[] secret;

    private LinkageSecret(byte[] secret) {
        if (secret.length < MINIMUM_LENGTH) {
            throw new IllegalArgumentException("a linkage secret has at least " + MINIMUM_LENGTH + " bytes");
        }
        this.secret = secret.clone();
    }

    public static LinkageSecret of(byte[] secret) {
        return new LinkageSecret(secret);
    }

    /** A secret as base64 (standard alphabet), as the NGO keeps it. */
    public static LinkageSecret fromBase64(String encoded) {
        return new LinkageSecret(Base64.getDecoder().decode(encoded.strip()));
    }

    /** A new secret of 32 bytes from the platform's strong random source. */
    public static LinkageSecret generate() {
        byte[] secret = new byte[MINIMUM_LENGTH];
        new SecureRandom().nextBytes(secret);
        return new LinkageSecret(secret);
    }

    public String toBase64() {
        return Base64.getEncoder().encodeToString(secret);
    }

    /** The 32-byte key of one use, such as {@code "field given_name"}. */
    byte[] key(String use) {
        return Hkdf.derive(SALT, secret, use.getBytes(StandardCharsets.UTF_8), 32);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LinkageSecret that && Arrays.equals(secret, that.secret);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(secret);
    }

    /** Never the secret itself: a secret must not reach a log. */
    @Override
    public String toString() {
        return "LinkageSecret[" + secret.length + " bytes]";
    }
}
