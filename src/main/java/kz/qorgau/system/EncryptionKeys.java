package kz.qorgau.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.util.Set;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.Mac;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.mac.HmacParameters;
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The keysets kept outside the database: AEAD (AES256_GCM) for values, MAC (HMAC_SHA256_256BITTAG) for blind
 * indexes, and the audit key (HMAC_SHA256_256BITTAG_RAW) that keys the audit chain and its checkpoints. Loaded
 * as {@link EncryptionKeySettings} describes. Error messages name where a key was looked for, never what it
 * contains.
 */
final class EncryptionKeys {

    private static final Logger log = LoggerFactory.getLogger(EncryptionKeys.class);

    /** The file name of generated keys in {@code <data-dir>/keys}. */
    static final String GENERATED_FILE = "qorgau-keys.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        try {
            AeadConfig.register();
            MacConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink cannot be initialised", e);
        }
    }

    /** Tags of the audit key are stored as 64 hex digits: 256 bits, without Tink's 5-byte key prefix. */
    static final int AUDIT_TAG_BYTES = 32;

    private final KeysetHandle aeadKeyset;
    private final KeysetHandle macKeyset;
    private final KeysetHandle auditKeyset;
    private final Aead aead;
    private final Mac mac;
    private final Mac auditMac;

    private EncryptionKeys(KeysetHandle aeadKeyset, KeysetHandle macKeyset, KeysetHandle auditKeyset, String source) {
        this.aeadKeyset = aeadKeyset;
        this.macKeyset = macKeyset;
        this.auditKeyset = auditKeyset;
        try {
            this.aead = aeadKeyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new KeysUnusableException(source + " does not hold an AEAD keyset under \"aead\"");
        }
        try {
            this.mac = macKeyset.getPrimitive(RegistryConfiguration.get(), Mac.class);
        } catch (GeneralSecurityException e) {
            throw new KeysUnusableException(source + " does not hold a MAC keyset under \"mac\"");
        }
        try {
            this.auditMac = auditKeyset.getPrimitive(RegistryConfiguration.get(), Mac.class);
            if (auditMac.computeMac(new byte[0]).length != AUDIT_TAG_BYTES) {
                throw new GeneralSecurityException("tag size");
            }
        } catch (GeneralSecurityException e) {
            throw new KeysUnusableException(source + " does not hold an HMAC-SHA256 keyset with 256-bit tags and no "
                    + "output prefix (HMAC_SHA256_256BITTAG_RAW) under \"audit\"");
        }
    }

    Aead aead() {
        return aead;
    }

    Mac mac() {
        return mac;
    }

    Mac auditMac() {
        return auditMac;
    }

    /**
     * The keys as the settings say; in demo or embedded mode ({@code generateIfMissing}) the generated
     * key file in the data directory when nothing else is configured.
     */
    static EncryptionKeys load(EncryptionKeySettings settings, boolean generateIfMissing, Path dataDir) {
        if (settings.keysetsGiven()) {
            if (!EncryptionKeySettings.hasText(settings.aead()) || !EncryptionKeySettings.hasText(settings.mac())) {
                throw new KeysUnusableException("QORGAU_KEYS_AEAD and QORGAU_KEYS_MAC must be set together");
            }
            KeysetHandle aead = parse(settings.aead(), "QORGAU_KEYS_AEAD");
            KeysetHandle mac = parse(settings.mac(), "QORGAU_KEYS_MAC");
            if (!settings.auditGiven()) {
                throw new AuditKeyMissingException("QORGAU_KEYS_AUDIT is not set");
            }
            return new EncryptionKeys(aead, mac, parse(settings.audit(), "QORGAU_KEYS_AUDIT"), "the environment");
        }
        KeysetHandle audit = settings.auditGiven() ? parse(settings.audit(), "QORGAU_KEYS_AUDIT") : null;
        if (settings.fileGiven()) {
            return read(Path.of(settings.file().strip()), audit);
        }
        if (generateIfMissing) {
            return readOrGenerate(dataDir.resolve("keys").resolve(GENERATED_FILE), audit);
        }
        throw new KeysMissingException();
    }

    /** Fresh keys. */
    static EncryptionKeys generate() {
        try {
            return new EncryptionKeys(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                    KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG), newAuditKeyset(),
                    "generated keys");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keys cannot be generated", e);
        }
    }

    /** Reads a key file ({@code {"aead": ..., "mac": ..., "audit": ...}}). */
    static EncryptionKeys read(Path file) {
        return read(file, null);
    }

    /** Reads a key file; {@code audit}, when not null, is the audit key instead of the file's. */
    private static EncryptionKeys read(Path file, KeysetHandle audit) {
        String source = "the key file " + file.toAbsolutePath().normalize();
        Keysets keysets = keysets(file);
        KeysetHandle auditKeyset = audit != null ? audit : keysets.audit();
        if (auditKeyset == null) {
            throw new AuditKeyMissingException(source + " holds no \"audit\" keyset");
        }
        return new EncryptionKeys(keysets.aead(), keysets.mac(), auditKeyset, source);
    }

    /** The keysets of a key file; the audit keyset is null in a file written before it existed. */
    private static Keysets keysets(Path file) {
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KeysUnusableException("the key file " + file.toAbsolutePath().normalize() + " cannot be read");
        }
        String source = "the key file " + file.toAbsolutePath().normalize();
        try {
            JsonNode root = JSON.readTree(content);
            JsonNode aead = root == null ? null : root.get("aead");
            JsonNode mac = root == null ? null : root.get("mac");
            JsonNode audit = root == null ? null : root.get("audit");
            if (aead == null || mac == null) {
                throw new KeysUnusableException(source + " must hold the keysets \"aead\" and \"mac\"");
            }
            return new Keysets(parse(JSON.writeValueAsString(aead), source + " (\"aead\")"),
                    parse(JSON.writeValueAsString(mac), source + " (\"mac\")"),
                    audit == null ? null : parse(JSON.writeValueAsString(audit), source + " (\"audit\")"));
        } catch (JacksonException e) {
            throw new KeysUnusableException(source + " is not JSON");
        }
    }

    private record Keysets(KeysetHandle aead, KeysetHandle mac, KeysetHandle audit) {
    }

    /**
     * The generated key file of demo mode: read when it exists, otherwise created readable by its owner
     * only. Creation is exclusive, so two starts racing on a new data directory end with one key file. A key
     * file generated before the audit key existed gets one added, the other keys kept as they are.
     */
    static EncryptionKeys readOrGenerate(Path file) {
        return readOrGenerate(file, null);
    }

    private static EncryptionKeys readOrGenerate(Path file, KeysetHandle audit) {
        if (Files.exists(file)) {
            warnIfReadableByOthers(file);
            Keysets keysets = keysets(file);
            if (audit == null && keysets.audit() == null) {
                return addAuditKey(file, keysets);
            }
            return new EncryptionKeys(keysets.aead(), keysets.mac(), audit != null ? audit : keysets.audit(),
                    "the key file " + file.toAbsolutePath().normalize());
        }
        EncryptionKeys keys = generate();
        try {
            Path directory = file.getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                PrivateFiles.restrict(directory, "rwx------");
            }
            PrivateFiles.writeNew(file, keys.toJson());
            log.info("Generated new encryption keys in {}", file.toAbsolutePath().normalize());
            return keys;
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } catch (IOException e) {
            throw new KeysUnusableException("the key file " + file.toAbsolutePath().normalize() + " cannot be written");
        }
    }

    private static EncryptionKeys addAuditKey(Path file, Keysets keysets) {
        String source = "the key file " + file.toAbsolutePath().normalize();
        EncryptionKeys keys = new EncryptionKeys(keysets.aead(), keysets.mac(), newAuditKeyset(), source);
        try {
            PrivateFiles.replace(file, keys.toJson());
        } catch (IOException e) {
            throw new KeysUnusableException(source + " cannot be written");
        }
        log.info("Added an audit key to {}", file.toAbsolutePath().normalize());
        return keys;
    }

    private static KeysetHandle newAuditKeyset() {
        try {
            return KeysetHandle.generateNew(HmacParameters.builder()
                    .setKeySizeBytes(32)
                    .setTagSizeBytes(AUDIT_TAG_BYTES)
                    .setHashType(HmacParameters.HashType.SHA256)
                    .setVariant(HmacParameters.Variant.NO_PREFIX)
                    .build());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("an audit key cannot be generated", e);
        }
    }

    /** Writes the keys as a key file (owner-readable only); for operators' tooling and tests. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        PrivateFiles.writeNew(file, toJson());
    }

    /** The keysets as Tink JSON, for {@code QORGAU_KEYS_AEAD}, {@code QORGAU_KEYS_MAC} and {@code QORGAU_KEYS_AUDIT}. */
    String aeadJson() {
        return serialize(aeadKeyset);
    }

    String macJson() {
        return serialize(macKeyset);
    }

    String auditJson() {
        return serialize(auditKeyset);
    }

    private String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.set("aead", JSON.readTree(aeadJson()));
        root.set("mac", JSON.readTree(macJson()));
        root.set("audit", JSON.readTree(auditJson()));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
    }

    private static String serialize(KeysetHandle keyset) {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a keyset cannot be serialised", e);
        }
    }

    private static KeysetHandle parse(String json, String source) {
        try {
            return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException | RuntimeException e) {
            // The cause may quote the keyset: it is not kept.
            throw new KeysUnusableException(source + " is not a valid Tink JSON keyset");
        }
    }

    private static void warnIfReadableByOthers(Path file) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(
                    PosixFilePermission.OTHERS_READ)) {
                log.warn("The key file {} is readable by other users; restrict it to its owner (chmod 600)",
                        file.toAbsolutePath().normalize());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // nothing to check
        }
    }

    /** Production mode and no keys configured. */
    static final class KeysMissingException extends RuntimeException {
        KeysMissingException() {
            super("no encryption keys are configured (production mode never generates them).");
        }
    }

    /**
     * No audit key: production mode, or keys given in the environment, with keys from before the audit key
     * existed. (Demo mode adds one to its generated key file.)
     */
    static final class AuditKeyMissingException extends RuntimeException {
        AuditKeyMissingException(String where) {
            super("no audit key is configured: " + where + ".");
        }
    }

    /** Keys are configured but cannot be used. */
    static final class KeysUnusableException extends RuntimeException {
        KeysUnusableException(String problem) {
            super("the encryption keys cannot be used: " + problem + ".");
        }
    }
}
