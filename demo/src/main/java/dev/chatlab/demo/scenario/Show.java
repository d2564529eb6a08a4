package dev.chatlab.demo.scenario;

import dev.chatlab.demo.cast.Await;
import dev.chatlab.demo.cast.StepFailedException;
import dev.chatlab.demo.screen.CaptionBar;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;

/**
 * The presentation of a run: the caption bar, the pace, and the progress lines on stderr. Holds are for the
 * viewer only (a few seconds to read what just happened, scaled by {@code pace}); every step waits for a real
 * event first, and only then holds.
 */
public final class Show {

    private final CaptionBar bar;
    private final double pace;
    private final PrintStream progress;
    private String heading = "";

    /**
     * @param pace how long the holds are: 1 is a pace a person can follow without sound, 0 no holds at all
     */
    public Show(CaptionBar bar, double pace, PrintStream progress) {
        this.bar = Objects.requireNonNull(bar, "bar");
        if (!(pace >= 0 && pace <= 10)) {
            throw new IllegalArgumentException("Pace out of range (0 to 10): " + pace);
        }
        this.pace = pace;
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    /** Announces scenario {@code number} of {@code total}. */
    public void begin(int number, int total, Scenario scenario) {
        heading = number + "/" + total + "   " + scenario.name() + ": " + scenario.title();
        bar.show(heading, scenario.summary());
        progress.println("demo: " + heading);
    }

    /** Changes the caption's lower line to {@code line}, then holds {@code seconds} so it can be read. */
    public void caption(String line, double seconds) throws StepFailedException {
        bar.say(line);
        progress.println("demo:   " + line);
        hold(seconds);
    }

    /** Shows a check that passed, with a tick, and holds so that it can be read. */
    public void verified(String what) throws StepFailedException {
        bar.say("\u2714 " + what);
        progress.println("demo:   verified: " + what);
        hold(2.5);
    }

    /**
     * Stops the scenario with {@code reason} unless {@code ok}.
     *
     * @throws StepFailedException with {@code reason} if the check fails
     */
    public void check(boolean ok, String reason) throws StepFailedException {
        if (!ok) {
            throw new StepFailedException(reason);
        }
    }

    /** A pause of {@code seconds} x the pace, for the viewer. */
    public void hold(double seconds) throws StepFailedException {
        if (pace > 0) {
            Await.pause(Duration.ofMillis(Math.round(seconds * pace * 1000)));
        }
    }

    /** The pause between two typed characters. */
    public Runnable keystroke() {
        return () -> {
            try {
                hold(0.06);
            } catch (StepFailedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** Shows the failure in the caption bar (what a recording ends with). */
    public void failed(String reason) {
        bar.failed(reason);
    }

    public String heading() {
        return heading;
    }
}
