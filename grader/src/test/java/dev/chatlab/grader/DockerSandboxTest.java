package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.batch.BatchGrader;
import dev.chatlab.grader.report.LiveConsole;
import dev.chatlab.grader.run.Kit;
import dev.chatlab.grader.run.Lab;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Testcontainers;

/** {@code --sandbox docker}: a submission built and graded in a locked-down container (needs a Docker engine). */
@Testcontainers(disabledWithoutDocker = true)
class DockerSandboxTest {

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void the_reference_graded_in_a_container_gets_every_point(@TempDir Path dir) throws Exception {
        Kit kit = Kit.ofThisGrader();
        Path submission = dir.resolve("submissions").resolve("ana");
        KitCopy.sources(kit.root(), submission);
        BatchGrader.Settings settings = new BatchGrader.Settings(dir.resolve("submissions"), dir.resolve("reports"),
                List.of(Lab.LAB01), List.of("--lab", "1", "--seed", "7", "--sandbox", "process"),
                "labs [1]", 1, Duration.ofMinutes(12), false);

        BatchGrader.Result result = BatchGrader.inContainers(settings, kit, "maven:3.9-eclipse-temurin-21")
                .run(new LiveConsole(new PrintWriter(System.out, true), false),
                        () -> false);

        assertThat(result.allGraded()).isTrue();
        assertThat(dir.resolve("reports/grades.csv")).content().contains("ana,100,graded,100,100,graded,");
    }
}
