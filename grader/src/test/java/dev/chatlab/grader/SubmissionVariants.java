package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.run.Kit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Submissions as students hand them in, good and bad, made from the kit's own lab01 by editing its sources. */
final class SubmissionVariants {

    static final String ECHO_SERVER = "lab01-echo/src/main/java/dev/chatlab/lab01/echo/EchoServer.java";
    static final String CONTRACT = "lab01-echo/src/main/java/dev/chatlab/lab01/cli/ProcessContract.java";

    private SubmissionVariants() {
    }

    /** The reference lab01, as handed in. */
    static Path reference(Path folder) throws IOException {
        KitCopy.sources(Kit.ofThisGrader().root(), folder);
        return folder;
    }

    /** A lab01 that does not compile. */
    static Path buildError(Path folder) throws IOException {
        reference(folder);
        Files.writeString(folder.resolve(ECHO_SERVER), "this is not Java\n", StandardOpenOption.APPEND);
        return folder;
    }

    /** A lab01 server that never says it listens: every check waits for it. */
    static Path hangingServer(Path folder) throws IOException {
        reference(folder);
        replace(folder.resolve(CONTRACT), "out.println(\"LISTENING \" + port);",
                "for (long spin = 0; spin >= 0; spin = 0) { java.util.concurrent.locks.LockSupport.park(); }\n"
                        + "        out.println(\"LISTENING \" + port);");
        return folder;
    }

    /** A lab01 server that drops the last byte of every read. */
    static Path dropsBytes(Path folder) throws IOException {
        reference(folder);
        replace(folder.resolve(ECHO_SERVER), "out.write(buffer, 0, count);", "out.write(buffer, 0, Math.max(0, count - 1));");
        return folder;
    }

    /** The reference lab01 zipped with its top folder {@code chatlab/}, as an archive manager makes it. */
    static Path zipped(Path zip, Path scratch) throws IOException {
        Path kit = reference(scratch.resolve("chatlab"));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(kit)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Path each : files) {
                out.putNextEntry(new ZipEntry("chatlab/" + kit.relativize(each).toString().replace('\\', '/')));
                Files.copy(each, out);
                out.closeEntry();
            }
        }
        return zip;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as(file + " has the line to edit").contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }
}
