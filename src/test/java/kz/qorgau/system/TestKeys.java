package kz.qorgau.system;

import java.io.IOException;
import java.nio.file.Path;

/** Encryption keys for tests outside this package: a key file as demo mode generates it. */
public final class TestKeys {

    private TestKeys() {
    }

    /** Writes newly generated keys into {@code <data-dir>/keys}, where demo mode looks for them. */
    public static void writeInto(Path dataDir) throws IOException {
        EncryptionKeys.generate().write(dataDir.resolve("keys").resolve(EncryptionKeys.GENERATED_FILE));
    }
}
