package kz.qorgau.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The local data directory, held with an exclusive file lock for the life of the process so that a
 * second instance on the same directory stops with a clear message instead of corrupting the database.
 */
public final class DataDirectory implements AutoCloseable {

    private final Path root;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path root, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    public static DataDirectory open(Path path) {
        Path root = path.toAbsolutePath().normalize();
        try {
            Files.createDirectories(root);
            FileChannel channel = FileChannel.open(root.resolve("qorgau.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new DataDirectoryInUseException(root);
            }
            return new DataDirectory(root, channel, lock);
        } catch (IOException e) {
            throw new DataDirectoryUnusableException(root, e);
        }
    }

    public Path root() {
        return root;
    }

    public Path resolve(String name) {
        return root.resolve(name);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        lockChannel.close();
    }

    /** Another process already holds the data directory. */
    public static final class DataDirectoryInUseException extends RuntimeException {
        DataDirectoryInUseException(Path root) {
            super("The data directory " + root + " is already in use by another Qorgau instance.");
        }
    }

    /** The data directory cannot be created or written. */
    public static final class DataDirectoryUnusableException extends RuntimeException {
        DataDirectoryUnusableException(Path root, IOException cause) {
            super("The data directory " + root + " cannot be used: " + cause.getMessage(), cause);
        }
    }
}
