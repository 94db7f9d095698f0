package kz.qorgau.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Mac;

import org.springframework.stereotype.Component;

/**
 * Encryption of personal data at rest (DESIGN.md §5), for every module that stores PII.
 * <p>
 * Values are sealed with AEAD (AES256_GCM, random nonce) bound to a context, the associated data: a
 * ciphertext written for {@code "person.surname"} does not decrypt as anything else, so ciphertexts cannot
 * be moved between fields (or, when the context names the record, between records). Identifiers that
 * must be found by exact value (IIN, passport number) are searched through a blind index: a keyed HMAC of
 * the normalised value, which reveals equality and nothing else.
 * <p>
 * Keys live outside the database ({@link EncryptionKeySettings}); the database carries a check that they
 * are the keys its data was written with ({@link KeyCheck}). Nothing here logs a value or a key.
 */
@Component
public class FieldEncryption {

    private final Aead aead;
    private final Mac mac;

    FieldEncryption(EncryptionKeys keys) {
        this.aead = keys.aead();
        this.mac = keys.mac();
    }

    /**
     * Seals a value for one field.
     *
     * @param plaintext the value; null gives null
     * @param context what the value is, for example {@code "person.surname"}; needed again to decrypt
     */
    public byte[] encrypt(String plaintext, String context) {
        if (plaintext == null) {
            return null;
        }
        try {
            return aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), associatedData(context));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A value of " + context + " cannot be encrypted", e);
        }
    }

    /**
     * Opens a value sealed by {@link #encrypt} for the same context.
     *
     * @param ciphertext the sealed value; null gives null
     * @throws DecryptionFailedException when the context differs, the value was altered or other keys sealed it
     */
    public String decrypt(byte[] ciphertext, String context) {
        if (ciphertext == null) {
            return null;
        }
        try {
            return new String(aead.decrypt(ciphertext, associatedData(context)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailedException(context);
        }
    }

    /**
     * The blind index of a value: HMAC-SHA256 under the index key over the kind and the value, in hex.
     * Equal (kind, value) pairs give equal indexes; without the key nothing can be learnt or guessed from
     * them. Callers normalise the value first (the same way when storing and when searching).
     *
     * @param kind what the value is, for example {@code "IIN"}; the same value of another kind indexes differently
     * @param normalisedValue the value in its normal form
     */
    public String blindIndex(String kind, String normalisedValue) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(normalisedValue, "normalisedValue");
        // Length-prefixed, so that no (kind, value) pair shares its input with another.
        String input = kind.length() + ":" + kind + "|" + normalisedValue;
        try {
            return HexFormat.of().formatHex(mac.computeMac(input.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A blind index of " + kind + " cannot be computed", e);
        }
    }

    private static byte[] associatedData(String context) {
        Objects.requireNonNull(context, "context");
        return context.getBytes(StandardCharsets.UTF_8);
    }

    /** A ciphertext does not open with these keys in this context. Says which context, never the value. */
    public static final class DecryptionFailedException extends IllegalStateException {
        DecryptionFailedException(String context) {
            super("A value of " + context + " cannot be decrypted with the configured keys in this context");
        }
    }
}
