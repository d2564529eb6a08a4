package dev.chatlab.grader.starter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.chatlab.grader.run.Kit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The exported starter kit is what a student should get: stubs that compile, and nothing of the answers. */
class StarterKitExporterTest {

    private static final Kit KIT = Kit.ofThisGrader();

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void the_starter_kit_has_no_solutions_and_still_compiles(@TempDir Path starter) throws Exception {
        StarterKitExporter.Export export = StarterKitExporter.export(KIT, starter);

        assertThat(export.tasks()).contains(
                "lab01-echo/src/main/java/dev/chatlab/lab01/echo/EchoServer.java: echo every byte until the client half-closes");
        assertThat(starter.resolve("lab01-echo/src/main/java/dev/chatlab/lab01/echo/EchoServer.java")).content()
                .contains("throw new UnsupportedOperationException(\"TODO(lab01): echo every byte until the client half-closes\");")
                .doesNotContain("out.write(buffer, 0, count);");
        assertThat(starter.resolve("grader/src/test")).doesNotExist();
        assertThat(starter.resolve("lab01-echo/target")).doesNotExist();
        assertThat(starter.resolve("chatlab")).isExecutable();

        Process build = new ProcessBuilder(List.of("mvn", "-o", "-q", "-B", "-DskipTests", "package"))
                .directory(starter.toFile()).redirectErrorStream(true)
                .redirectOutput(starter.resolve("build.log").toFile()).start();
        assertThat(build.waitFor(4, TimeUnit.MINUTES)).as("the build finished in time").isTrue();
        assertThat(build.exitValue()).as(Files.readString(starter.resolve("build.log"))).isZero();
    }

    @Test
    void refuses_a_destination_that_is_not_empty(@TempDir Path destination) throws Exception {
        Files.writeString(destination.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> StarterKitExporter.export(KIT, destination))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The destination is not empty: " + destination);
        assertThat(destination.resolve("keep.txt")).hasContent("mine");
    }
}
