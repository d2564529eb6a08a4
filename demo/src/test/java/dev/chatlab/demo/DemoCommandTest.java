package dev.chatlab.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.chatlab.demo.scenario.Scenarios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command's answers that need no display: the list, bad usage, a recording without ffmpeg. */
class DemoCommandTest {

    private static final Duration QUICK = Duration.ofSeconds(30);

    @TempDir
    Path work;

    @Test
    void list_prints_one_line_per_scenario_in_playing_order() throws Exception {
        DemoProcess run = DemoProcess.run(work, Map.of(), QUICK, "--list");

        assertThat(run.exit()).isZero();
        assertThat(run.stdout().lines().toList()).hasSize(6)
                .extracting(line -> line.split(" ")[0])
                .containsExactly("group", "whisper", "refused", "eavesdrop", "reconnect", "slow");
        assertThat(Scenarios.ALL).allSatisfy(s -> assertThat(run.stdout()).contains(s.summary()));
    }

    @Test
    void an_unknown_scenario_is_bad_usage_that_names_the_known_ones() throws Exception {
        DemoProcess run = DemoProcess.run(work, Map.of(), QUICK, "--scenario", "dance");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("Unknown scenario: dance (one of: group, whisper, refused, eavesdrop, reconnect, slow)");
    }

    @Test
    void a_recording_that_is_not_mp4_is_bad_usage() throws Exception {
        DemoProcess run = DemoProcess.run(work, Map.of(), QUICK, "--record", "demo.avi");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("--record needs a file name ending in .mp4: demo.avi");
    }

    @Test
    void recording_without_ffmpeg_says_so_and_plays_nothing() throws Exception {
        DemoProcess run = DemoProcess.run(work, Map.of("PATH", work.resolve("empty").toString()), QUICK,
                "--record", "demo.mp4", "--scenario", "whisper");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.stderr()).startsWith("error: --record needs ffmpeg").doesNotContain("demo: 1/1");
        assertThat(work.resolve("demo.mp4")).doesNotExist();
        assertThat(Files.list(work)).noneMatch(file -> file.getFileName().toString().contains("demo.mp4"));
    }
}
