package kz.qorgau.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the field encryption keys and the audit key come from (DESIGN.md §5: keys outside the database),
 * first match wins:
 * <ol>
 * <li>{@code aead}, {@code mac} and {@code audit}: the Tink JSON keysets themselves, usually from the
 * environment variables {@code QORGAU_KEYS_AEAD}, {@code QORGAU_KEYS_MAC} and {@code QORGAU_KEYS_AUDIT};</li>
 * <li>{@code file} ({@code QORGAU_KEYS_FILE}): a key file holding the keysets, as
 * {@code {"aead": <Tink JSON keyset>, "mac": <Tink JSON keyset>, "audit": <Tink JSON keyset>}};</li>
 * <li>in demo or embedded mode only: {@code <data-dir>/keys/qorgau-keys.json}, generated in that same
 * format at first start and reused afterwards.</li>
 * </ol>
 * {@code audit}, when set, is the audit key whichever of these gives the other two, so that a key file
 * written before the audit key existed can be completed from the environment. Production mode with none of
 * these, or without an audit key, refuses to start.
 *
 * @param file path of the key file
 * @param aead the AEAD (AES256_GCM) keyset as Tink JSON
 * @param mac the MAC (HMAC_SHA256_256BITTAG) keyset for blind indexes, as Tink JSON
 * @param audit the MAC (HMAC_SHA256_256BITTAG_RAW) keyset of the audit chain and its checkpoints, as Tink JSON
 */
@ConfigurationProperties("qorgau.keys")
record EncryptionKeySettings(String file, String aead, String mac, String audit) {

    boolean keysetsGiven() {
        return hasText(aead) || hasText(mac);
    }

    boolean auditGiven() {
        return hasText(audit);
    }

    boolean fileGiven() {
        return hasText(file);
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** Never the key material, whatever prints the settings. */
    @Override
    public String toString() {
        return "EncryptionKeySettings[file=" + file + ", aead=" + (hasText(aead) ? "(set)" : "(unset)") + ", mac="
                + (hasText(mac) ? "(set)" : "(unset)") + ", audit=" + (hasText(audit) ? "(set)" : "(unset)") + "]";
    }
}
