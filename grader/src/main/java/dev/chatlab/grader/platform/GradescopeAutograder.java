package dev.chatlab.grader.platform;

import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import dev.chatlab.grader.starter.StarterKitExporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Gradescope autograder for one lab, as the zip Gradescope takes: {@code setup.sh} (a JDK 21 and Maven with
 * apt, then the kit built once so that gradings build offline), {@code run_autograder} (the student's files laid
 * over the kit, the lab graded into {@code /autograder/results}, a {@code results.json} always), the grader as
 * {@code grader.jar} (the instructor's, hidden checks included), and the kit as students get it ({@code kit/}, the
 * starter export: no solutions).
 */
public final class GradescopeAutograder {

    private static final String RESOURCES = "/dev/chatlab/grader/platform/";

    private GradescopeAutograder() {
    }

    /**
     * Writes the autograder of {@code lab} from {@code kit} to {@code zip}, replacing it.
     *
     * @throws IOException if the kit cannot be exported or the zip written
     */
    public static void write(Kit kit, Lab lab, Path zip) throws IOException {
        Objects.requireNonNull(lab, "lab");
        Path staging = Files.createTempDirectory("chatlab-gradescope-");
        try {
            StarterKitExporter.export(kit, staging.resolve("kit"));
            GraderJar.write(staging.resolve("grader.jar"));
            Files.writeString(staging.resolve("setup.sh"), resource("setup.sh"), StandardCharsets.UTF_8);
            Files.writeString(staging.resolve("run_autograder"),
                    resource("run_autograder").replace("@LAB@", Integer.toString(lab.number())), StandardCharsets.UTF_8);
            Path parent = zip.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            zip(staging, zip);
        } finally {
            delete(staging);
        }
    }

    private static void zip(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Path each : files) {
                out.putNextEntry(new ZipEntry(folder.relativize(each).toString().replace('\\', '/')));
                Files.copy(each, out);
                out.closeEntry();
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = GradescopeAutograder.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("The grader lacks its resource " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        }
    }
}
