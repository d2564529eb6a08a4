package dev.chatlab.demo;

import dev.chatlab.demo.record.FfmpegTools;
import dev.chatlab.demo.record.PrivateRun;
import dev.chatlab.demo.scenario.Scenario;
import dev.chatlab.demo.scenario.Scenarios;
import dev.chatlab.lab01.cli.CommandFailedException;
import dev.chatlab.lab01.cli.ProcessContract;
import dev.chatlab.lab01.cli.StandardStreams;
import dev.chatlab.lab05.display.PrivateDisplay;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ./chatlab demo}: plays the kit's scenarios end to end on its own processes and windows, with
 * captions, checking each step as it plays; {@code --record FILE.mp4} plays them on a private Xvfb display
 * and records it with ffmpeg. Exit 0 when every scenario played and passed its checks; 1 with an
 * {@code error: ...} line naming the failed step (a recording is then kept as {@code FILE-failed.mp4}, never
 * under the name asked for); 2 for bad usage.
 */
@Command(name = "demo", description = "Plays the kit's scenarios end to end, with captions; --record makes a video of them.")
public final class Demo implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--list", description = "List the scenarios, one line each, and exit.")
    boolean list;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Play this scenario only (see --list).")
    String scenario;

    @Option(names = "--record", paramLabel = "FILE.mp4", description = "Play on a private Xvfb display and record it to FILE.mp4 (needs Xvfb and ffmpeg).")
    Path record;

    @Option(names = "--pace", paramLabel = "F", defaultValue = "1",
            description = "Scale the pauses that let a viewer read: 1 follows without sound, 0 plays without pauses (default: ${DEFAULT-VALUE}).")
    double pace;

    @Spec
    CommandSpec spec;

    /** Runs the command and exits with the process contract's exit code. */
    public static void main(String[] args) {
        System.exit(ProcessContract.run(new Demo(), args));
    }

    @Override
    public Integer call() throws IOException {
        if (list) {
            Scenarios.ALL.forEach(s -> StandardStreams.stdout().printf("%-10s %s%n", s.name(), s.summary()));
            return 0;
        }
        if (!(pace >= 0 && pace <= 10)) {
            throw new ParameterException(spec.commandLine(), "Pace out of range (0 to 10): " + pace);
        }
        List<Scenario> chosen = scenario == null ? Scenarios.ALL : List.of(Scenarios.named(scenario).orElseThrow(() ->
                new ParameterException(spec.commandLine(), "Unknown scenario: " + scenario + " (one of: " + Scenarios.names() + ")")));
        if (record == null) {
            if (GraphicsEnvironment.isHeadless()) {
                throw new CommandFailedException("no display: the demo opens windows (DISPLAY is unset); run it on a desktop,"
                        + " or record it on a private Xvfb display with --record demo.mp4");
            }
            return new Player(chosen, pace, null).play();
        }
        if (!record.getFileName().toString().endsWith(".mp4")) {
            throw new ParameterException(spec.commandLine(), "--record needs a file name ending in .mp4: " + record);
        }
        Path ffmpeg = FfmpegTools.find("ffmpeg").orElseThrow(() -> new CommandFailedException("--record needs ffmpeg,"
                + " and there is none on PATH (Debian or Ubuntu: sudo apt-get install ffmpeg)"));
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            // A recording never shows the user's own screen: the same command again, on a display of its own.
            return PrivateRun.withoutDisplay(spec.commandLine().getParseResult().originalArgs());
        }
        PrivateDisplay own;
        try {
            own = PrivateDisplay.ensure().orElseThrow(() -> new IOException("DISPLAY was set after all"));
        } catch (IOException e) {
            throw new CommandFailedException("--record needs a private X display: " + e.getMessage(), e);
        }
        return new Player(chosen, pace, new Player.Recording(ffmpeg, own.display(), record.toAbsolutePath())).play();
    }
}
