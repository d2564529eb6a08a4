package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.run.Kit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grade --watch} on a copy of the kit, as a student uses it: edit the echo server, save, and read what
 * the change did. Each round builds lab01-echo with Maven (10 to 60 s on a busy machine), hence the long bounds.
 */
class WatchModeTest {

    private static final Duration ROUND = Duration.ofSeconds(240);
    private static final String ECHO = "out.write(buffer, 0, count);";
    private static final String BIG_CHECK = "echoes 1 MiB of random binary data while the client is still sending";

    @Test
    void a_watch_rebuilds_and_grades_again_at_each_change_failed_checks_first(@TempDir Path folder) throws Exception {
        Path kit = folder.resolve("kit");
        KitCopy.sources(Kit.ofThisGrader().root(), kit);
        Path source = kit.resolve("lab01-echo/src/main/java/dev/chatlab/lab01/echo/EchoServer.java");
        String original = Files.readString(source);
        assertThat(original).contains(ECHO);

        try (GraderProcess grader = GraderProcess.grade(kit, GraderProcess.SIGINT_BY_DEFAULT, line -> { },
                "--lab", "1", "--watch", "--check", "echoes", "--seed", "7", "--out", folder.resolve("report").toString())) {
            // Round 1: the copy has no jar yet, so the watch builds it first.
            int summary = grader.awaitStdout(0, line -> line.equals("all 5 checks pass (36/36)"), ROUND);
            int news = grader.awaitStderr(0, line -> line.startsWith("watching lab01-echo"), ROUND);

            // A change that does not compile: the end of the build's log, then the watch waits again.
            Files.writeString(source, original.replace(ECHO, ECHO.replace(";", "")));
            news = grader.awaitStderr(news, line -> line.equals("changed: "
                    + "src/main/java/dev/chatlab/lab01/echo/EchoServer.java; rebuilding lab01-echo ..."), ROUND);
            news = grader.awaitStderr(news, line -> line.startsWith("error: Building lab01-echo failed"), ROUND);
            grader.awaitStderr(news, line -> line.contains("';' expected"), Duration.ofSeconds(5));
            news = grader.awaitStderr(news, line -> line.startsWith("watching lab01-echo"), ROUND);

            // The server echoes only the first 64 KiB of a connection: one check breaks.
            Files.writeString(source, original.replace(ECHO, "if (echoed < 65536) " + ECHO));
            summary = grader.awaitStdout(summary + 1,
                    line -> line.equals("1 check newly failing: " + BIG_CHECK + " (28/36)"), ROUND);

            // Fixed: the check that failed runs first, then the others, and the summary says what changed.
            Files.writeString(source, original);
            int fixed = grader.awaitStdout(summary + 1,
                    line -> line.equals("1 check fixed, all 5 checks pass (36/36)"), ROUND);
            List<String> round = grader.stdout().subList(summary + 1, fixed).stream().map(GraderProcess.Line::text)
                    .filter(line -> line.matches(GraderProcess.CHECK_LINE)).toList();
            assertThat(round).as(grader.output()).hasSize(5).allMatch(line -> line.startsWith("  PASS "));
            assertThat(round.getFirst()).startsWith("  PASS " + BIG_CHECK);
            assertThat(round.get(1)).startsWith("  PASS echoes one line ");

            // Ctrl-C ends the watch.
            grader.awaitStderr(news + 1, line -> line.startsWith("watching lab01-echo"), ROUND);
            grader.signal("INT");
            assertThat(grader.awaitExit(Duration.ofSeconds(30))).as(grader.output()).isEqualTo(130);
        }
    }
}
