package kz.qorgau.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Where the keys come from: environment, key file, or generated once in demo mode; never silently. */
class EncryptionKeysTests {

    static final String CONTEXT = "test.value";

    @Test
    void demoModeGeneratesTheKeyFileOnceAndReusesIt(@TempDir Path dataDir) throws Exception {
        EncryptionKeySettings none = new EncryptionKeySettings(null, null, null, null);
        FieldEncryption first = new FieldEncryption(EncryptionKeys.load(none, true, dataDir));
        Path file = dataDir.resolve("keys").resolve(EncryptionKeys.GENERATED_FILE);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo(
                "rwx------");
        String content = Files.readString(file);
        byte[] sealed = first.encrypt("synthetic", CONTEXT);

        FieldEncryption again = new FieldEncryption(EncryptionKeys.load(none, true, dataDir));
        assertThat(Files.readString(file)).isEqualTo(content);
        assertThat(again.decrypt(sealed, CONTEXT)).isEqualTo("synthetic");
        assertThat(again.blindIndex("IIN", "1")).isEqualTo(first.blindIndex("IIN", "1"));
    }

    @Test
    void productionModeWithoutKeysRefusesToStartWithOneClearLine(@TempDir Path dataDir) {
        EncryptionKeySettings none = new EncryptionKeySettings(" ", null, "", null);
        assertThatThrownBy(() -> EncryptionKeys.load(none, false, dataDir))
                .isInstanceOf(EncryptionKeys.KeysMissingException.class);
        assertThat(dataDir.resolve("keys")).doesNotExist();
        var analysis = new StartupFailures.EncryptionKeysMissing()
                .analyze(new RuntimeException(new EncryptionKeys.KeysMissingException()));
        assertThat(StartupFailures.OneLineReporter.line(analysis))
                .startsWith("Qorgau cannot start: no encryption keys are configured")
                .contains("QORGAU_KEYS_FILE").contains("QORGAU_KEYS_AEAD").doesNotContain("\n");
    }

    @Test
    void aConfiguredKeyFileIsUsedInsteadOfGeneratingOne(@TempDir Path dir) throws Exception {
        EncryptionKeys keys = EncryptionKeys.generate();
        Path file = dir.resolve("operator-keys.json");
        keys.write(file);
        FieldEncryption fromFile = new FieldEncryption(
                EncryptionKeys.load(new EncryptionKeySettings(file.toString(), null, null, null), true, dir.resolve(
                        "data")));
        assertThat(fromFile.decrypt(new FieldEncryption(keys).encrypt("synthetic", CONTEXT), CONTEXT)).isEqualTo(
                "synthetic");
        assertThat(dir.resolve("data")).doesNotExist();
    }

    @Test
    void keysetsFromTheEnvironmentComeFirst(@TempDir Path dir) {
        EncryptionKeys keys = EncryptionKeys.generate();
        FieldEncryption fromEnvironment = new FieldEncryption(EncryptionKeys.load(
                new EncryptionKeySettings(dir.resolve("absent.json").toString(), keys.aeadJson(), keys.macJson(),
                        keys.auditJson()), false, dir));
        assertThat(fromEnvironment.blindIndex("IIN", "1")).isEqualTo(new FieldEncryption(keys).blindIndex("IIN", "1"));
    }

    @Test
    void unusableKeysAreReportedWithoutTheirContent(@TempDir Path dir) throws Exception {
        EncryptionKeys keys = EncryptionKeys.generate();
        assertThatThrownBy(() -> EncryptionKeys.load(new EncryptionKeySettings(null, keys.aeadJson(), null, null),
                false, dir))
                .isInstanceOf(EncryptionKeys.KeysUnusableException.class).hasMessageContaining("set together");
        // the keysets swapped
        assertThatThrownBy(() -> EncryptionKeys.load(new EncryptionKeySettings(null, keys.macJson(), keys.aeadJson(),
                keys.auditJson()), false, dir))
                .isInstanceOf(EncryptionKeys.KeysUnusableException.class)
                .hasMessageNotContaining(keys.aeadJson().substring(0, 20));
        Path notJson = Files.writeString(dir.resolve("broken.json"), "{\"aead\": \"secret-looking-value\"");
        assertThatThrownBy(() -> EncryptionKeys.load(new EncryptionKeySettings(notJson.toString(), null, null, null),
                false, dir))
                .isInstanceOf(EncryptionKeys.KeysUnusableException.class).hasMessageNotContaining(
                        "secret-looking-value");
        Path missing = dir.resolve("missing.json");
        assertThatThrownBy(() -> EncryptionKeys.load(new EncryptionKeySettings(missing.toString(), null, null, null),
                true, dir))
                .isInstanceOf(EncryptionKeys.KeysUnusableException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void theSettingsNeverPrintKeyMaterial() {
        EncryptionKeys keys = EncryptionKeys.generate();
        assertThat(new EncryptionKeySettings(null, keys.aeadJson(), keys.macJson(), keys.auditJson()).toString())
                .doesNotContain(keys.aeadJson()).doesNotContain(keys.auditJson()).doesNotContain("primaryKeyId");
    }

    @Test
    void demoModeAddsAnAuditKeyToAKeyFileFromBeforeItAndKeepsTheOtherKeys(@TempDir Path dataDir) throws Exception {
        Path file = dataDir.resolve("keys").resolve(EncryptionKeys.GENERATED_FILE);
        FieldEncryption before = new FieldEncryption(EncryptionKeys.load(none(), true, dataDir));
        byte[] sealed = before.encrypt("synthetic", CONTEXT);
        withoutAuditKey(file);

        EncryptionKeys upgraded = EncryptionKeys.load(none(), true, dataDir);
        assertThat(new FieldEncryption(upgraded).decrypt(sealed, CONTEXT)).isEqualTo("synthetic");
        assertThat(Files.readString(file)).contains("\"audit\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        // the key added is kept: a later start tags alike
        assertThat(new AuditKey(EncryptionKeys.load(none(), true, dataDir)).tag("test", "entry"))
                .isEqualTo(new AuditKey(upgraded).tag("test", "entry"));
    }

    @Test
    void productionModeRefusesAKeyFileWithoutAnAuditKeyWithOneClearLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("operator-keys.json");
        EncryptionKeys.generate().write(file);
        withoutAuditKey(file);
        String content = Files.readString(file);
        EncryptionKeySettings settings = new EncryptionKeySettings(file.toString(), null, null, null);

        Throwable refused = catchThrowable(() -> EncryptionKeys.load(settings, false, dir));
        assertThat(refused).isInstanceOf(EncryptionKeys.AuditKeyMissingException.class)
                .hasMessageContaining("holds no \"audit\" keyset");
        assertThat(Files.readString(file)).as("an operator's key file is never rewritten").isEqualTo(content);
        assertThat(StartupFailures.OneLineReporter.line(new StartupFailures.AuditKeyMissing().analyze(refused)))
                .startsWith("Qorgau cannot start: no audit key is configured").contains("QORGAU_KEYS_AUDIT")
                .doesNotContain("\n");
        // keys in the environment without the audit key are refused alike
        EncryptionKeys keys = EncryptionKeys.generate();
        assertThatThrownBy(() -> EncryptionKeys.load(new EncryptionKeySettings(null, keys.aeadJson(), keys.macJson(),
                null),
                false, dir)).isInstanceOf(EncryptionKeys.AuditKeyMissingException.class)
                .hasMessageContaining("QORGAU_KEYS_AUDIT");
        // QORGAU_KEYS_AUDIT completes the older key file
        AuditKey fromEnvironment = new AuditKey(EncryptionKeys.load(
                new EncryptionKeySettings(file.toString(), null, null, keys.auditJson()), false, dir));
        assertThat(fromEnvironment.tag("test", "entry")).isEqualTo(new AuditKey(keys).tag("test", "entry"));
    }

    @Test
    void theAuditKeyMustGiveUnprefixedSha256Tags(@TempDir Path dir) {
        EncryptionKeys keys = EncryptionKeys.generate();
        // the blind-index keyset carries Tink's key prefix: its tags would not be 64 hex digits
        assertThatThrownBy(() -> EncryptionKeys.load(
                new EncryptionKeySettings(null, keys.aeadJson(), keys.macJson(), keys.macJson()), false, dir))
                .isInstanceOf(EncryptionKeys.KeysUnusableException.class)
                .hasMessageContaining("HMAC_SHA256_256BITTAG_RAW");
    }

    private static EncryptionKeySettings none() {
        return new EncryptionKeySettings(null, null, null, null);
    }

    /** A key file as written before the audit key existed. */
    private static void withoutAuditKey(Path file) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode root = (ObjectNode) json.readTree(Files.readString(file));
        root.remove("audit");
        Files.writeString(file, json.writeValueAsString(root));
    }
}
