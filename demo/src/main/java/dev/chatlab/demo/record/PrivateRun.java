package dev.chatlab.demo.record;

import dev.chatlab.lab01.cli.CommandFailedException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the demo again in a JVM of its own without {@code DISPLAY}, so that it records a private Xvfb display
 * instead of the user's screen: a JVM's AWT picks its display once, from the environment it started with.
 * The child shares this process's standard streams; its exit status is this command's.
 */
public final class PrivateRun {

    private static final long LIMIT_MINUTES = 30;

    private PrivateRun() {
    }

    /** Runs {@code dev.chatlab.demo.Demo args} with this JVM's class path and no DISPLAY; waits for it. */
    public static int withoutDisplay(List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.chatlab.demo.Demo"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        try {
            Process child = builder.start();
            try {
                if (!child.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
                    child.destroy();
                    throw new CommandFailedException("the recording did not end within " + LIMIT_MINUTES + " minutes");
                }
                return child.exitValue();
            } catch (InterruptedException e) {
                child.destroy();
                Thread.currentThread().interrupt();
                throw new CommandFailedException("interrupted while the recording ran", e);
            }
        } catch (IOException e) {
            throw new CommandFailedException("cannot start the recording JVM: " + e.getMessage(), e);
        }
    }
}
