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
import com.google.crypto.tink.mac.MacConfig;
import com.google.crypto.tink.mac.PredefinedMacParameters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The two keysets of field encryption: AEAD (AES256_GCM) for values, MAC (HMAC_SHA256_256BITTAG) for
 * blind indexes. Loaded as {@link EncryptionKeySettings} describes. Error messages name where a key was
 * looked for, never what it contains.
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

    private final KeysetHandle aeadKeyset;
    private final KeysetHandle macKeyset;
    private final Aead aead;
    private final Mac mac;

    private EncryptionKeys(KeysetHandle aeadKeyset, KeysetHandle macKeyset, String source) {
        this.aeadKeyset = aeadKeyset;
        this.macKeyset = macKeyset;
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
    }

    Aead aead() {
        return aead;
    }

    Mac mac() {
        return mac;
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
            return new EncryptionKeys(parse(settings.aead(), "QORGAU_KEYS_AEAD"), parse(settings.mac(), "QORGAU_KEYS_MAC"),
                    "the environment");
        }
        if (settings.fileGiven()) {
            return read(Path.of(settings.file().strip()));
        }
        if (generateIfMissing) {
            return readOrGenerate(dataDir.resolve("keys").resolve(GENERATED_FILE));
        }
        throw new KeysMissingException();
    }

    /** Fresh keys. */
    static EncryptionKeys generate() {
        try {
            return new EncryptionKeys(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM),
                    KeysetHandle.generateNew(PredefinedMacParameters.HMAC_SHA256_256BITTAG), "generated keys");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("keys cannot be generated", e);
        }
    }

    /** Reads a key file ({@code {"aead": ..., "mac": ...}}). */
    static EncryptionKeys read(Path file) {
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
            if (aead == null || mac == null) {
                throw new KeysUnusableException(source + " must hold the keysets \"aead\" and \"mac\"");
            }
            return new EncryptionKeys(parse(JSON.writeValueAsString(aead), source + " (\"aead\")"),
                    parse(JSON.writeValueAsString(mac), source + " (\"mac\")"), source);
        } catch (JacksonException e) {
            throw new KeysUnusableException(source + " is not JSON");
        }
    }

    /**
     * The generated key file of demo mode: read when it exists, otherwise created readable by its owner
     * only. Creation is exclusive, so two starts racing on a new data directory end with one key file.
     */
    static EncryptionKeys readOrGenerate(Path file) {
        if (Files.exists(file)) {
            warnIfReadableByOthers(file);
            return read(file);
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

    /** Writes the keys as a key file (owner-readable only); for operators' tooling and tests. */
    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        PrivateFiles.writeNew(file, toJson());
    }

    /** The keysets as Tink JSON, for {@code QORGAU_KEYS_AEAD} and {@code QORGAU_KEYS_MAC}. */
    String aeadJson() {
        return serialize(aeadKeyset);
    }

    String macJson() {
        return serialize(macKeyset);
    }

    private String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.set("aead", JSON.readTree(aeadJson()));
        root.set("mac", JSON.readTree(macJson()));
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
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)) {
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

    /** Keys are configured but cannot be used. */
    static final class KeysUnusableException extends RuntimeException {
        KeysUnusableException(String problem) {
            super("the encryption keys cannot be used: " + problem + ".");
        }
    }
}
