package dev.chatlab.demo;

import dev.chatlab.demo.cast.Stage;
import dev.chatlab.demo.cast.StepFailedException;
import dev.chatlab.demo.record.FfmpegTools;
import dev.chatlab.demo.record.ScreenRecorder;
import dev.chatlab.demo.record.VideoProbe;
import dev.chatlab.demo.scenario.Scenario;
import dev.chatlab.demo.scenario.Show;
import dev.chatlab.demo.screen.CaptionBar;
import dev.chatlab.demo.screen.ScreenLayout;
import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab01.cli.StandardStreams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Plays the chosen scenarios, in order, on one {@link Stage} in a temporary folder, under the caption bar;
 * with a {@link Recording}, between the start and the end of a screen recording. The first step that fails
 * ends the run: the caption turns red with the reason, the recording stops and is kept under a
 * {@code -failed} name, and the command fails with that reason.
 */
final class Player {

    /** Where and how to record: ffmpeg, the private display's name, the file asked for. */
    record Recording(Path ffmpeg, String display, Path file) {
    }

    private final List<Scenario> scenarios;
    private final double pace;
    private final Recording recording;

    Player(List<Scenario> scenarios, double pace, Recording recording) {
        this.scenarios = List.copyOf(scenarios);
        this.pace = pace;
        this.recording = recording;
    }

    /** Plays every scenario; 0 when all passed. */
    int play() throws IOException {
        Path home = Files.createTempDirectory("chatlab-demo");
        Files.createDirectories(home.resolve("prefs/.java/.userPrefs")); // where the JDK keeps them under userRoot
        System.setProperty("java.util.prefs.userRoot", home.resolve("prefs").toString()); // before any Preferences
        CaptionBar bar = CaptionBar.open();
        Show show = new Show(bar, pace, StandardStreams.stderr());
        ScreenRecorder recorder = null;
        if (recording != null) {
            try {
                Files.createDirectories(recording.file().toAbsolutePath().getParent());
                recorder = ScreenRecorder.start(recording.ffmpeg(), recording.display(), ScreenLayout.SCREEN, recording.file());
            } catch (IOException e) {
                bar.close();
                throw new CommandFailedException("cannot record: " + e.getMessage(), e);
            }
        }
        String current = "setting up";
        Stage stage = null;
        try {
            stage = Stage.open(home, recording != null ? recording.display() : System.getenv("DISPLAY"));
            bar.show("ChatLab demo", scenarios.size() + " scenario" + (scenarios.size() == 1 ? "" : "s") + ": "
                    + String.join(", ", scenarios.stream().map(Scenario::name).toList()));
            show.hold(2);
            for (int i = 0; i < scenarios.size(); i++) {
                current = scenarios.get(i).name();
                show.begin(i + 1, scenarios.size(), scenarios.get(i));
                show.hold(2.5);
                scenarios.get(i).play(stage, show);
            }
            bar.show("ChatLab demo", "The end: every scenario played, and every check passed.");
            show.hold(2);
        } catch (StepFailedException e) {
            show.failed(current + ": " + e.getMessage());
            holdOnFailure();
            Path kept = recorder == null ? null : recorder.discardAsFailed();
            throw new CommandFailedException("scenario " + current + " failed: " + e.getMessage()
                    + (kept == null ? "" : "; the recording up to the failure is kept as " + kept), e);
        } finally {
            if (stage != null) {
                stage.close(); // after the failure was shown and recorded, with every window still on screen
            }
            bar.close();
            deleteQuietly(home);
        }
        if (recorder != null) {
            Path file = recorder.keep();
            String figures = FfmpegTools.find("ffprobe").map(probe -> {
                try {
                    return " (" + VideoProbe.of(probe, file).describe() + ")";
                } catch (IOException e) {
                    return " (ffprobe: " + e.getMessage() + ")";
                }
            }).orElse("");
            StandardStreams.stdout().println("demo: recorded " + scenarios.size() + " scenario(s) to " + file + figures);
        } else {
            StandardStreams.stdout().println("demo: " + scenarios.size() + " scenario(s) played; every check passed");
        }
        return 0;
    }

    /** The failure stays on screen (and on the video) for a moment, whatever the pace. */
    private static void holdOnFailure() {
        try {
            Thread.sleep(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            StandardStreams.stderr().println("demo: could not delete " + folder + ": " + e.getMessage());
        }
    }
}
