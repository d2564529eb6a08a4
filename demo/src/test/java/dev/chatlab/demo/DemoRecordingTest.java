package dev.chatlab.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.chatlab.demo.cast.BrowserUser;
import dev.chatlab.demo.record.FfmpegTools;
import dev.chatlab.demo.record.VideoProbe;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --record} end to end: the {@code refused} scenario played on a private Xvfb display and recorded by
 * ffmpeg, then the file checked with ffprobe and one frame of it looked at; and the {@code group} scenario with
 * its browser page (skipped, with the reason, without Chromium and chromedriver). Skipped, with the reason, where
 * Xvfb, ffmpeg or ffprobe are missing, or where the JDK is older than 22 (a JVM can point its own AWT at a
 * private display only from Java 22 on).
 */
class DemoRecordingTest {

    @TempDir
    Path work;

    @Test
    void records_the_refused_scenario_to_a_video_of_the_screen_that_is_not_blank() throws Exception {
        assumeRecordingPossible();
        Path ffmpeg = FfmpegTools.find("ffmpeg").orElseThrow();
        Path ffprobe = FfmpegTools.find("ffprobe").orElseThrow();

        DemoProcess run = DemoProcess.run(work, noDisplay(), Duration.ofSeconds(120),
                "--scenario", "refused", "--record", "refused.mp4", "--pace", "0.2");

        assertThat(run.exit()).as("exit status; stderr:\n%s", run.stderr()).isZero();
        Path video = work.resolve("refused.mp4");
        assertThat(run.stdout()).contains("demo: recorded 1 scenario(s) to " + video.toAbsolutePath());
        assertThat(run.stderr()).contains("verified: the server refused the login: AUTH_FAILED")
                .contains("verified: the client refused the impostor");
        assertThat(work.resolve("refused.mp4.part")).doesNotExist();
        VideoProbe probe = VideoProbe.of(ffprobe, video);
        assertThat(probe.seconds()).isBetween(2.0, 90.0);
        assertThat(probe.width()).isEqualTo(1280);
        assertThat(probe.height()).isEqualTo(720);
        Path frame = work.resolve("frame.png");
        VideoProbe.frame(ffmpeg, video, probe.seconds() / 2, frame);
        assertThat(varianceOfLuminance(ImageIO.read(frame.toFile())))
                .as("the middle frame's luminance variance (0: one flat colour)").isGreaterThan(200.0);
    }

    @Test
    void the_group_scenario_brings_a_browser_page_into_the_room_and_checks_it_like_every_other_client() throws Exception {
        assumeRecordingPossible();
        assumeTrue(BrowserUser.unavailable().isEmpty(), () -> BrowserUser.unavailable().orElseThrow());

        DemoProcess run = DemoProcess.run(work, noDisplay(), Duration.ofSeconds(120),
                "--scenario", "group", "--record", "group.mp4", "--pace", "0");

        assertThat(run.exit()).as("exit status; stderr:\n%s", run.stderr()).isZero();
        assertThat(run.stderr()).contains("demo:   erin says something from the browser page")
                .contains("verified: every message reached all four clients, the browser page too, each exactly once")
                .doesNotContain("no browser page");
        assertThat(work.resolve("group.mp4")).isNotEmptyFile();
    }

    private static void assumeRecordingPossible() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/Xvfb")) || Files.isExecutable(Path.of("/usr/local/bin/Xvfb")),
                "Xvfb is not installed (apt-get install xvfb)");
        assumeTrue(FfmpegTools.find("ffmpeg").isPresent() && FfmpegTools.find("ffprobe").isPresent(),
                "ffmpeg or ffprobe is not on PATH (apt-get install ffmpeg)");
        assumeTrue(Runtime.version().feature() >= 22, "Java " + Runtime.version().feature()
                + " cannot point its own AWT at a private display (Java 22 or newer can)");
    }

    private static Map<String, String> noDisplay() {
        Map<String, String> environment = new HashMap<>();
        environment.put("DISPLAY", null);
        return environment;
    }

    /** The variance of the pixels' luminance (0-255): near 0 for a blank or single-colour frame. */
    private static double varianceOfLuminance(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        int count = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                double luminance = 0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff);
                sum += luminance;
                squares += luminance * luminance;
                count++;
            }
        }
        double mean = sum / count;
        return squares / count - mean * mean;
    }
}
