package kz.qorgau.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fresh encryption and audit keys in a key file, for a test application in production mode. */
public final class TestKeys {

    private TestKeys() {
    }

    /** Writes newly generated keys to the file (its directory is created) and answers the file. */
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
