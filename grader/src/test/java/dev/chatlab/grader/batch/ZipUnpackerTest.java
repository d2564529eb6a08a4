package dev.chatlab.grader.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zipped submission is unpacked into its folder and nowhere else, and never without bound. */
class ZipUnpackerTest {

    @TempDir
    Path dir;

    @Test
    void unpacks_files_and_folders_under_the_target() throws IOException {
        Path zip = zip(Map.of("chatlab/pom.xml", "<project/>", "chatlab/lab01-echo/src/A.java", "class A {}"));

        ZipUnpacker.DEFAULT.unpack(zip, dir.resolve("out"));

        assertThat(dir.resolve("out/chatlab/lab01-echo/src/A.java")).hasContent("class A {}");
        assertThat(Submission.kitRoot(dir.resolve("out"))).isEqualTo(dir.resolve("out/chatlab"));
    }

    @Test
    void refuses_an_entry_that_climbs_out_with_dot_dot_and_names_it() throws IOException {
        Path zip = zip(Map.of("chatlab/../../evil.sh", "rm -rf ~"));

        assertThatThrownBy(() -> ZipUnpacker.DEFAULT.unpack(zip, dir.resolve("out")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("s.zip: entry chatlab/../../evil.sh climbs out of the submission with ..");
        assertThat(dir.resolve("evil.sh")).doesNotExist();
    }

    @Test
    void refuses_an_absolute_entry() throws IOException {
        Path zip = zip(Map.of("/etc/cron.d/evil", "* * * * * root true"));

        assertThatThrownBy(() -> ZipUnpacker.DEFAULT.unpack(zip, dir.resolve("out")))
                .hasMessage("s.zip: entry /etc/cron.d/evil has an absolute path");
    }

    @Test
    void refuses_a_symbolic_link() throws IOException {
        Path zip = dir.resolve("s.zip");
        Files.createDirectories(dir.resolve("made"));
        Files.createSymbolicLink(dir.resolve("made/home"), Path.of("/root"));
        Process zipper = new ProcessBuilder("zip", "-q", "--symlinks", zip.toString(), "home")
                .directory(dir.resolve("made").toFile()).inheritIO().start();
        Assumptions.assumeTrue(waitFor(zipper) == 0, "the zip tool makes links");

        assertThatThrownBy(() -> ZipUnpacker.DEFAULT.unpack(zip, dir.resolve("out")))
                .hasMessage("s.zip: entry home is a symbolic link; a submission holds files only");
    }

    @Test
    void refuses_more_entries_or_bytes_than_its_bounds() throws IOException {
        Path zip = zip(Map.of("a", "x".repeat(600), "b", "y", "c", "z"));

        assertThatThrownBy(() -> new ZipUnpacker(2, 1 << 20).unpack(zip, dir.resolve("one")))
                .hasMessageStartingWith("s.zip has more than 2 entries (refused at ");
        assertThatThrownBy(() -> new ZipUnpacker(10, 512).unpack(zip, dir.resolve("two")))
                .hasMessage("s.zip unpacks to more than 512 bytes (refused at a)");
    }

    private Path zip(Map<String, String> entries) throws IOException {
        Path zip = dir.resolve("s.zip");
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream out = new ZipOutputStream(file)) {
            for (Map.Entry<String, String> entry : new TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return zip;
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
