package kz.qorgau.linkage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Files that only their owner may read and write: the linkage secret and the encodings, which docs/linkage.md asks to
 * treat as personal data. Created new, never over an existing file.
 */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /**
     * Creates the file, empty, readable and writable by its owner alone: by its POSIX permissions (rw-------), or where
     * the file system has none (Windows), by an access list that names only the owner.
     *
     * @throws java.nio.file.FileAlreadyExistsException when the file exists
     */
    static void create(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            return;
        }
        Files.createFile(file);
        AclFileAttributeView acl = Files.getFileAttributeView(file, AclFileAttributeView.class);
        if (acl != null) {
            acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(Files.getOwner(file))
                    .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
        }
    }

    /** Whether users other than the owner may read the file (known only where the file system has POSIX permissions). */
    static boolean readableByOthers(Path file) throws IOException {
        if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        return permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(
                PosixFilePermission.OTHERS_READ);
    }
}
