package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.harness.TempFolder;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.starter.StarterKitExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The starter kit exported from this kit and built, once for every test of the JVM that needs it (an export and a
 * build take a minute); deleted when the JVM exits.
 */
final class StarterKitFixture {

    private static Path built;

    private StarterKitFixture() {
    }

    /** The starter kit's root, its jars built. */
    static synchronized Path built() throws IOException, InterruptedException {
        if (built == null) {
            TempFolder folder = TempFolder.create("chatlab-starter-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    folder.close();
                } catch (IOException e) {
                    // The system's temp cleaner gets what is left.
                }
            }));
            Path starter = folder.path().resolve("starter");
            StarterKitExporter.export(Kit.ofThisGrader(), starter);
            Process build = new ProcessBuilder(List.of("mvn", "-o", "-q", "-B", "-DskipTests", "package"))
                    .directory(starter.toFile()).redirectErrorStream(true)
                    .redirectOutput(folder.path().resolve("build.log").toFile()).start();
            assertThat(build.waitFor(5, TimeUnit.MINUTES)).as("the starter kit's build finished in time").isTrue();
            assertThat(build.exitValue()).as(Files.readString(folder.path().resolve("build.log"))).isZero();
            built = starter;
        }
        return built;
    }
}
