package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.run.Kit;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A grading interrupted by SIGTERM or Ctrl-C's SIGINT: the grader kills every process it started, whole trees,
 * says on stderr which check it was in, and exits as the signal says.
 */
class InterruptTest {

    /**
     * A server command as a student might write one: a shell that starts a shell that starts a process, and
     * never prints {@code LISTENING}, so the check waits for it (20 s) while the tree runs.
     */
    private static final String SERVER_TREE = "sh -c 'sh -c \"sleep 600\" & sleep 600'";
    private static final String CHECK = "announces its port as its only stdout line";
    private static final Duration BOUND = Duration.ofSeconds(60);

    @Test
    void sigterm_kills_every_process_of_the_grading_and_names_the_check(@TempDir Path reports) throws Exception {
        assertStopsEverything("TERM", List.of(), 143, reports);
    }

    @Test
    void sigint_kills_every_process_of_the_grading_and_names_the_check(@TempDir Path reports) throws Exception {
        assertStopsEverything("INT", GraderProcess.SIGINT_BY_DEFAULT, 130, reports);
    }

    private static void assertStopsEverything(String signal, List<String> prefix, int status, Path reports)
            throws Exception {
        try (GraderProcess grader = GraderProcess.grade(Kit.ofThisGrader().root(), prefix, line -> { },
                "--lab", "1", "--check", "announces its port", "--out", reports.resolve("report").toString(),
                "--server-cmd", SERVER_TREE)) {
            // The server's tree is up: the shells and both sleeps, under the grader.
            assertThat(GraderProcess.within(BOUND, () -> grader.descendants().stream()
                    .filter(process -> process.info().command().orElse("").endsWith("sleep")).count() == 2))
                    .as(grader.output()).isTrue();
            List<ProcessHandle> started = grader.descendants();

            grader.signal(signal);

            assertThat(grader.awaitExit(BOUND)).as(grader.output()).isEqualTo(status);
            assertThat(started).hasSizeGreaterThanOrEqualTo(4);
            assertThat(GraderProcess.within(Duration.ofSeconds(5),
                    () -> started.stream().noneMatch(ProcessHandle::isAlive)))
                    .as("still alive: %s", started.stream().filter(ProcessHandle::isAlive).toList()).isTrue();
            grader.awaitStderr(0, line -> line.startsWith("grader: interrupted during lab01 echo, check \""
                    + CHECK + "\" (") && line.matches(".*; stopped server \\(pid [0-9]+, and [0-9]+ processes it started\\)"),
                    Duration.ofSeconds(5));
            assertThat(grader.output()).doesNotContain("total ");
            assertThat(reports.resolve("report")).doesNotExist();
        }
    }
}
