package dev.chatlab.grader;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.grader.run.Kit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grade} through a pipe: each check's line comes as the check ends, in plain text, before the scorecard. */
class LiveOutputTest {

    private static final Duration RUN = Duration.ofSeconds(120);
    private static final String[] ECHO_CHECKS = {"echoes one line", "echoes many lines sent in one write",
        "echoes a line sent one byte at a time", "echoes bytes before the line ends",
        "echoes 1 MiB of random binary data while the client is still sending"};

    @Test
    void each_checks_line_arrives_before_the_next_check_starts_its_server(@TempDir Path folder) throws Exception {
        AtomicInteger checkLines = new AtomicInteger();
        String gatedServer = Kit.javaExecutable() + " -cp " + System.getProperty("java.class.path") + " "
                + GatedEchoServer.class.getName() + " " + folder + " server";
        try (GraderProcess grader = GraderProcess.grade(Kit.ofThisGrader().root(), List.of(), line -> {
            if (line.matches(GraderProcess.CHECK_LINE)) {
                seen(folder, checkLines);
            }
        }, "--lab", "1", "--check", "echoes", "--seed", "7", "--out", folder.resolve("report").toString(),
                "--server-cmd", gatedServer)) {

            assertThat(grader.awaitExit(RUN)).as(grader.output()).isZero();

            // The n-th server started once the line of the check before it had come through the pipe.
            assertThat(Files.readAllLines(folder.resolve("starts"))).as(grader.output())
                    .containsExactly("0", "1", "2", "3", "4");
            List<String> stdout = grader.stdout().stream().map(GraderProcess.Line::text).toList();
            int blank = stdout.indexOf("");
            assertThat(stdout.subList(0, blank)).as(grader.output()).hasSize(ECHO_CHECKS.length)
                    .allSatisfy(line -> assertThat(line).matches(GraderProcess.CHECK_LINE).startsWith("  PASS "));
            for (int i = 0; i < ECHO_CHECKS.length; i++) {
                assertThat(stdout.get(i)).startsWith("  PASS " + ECHO_CHECKS[i] + " ");
            }
            // Then the scorecard as ever, and not a control code anywhere: stdout is a pipe.
            assertThat(stdout.get(blank + 1)).startsWith("lab01 echo");
            assertThat(String.join("\n", stdout)).contains("total 36/36 (partial run)")
                    .doesNotContain("\u001b").doesNotContain("\r");
        }
    }

    /** Counts one more check line and tells the gated servers, atomically: a server never reads half a file. */
    private static void seen(Path folder, AtomicInteger checkLines) {
        try {
            Path next = folder.resolve("seen.next");
            Files.writeString(next, Integer.toString(checkLines.incrementAndGet()));
            Files.move(next, folder.resolve("seen"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
