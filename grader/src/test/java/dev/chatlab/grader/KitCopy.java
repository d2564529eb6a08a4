package dev.chatlab.grader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the kit for the grader's tests: a submission as a student hands it in, a kit to edit under a watch. */
final class KitCopy {

    private KitCopy() {
    }

    /** Copies the kit's sources, as a student would hand them in: without build output, Git or reports. */
    static void sources(Path kit, Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(kit)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = kit.relativize(file);
                String first = relative.getName(0).toString();
                if (relative.toString().contains("target") || first.startsWith(".git") || first.equals("chatlab-report")) {
                    continue;
                }
                Files.createDirectories(copy.resolve(relative).getParent());
                Files.copy(file, copy.resolve(relative));
            }
        }
    }
}
