package dev.chatlab.lab03.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * Writes a whole file in one call, with its permissions set when the file is created. On a POSIX file system
 * a {@link Visibility#OWNER_ONLY} file is {@code rw-------} and a {@link Visibility#PUBLIC} one
 * {@code rw-r--r--} (both before the umask); elsewhere the file gets its folder's default access rights.
 */
public final class SecureFiles {

    /** Who may read the file. */
    public enum Visibility {
        /** Private keys, password hashes: {@code rw-------}. */
        OWNER_ONLY("rw-------"),
        /** Certificates: {@code rw-r--r--}. */
        PUBLIC("rw-r--r--");

        private final String permissions;

        Visibility(String permissions) {
            this.permissions = permissions;
        }

        FileAttribute<?>[] attributes() {
            return posixPermissions(permissions);
        }
    }

    private SecureFiles() {
    }

    /** Creates {@code folder} and its missing parents, each new one {@code rwx------} on POSIX file systems. */
    public static void createPrivateFolders(Path folder) throws IOException {
        Files.createDirectories(folder, posixPermissions("rwx------"));
    }

    /**
     * Creates {@code target} with {@code content}; never replaces a file. A failure part-way removes what
     * was written.
     *
     * @throws FileAlreadyExistsException if {@code target} exists
     */
    public static void createNew(Path target, byte[] content, Visibility visibility) throws IOException {
        Objects.requireNonNull(content, "content");
        Set<StandardOpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try (FileChannel channel = FileChannel.open(target, options, visibility.attributes())) {
            writeFully(channel, content);
        } catch (IOException | RuntimeException e) {
            if (!(e instanceof FileAlreadyExistsException)) {
                Files.deleteIfExists(target);
            }
            throw e;
        }
    }

    /**
     * Writes {@code content} to a temporary file in {@code target}'s folder, then moves it over {@code target}
     * in one atomic step: readers see the old file or the new one, never a mixture, even after a crash.
     *
     * @throws java.nio.file.AtomicMoveNotSupportedException if the file system cannot rename atomically
     */
    public static void replaceAtomically(Path target, byte[] content, Visibility visibility) throws IOException {
        Objects.requireNonNull(content, "content");
        Path folder = target.toAbsolutePath().getParent();
        Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp", visibility.attributes());
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                writeFully(channel, content);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static FileAttribute<?>[] posixPermissions(String permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))};
    }

    private static void writeFully(FileChannel channel, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(true); // on the disk before anyone relies on it
    }
}
