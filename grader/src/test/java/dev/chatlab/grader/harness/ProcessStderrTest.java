package dev.chatlab.grader.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process's stderr is read to its end, and kept bounded, before a check's evidence is taken. */
class ProcessStderrTest {

    @Test
    void a_still_running_process_is_killed_then_its_whole_stderr_is_read(@TempDir Path home) {
        ClientProcess client = new ClientProcess(List.of("sh", "-c",
                "echo 'error: connection lost: TODO(lab01): send each line' >&2; printf 'no line end' >&2;"
                        + " echo ready; exec sleep 60"), home, new Transcript());
        try (client) {
            client.expectLine("ready", Duration.ofSeconds(10));

            StderrLines stderr = client.drainStderr();

            assertThat(client.isAlive()).isFalse();
            assertThat(stderr.kept()).containsExactly("error: connection lost: TODO(lab01): send each line",
                    "no line end");
            assertThat(stderr.unfinishedTasks()).containsExactly("TODO(lab01): send each line");
        }
    }

    @Test
    void a_long_stderr_keeps_its_first_and_last_lines_each_cut_to_a_bounded_length(@TempDir Path home) {
        ClientProcess client = new ClientProcess(List.of("sh", "-c",
                "i=1; while [ $i -le 1000 ]; do echo \"line $i\" >&2; i=$((i+1)); done;"
                        + " head -c 5000 /dev/zero | tr '\\0' x >&2; echo >&2; exit 3"), home, new Transcript());
        try (client) {
            assertThat(client.awaitExit(Duration.ofSeconds(10))).isEqualTo(3);

            StderrLines stderr = client.drainStderr();

            assertThat(stderr.total()).isEqualTo(1001);
            assertThat(stderr.head()).hasSize(100).startsWith("line 1").endsWith("line 100");
            assertThat(stderr.tail()).hasSize(200).startsWith("line 802");
            assertThat(stderr.tail().getLast()).hasSize(2000 + "... (line cut)".length()).endsWith("x... (line cut)");
        }
    }
}
