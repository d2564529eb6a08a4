package dev.chatlab.grader.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One submission of a batch: a folder, or a zip, in the batch's folder, named after it ({@code ana/} and
 * {@code bob.zip} are "ana" and "bob"). It is never built where it is: {@link #copyTo} makes the copy that one
 * grading builds and runs, so that no two gradings share build output and the instructor's folder stays as handed
 * in.
 */
record Submission(String name, Path source) {

    /** What a copy leaves out: build output, version control, reports. */
    private static final Set<String> SKIPPED = Set.of("target", ".git", "chatlab-report");

    Submission {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The submissions in {@code folder}: every folder and every {@code .zip} file, by name; hidden entries, other
     * files and {@code reports} (the batch's own report folder, if it is in there) are left out.
     *
     * @throws IllegalArgumentException if two have the same name ({@code ana/} and {@code ana.zip})
     */
    static List<Submission> in(Path folder, Path reports) throws IOException {
        Path excluded = reports.toAbsolutePath().normalize();
        List<Submission> found;
        try (Stream<Path> children = Files.list(folder)) {
            found = children.filter(child -> !child.getFileName().toString().startsWith("."))
                    .filter(child -> !child.toAbsolutePath().normalize().equals(excluded))
                    .filter(child -> Files.isDirectory(child) || isZip(child))
                    .map(child -> new Submission(nameOf(child), child))
                    .sorted(Comparator.comparing(Submission::name)).toList();
        }
        for (int i = 1; i < found.size(); i++) {
            if (found.get(i).name().equals(found.get(i - 1).name())) {
                throw new IllegalArgumentException("Two submissions are named " + found.get(i).name() + ": "
                        + found.get(i - 1).source() + " and " + found.get(i).source());
            }
        }
        return found;
    }

    boolean isZip() {
        return isZip(source);
    }

    /**
     * A SHA-256 of what was handed in: the zip's bytes, or each file's relative path and bytes in path order
     * (build output and version control left out), so that a rebuild changes nothing and an edit changes it.
     */
    String contentHash() throws IOException {
        MessageDigest digest = sha256();
        if (isZip()) {
            digestFile(digest, source);
        } else {
            for (Path file : files(source)) {
                digest.update(source.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digestFile(digest, file);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Copies (or unpacks) the submission into {@code work} and returns the kit's root in it: {@code work} itself,
     * or its only folder when that one holds the kit (a zip of the folder {@code chatlab/}).
     */
    Path copyTo(Path work, ZipUnpacker unpacker) throws IOException {
        if (isZip()) {
            unpacker.unpack(source, work);
        } else {
            for (Path file : files(source)) {
                Path copy = work.resolve(source.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
                if (Files.isExecutable(file)) {
                    copy.toFile().setExecutable(true, false);
                }
            }
        }
        return kitRoot(work);
    }

    /** {@code folder}, or its only child folder if {@code folder} has no pom.xml and that child has one. */
    static Path kitRoot(Path folder) throws IOException {
        if (Files.isRegularFile(folder.resolve("pom.xml"))) {
            return folder;
        }
        try (Stream<Path> children = Files.list(folder)) {
            List<Path> all = children.filter(child -> !child.getFileName().toString().startsWith(".")
                    && !child.getFileName().toString().equals("__MACOSX")).toList();
            if (all.size() == 1 && Files.isRegularFile(all.getFirst().resolve("pom.xml"))) {
                return all.getFirst();
            }
        }
        return folder;
    }

    /** The regular files under {@code root} that a copy takes, in path order; symbolic links are not followed. */
    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> root.relativize(file).getNameCount() > 0)
                    .filter(file -> {
                        for (Path part : root.relativize(file)) {
                            if (SKIPPED.contains(part.toString())) {
                                return false;
                            }
                        }
                        return !Files.isSymbolicLink(file);
                    })
                    .sorted().toList();
        }
    }

    private static void digestFile(MessageDigest digest, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read; (read = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, read);
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private static boolean isZip(Path path) {
        return Files.isRegularFile(path) && path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    private static String nameOf(Path child) {
        String name = child.getFileName().toString();
        return isZip(child) ? name.substring(0, name.length() - ".zip".length()) : name;
    }
}
