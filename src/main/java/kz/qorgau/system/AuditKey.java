package kz.qorgau.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;

import com.google.crypto.tink.Mac;

import org.springframework.stereotype.Component;

/**
 * The audit key: HMAC-SHA256 under a key kept outside the database with the field-encryption keys
 * ({@link EncryptionKeySettings}, the {@code "audit"} keyset), so that whoever can change the database but does
 * not hold the key cannot compute the tags of the audit chain or of its checkpoints. Tags are 256
 * bits, written as 64 hex digits. Older keys of the keyset still verify what they tagged (key rotation).
 */
@Component
public class AuditKey {

    private final Mac mac;

    AuditKey(EncryptionKeys keys) {
        this.mac = keys.auditMac();
    }

    /** A new random key that nothing else holds: for tests, and to show what another key's tags look like. */
    public static AuditKey generate() {
        return new AuditKey(EncryptionKeys.generate());
    }

    /**
     * The tag of the input for one purpose, in hex; the same input for another purpose tags differently.
     *
     * @param purpose what is tagged, for example {@code "audit-entry"}
     */
    public String tag(String purpose, String input) {
        try {
            return HexFormat.of().formatHex(mac.computeMac(bytes(purpose, input)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A tag of " + purpose + " cannot be computed", e);
        }
    }

    /** Whether the tag is one this keyset (its primary key or an older one) computed for the purpose and input. */
    public boolean verifies(String purpose, String input, String tag) {
        if (tag == null || !tag.matches("[0-9a-f]{" + 2 * EncryptionKeys.AUDIT_TAG_BYTES + "}")) {
            return false;
        }
        try {
            mac.verifyMac(HexFormat.of().parseHex(tag), bytes(purpose, input));
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static byte[] bytes(String purpose, String input) {
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(input, "input");
        // Length-prefixed, so that no (purpose, input) pair shares its bytes with another.
        return (purpose.length() + ":" + purpose + "|" + input).getBytes(StandardCharsets.UTF_8);
    }
}
