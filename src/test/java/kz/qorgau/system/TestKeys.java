package kz.qorgau.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Encryption keys for tests outside this package: a key file as demo mode generates it, or one of its own. */
public final class TestKeys {

    private TestKeys() {
    }

    /** Writes newly generated keys into {@code <data-dir>/keys}, where demo mode looks for them. */
    public static void writeInto(Path dataDir) throws IOException {
        EncryptionKeys.generate().write(dataDir.resolve("keys").resolve(EncryptionKeys.GENERATED_FILE));
    }

    /**
     * Writes newly generated keys to the file (its directory is created) and answers the file: for a test
     * application in production mode.
     */
    public static Path writeNew(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            EncryptionKeys.generate().write(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
