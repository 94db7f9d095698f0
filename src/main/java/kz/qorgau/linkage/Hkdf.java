package kz.qorgau.linkage;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869): {@link #extract} concentrates the entropy of a secret into a pseudorandom key,
 * {@link #expand} stretches that key into as many bytes as asked, bound to a context string ({@code info}), so that
 * one secret gives independent keys for independent uses (one per field of a {@link Clk}).
 */
public final class Hkdf {

    private static final String HMAC = "HmacSHA256";
    private static final int HASH_LENGTH = 32;

    private Hkdf() {
    }

    /** Extract and expand in one step: {@code length} bytes of key for {@code info}. */
    public static byte[] derive(byte[] salt, byte[] secret, byte[] info, int length) {
        return expand(extract(salt, secret), info, length);
    }

    /** HKDF-Extract (RFC 5869 §2.2): HMAC(salt, secret); an empty or null salt is a string of 32 zero bytes. */
    public static byte[] extract(byte[] salt, byte[] secret) {
        byte[] key = salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt;
        return mac(key).doFinal(secret);
    }

    /**
     * HKDF-Expand (RFC 5869 §2.3): T(i) = HMAC(prk, T(i-1) | info | i), concatenated and cut to {@code length}, at
     * most 255 blocks of 32 bytes.
     */
    public static byte[] expand(byte[] pseudorandomKey, byte[] info, int length) {
        if (length < 1 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF-SHA256 gives 1 to 8160 bytes, not " + length);
        }
        Mac mac = mac(pseudorandomKey);
        byte[] output = new byte[length];
        byte[] block = new byte[0];
        for (int i = 1, done = 0; done < length; i++) {
            mac.update(block);
            mac.update(info == null ? new byte[0] : info);
            mac.update((byte) i);
            block = mac.doFinal();
            int take = Math.min(block.length, length - done);
            System.arraycopy(block, 0, output, done, take);
            done += take;
        }
        return output;
    }

    /** An HMAC-SHA256 ready to use under {@code key}. */
    static Mac mac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // every Java platform must provide HmacSHA256, and any non-empty key is valid for it
            throw new IllegalStateException(e);
        }
    }
}
