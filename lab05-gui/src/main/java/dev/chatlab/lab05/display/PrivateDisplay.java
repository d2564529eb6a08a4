package dev.chatlab.lab05.display;

import java.awt.GraphicsEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An X display for a Swing window where there is none: a private {@code Xvfb} (a virtual frame buffer) on a
 * display number that the X server picks itself ({@code -displayfd}, so two runs never race for a number),
 * which this JVM then uses. The tests use it, and so do the {@code screenshots} and {@code bench} commands.
 *
 * <p>{@link #ensure()} is the one entry point: with {@code DISPLAY} set it does nothing; without it, it starts
 * {@code Xvfb} and points this JVM's AWT at it (see {@link NativeEnvironment}), before AWT is first used.
 * The server stops by itself when this JVM, its only client, disconnects ({@code -terminate}), however the
 * JVM ends; killing it from a shutdown hook instead would make Xlib exit the JVM with status 1 while AWT is
 * still connected. {@link #close()} stops it at once.
 */
public final class PrivateDisplay implements AutoCloseable {

    /** Where the X server is looked for, in order. */
    static final List<Path> XVFB = List.of(Path.of("/usr/bin/Xvfb"), Path.of("/usr/local/bin/Xvfb"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final String SCREEN = "1600x1200x24";
    private static PrivateDisplay started; // one per JVM: AWT connects once

    private final Process xvfb;
    private final String display;

    private PrivateDisplay(Process xvfb, String display) {
        this.xvfb = xvfb;
        this.display = display;
    }

    /**
     * Makes sure this JVM can open windows: returns empty when {@code DISPLAY} is set already, else the
     * private display it started (once per JVM; later calls return the same one).
     *
     * @throws IOException if {@code DISPLAY} is unset and Xvfb is missing, does not start within 10 s, or this
     *                     JVM cannot be pointed at it; the message says which
     */
    public static synchronized Optional<PrivateDisplay> ensure() throws IOException {
        String current = System.getenv("DISPLAY");
        if (current != null && !current.isBlank()) {
            return Optional.empty();
        }
        if (started == null) {
            PrivateDisplay display = start();
            NativeEnvironment.set("DISPLAY", display.display());
            System.setProperty("java.awt.headless", "false"); // AWT decided "headless" from the missing DISPLAY
            if (GraphicsEnvironment.isHeadless()) {
                display.close();
                throw new IOException("AWT was started headless before the private display " + display.display()
                        + " existed; call PrivateDisplay.ensure() before any AWT class is used");
            }
            started = display;
        }
        return Optional.of(started);
    }

    /** Why there is no display at all, or empty if a window can be opened (DISPLAY set, or Xvfb installed). */
    public static Optional<String> unavailable() {
        String current = System.getenv("DISPLAY");
        if ((current != null && !current.isBlank()) || xvfb().isPresent()) {
            return Optional.empty();
        }
        return Optional.of("DISPLAY is unset and Xvfb is not installed (looked for " + XVFB + ")");
    }

    private static Optional<Path> xvfb() {
        return XVFB.stream().filter(Files::isExecutable).findFirst();
    }

    /** Starts Xvfb and waits until it has written its display number, which means it accepts clients. */
    static PrivateDisplay start() throws IOException {
        Path server = xvfb().orElseThrow(() -> new IOException(unavailable().orElse("Xvfb not found")));
        Process process = new ProcessBuilder(server.toString(), "-displayfd", "1", "-screen", "0", SCREEN,
                "-nolisten", "tcp", "-terminate").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> number = CompletableFuture.supplyAsync(() -> firstLine(process));
        try {
            String line = number.get(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null || !line.strip().matches("\\d+")) {
                throw new IOException("Xvfb did not report a display number (it wrote " + line + ")");
            }
            return new PrivateDisplay(process, ":" + line.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while Xvfb started", e);
        } catch (ExecutionException | TimeoutException | IOException e) {
            process.destroyForcibly();
            throw e instanceof IOException io ? io : new IOException("Xvfb did not start within " + START_TIMEOUT.toSeconds() + " s", e);
        }
    }

    private static String firstLine(Process process) {
        try {
            return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        } catch (IOException e) {
            return null;
        }
    }

    /** The display name, e.g. {@code :3}. */
    public String display() {
        return display;
    }

    /** Stops the X server. */
    @Override
    public void close() {
        xvfb.destroy();
    }
}
