package dev.chatlab.grader.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Unpacks a submission handed in as a zip, refusing what could write outside the target folder or fill the
 * disk: an entry whose name is absolute or climbs out with {@code ..}, a symbolic link, more than
 * {@code maxEntries} entries, or more than {@code maxBytes} once unpacked (counted as the bytes are written, so a
 * zip that lies about its sizes is caught too). Every refusal names the entry.
 */
public record ZipUnpacker(int maxEntries, long maxBytes) {

    /** 20 000 entries and 200 MiB: a kit with its sources is some hundred files and a few MiB. */
    public static final ZipUnpacker DEFAULT = new ZipUnpacker(20_000, 200L * 1024 * 1024);

    /** The Unix mode bits of a symbolic link, in the upper half of a zip entry's external attributes. */
    private static final int SYMLINK = 0xA000;
    private static final int FILE_TYPE = 0xF000;

    /**
     * Unpacks {@code zip} into {@code target}, which must be an empty or missing folder.
     *
     * @throws IllegalArgumentException naming the entry, if the zip holds something refused above
     * @throws IOException              if it is not a zip or cannot be read
     */
    public void unpack(Path zip, Path target) throws IOException {
        Objects.requireNonNull(zip, "zip");
        Path root = Files.createDirectories(target).toRealPath();
        Map<String, Integer> unixModes = ZipDirectory.unixModes(zip);
        long written = 0;
        int count = 0;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (++count > maxEntries) {
                    throw new IllegalArgumentException(zip.getFileName() + " has more than " + maxEntries
                            + " entries (refused at " + entry.getName() + ")");
                }
                Path destination = destination(zip, root, entry, unixModes.getOrDefault(entry.getName(), 0));
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry); OutputStream out = Files.newOutputStream(destination)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int read; (read = in.read(buffer)) != -1; ) {
                        written += read;
                        if (written > maxBytes) {
                            throw new IllegalArgumentException(zip.getFileName() + " unpacks to more than "
                                    + size(maxBytes) + " (refused at " + entry.getName() + ")");
                        }
                        out.write(buffer, 0, read);
                    }
                }
            }
        }
    }

    /** Where {@code entry} goes under {@code root}; refuses links, absolute names and names that climb out. */
    private static Path destination(Path zip, Path root, ZipEntry entry, int unixMode) {
        String name = entry.getName();
        String where = zip.getFileName() + ": entry " + name;
        if ((unixMode & FILE_TYPE) == SYMLINK) {
            throw new IllegalArgumentException(where + " is a symbolic link; a submission holds files only");
        }
        if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
            throw new IllegalArgumentException(where + " has an absolute path");
        }
        for (String part : name.split("[/\\\\]")) {
            if (part.equals("..")) {
                throw new IllegalArgumentException(where + " climbs out of the submission with ..");
            }
        }
        Path destination = root.resolve(name).normalize();
        if (!destination.startsWith(root)) {
            throw new IllegalArgumentException(where + " would be written outside the submission's folder");
        }
        return destination;
    }

    private static String size(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
