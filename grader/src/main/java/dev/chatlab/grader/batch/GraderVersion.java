package dev.chatlab.grader.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which grader graded: its version and a SHA-256 of its code (the grader's jar, or its classes when it runs from
 * them), so that a changed check, even under the same version, grades a batch again.
 */
final class GraderVersion {

    private static final String VERSION = "1.0";

    private GraderVersion() {
    }

    /** "1.0+3f2a9c0b1d4e": the version and the first 12 hex digits of the code's hash. */
    static String current() {
        try {
            Path code = Path.of(GraderVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest digest = Submission.sha256();
            List<Path> files;
            if (Files.isDirectory(code)) {
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
            } else {
                files = List.of(code);
            }
            for (Path file : files) {
                digest.update(code.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update(Files.readAllBytes(file));
            }
            return VERSION + "+" + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the grader's own code: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot tell where the grader's code is", e);
        }
    }
}
