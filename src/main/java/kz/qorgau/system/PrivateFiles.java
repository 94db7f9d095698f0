package kz.qorgau.system;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Files only their owner may read: the generated encryption keys, database passwords, demo password and the audit
 * checkpoints in the data directory.
 * On a file system without POSIX permissions the data directory's own protection applies.
 */
public final class PrivateFiles {

    private PrivateFiles() {
    }

    /**
     * Creates the file, failing if it exists ({@link java.nio.file.FileAlreadyExistsException}), readable by its
     * owner only from the moment it exists (not created and restricted afterwards), then writes the content.
     */
    public static void writeNew(Path file, String content) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        SeekableByteChannel channel;
        try {
            channel = Files.newByteChannel(file, options,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: created with the defaults, the data directory protects it
            channel = Files.newByteChannel(file, options);
        }
        try (SeekableByteChannel out = channel) {
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        }
    }

    /**
     * Appends the content to the file, creating it readable by its owner only when it does not exist yet, and
     * forces it to the storage device before returning (an appended record survives a crash that follows).
     */
    public static void append(Path file, String content) throws IOException {
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, options,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            channel = FileChannel.open(file, options);
        }
        try (FileChannel out = channel) {
            ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
            out.force(false);
        }
    }

    /**
     * Replaces the file's content at once: written to a new owner-only file beside it, then moved over it, so
     * that a reader sees the old content or the new one, never a part.
     */
    public static void replace(Path file, String content) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(next);
        writeNew(next, content);
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Sets POSIX permissions such as {@code rwx------}, where the file system has them. */
    public static void restrict(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data directory's own protection applies
        }
    }

    /**
     * The content of an owner-only file (stripped), created with {@code content} when it does not exist yet, in an
     * owner-only directory when that directory is new. An existing file is never overwritten.
     */
    public static String readOrCreate(Path file, Supplier<String> content) throws IOException {
        if (!Files.exists(file)) {
            Path directory = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                restrict(directory, "rwx------");
            }
            try {
                writeNew(file, content.get() + System.lineSeparator());
            } catch (FileAlreadyExistsException e) {
                // written meanwhile: that value stands
            }
        }
        return Files.readString(file, StandardCharsets.UTF_8).strip();
    }
}
