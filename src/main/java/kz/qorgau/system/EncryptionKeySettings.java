package kz.qorgau.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the field encryption keys come from (DESIGN.md §5: keys outside the database), first match wins:
 * <ol>
 * <li>{@code aead} and {@code mac}: the two Tink JSON keysets themselves, usually from the environment
 * variables {@code QORGAU_KEYS_AEAD} and {@code QORGAU_KEYS_MAC};</li>
 * <li>{@code file} ({@code QORGAU_KEYS_FILE}): a key file holding both keysets, as
 * {@code {"aead": <Tink JSON keyset>, "mac": <Tink JSON keyset>}};</li>
 * <li>in demo or embedded mode only: {@code <data-dir>/keys/qorgau-keys.json}, generated in that same
 * format at first start and reused afterwards.</li>
 * </ol>
 * Production mode with none of these refuses to start.
 *
 * @param file path of the key file
 * @param aead the AEAD (AES256_GCM) keyset as Tink JSON
 * @param mac the MAC (HMAC_SHA256_256BITTAG) keyset for blind indexes, as Tink JSON
 */
@ConfigurationProperties("qorgau.keys")
record EncryptionKeySettings(String file, String aead, String mac) {

    boolean keysetsGiven() {
        return hasText(aead) || hasText(mac);
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
                + (hasText(mac) ? "(set)" : "(unset)") + "]";
    }
}
