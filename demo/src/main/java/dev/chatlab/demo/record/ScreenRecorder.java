package dev.chatlab.demo.record;

import java.awt.Rectangle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Records an X display to an MP4 file with ffmpeg's {@code x11grab}: H.264 at 15 frames a second, the area
 * given, no mouse pointer. It writes to {@code NAME.part} while it runs, so that a file with the name asked
 * for only ever holds a whole, successful recording: {@link #keep()} renames it to that name,
 * {@link #discardAsFailed()} to {@code NAME-failed.mp4}, which is kept to see what went wrong.
 */
public final class ScreenRecorder {

    private static final int FRAMES_PER_SECOND = 15;
    private static final long START_SECONDS = 15;
    private static final long STOP_SECONDS = 30;

    private final Process ffmpeg;
    private final Path target;
    private final Path partial;
    private final StringBuilder errors = new StringBuilder(); // guarded by itself

    private ScreenRecorder(Process ffmpeg, Path target, Path partial) {
        this.ffmpeg = ffmpeg;
        this.target = target;
        this.partial = partial;
    }

    /**
     * Starts recording {@code area} of {@code display} (e.g. {@code :3}) and waits until the first frame is
     * encoded.
     *
     * @throws IOException if ffmpeg does not start or encodes no frame within 15 s (its error lines say why)
     */
    public static ScreenRecorder start(Path ffmpegPath, String display, Rectangle area, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        List<String> command = List.of(ffmpegPath.toString(), "-hide_banner", "-loglevel", "error", "-nostats",
                "-progress", "pipe:1", "-y", "-f", "x11grab", "-draw_mouse", "0", "-framerate", Integer.toString(FRAMES_PER_SECOND),
                "-video_size", area.width + "x" + area.height, "-i", display + "+" + area.x + "," + area.y,
                "-c:v", "libx264", "-preset", "veryfast", "-crf", "30", "-pix_fmt", "yuv420p", "-movflags", "+faststart",
                "-f", "mp4", partial.toString());
        ScreenRecorder recorder = new ScreenRecorder(new ProcessBuilder(command).start(), target, partial);
        CountDownLatch firstFrame = new CountDownLatch(1);
        recorder.read(recorder.ffmpeg.getInputStream(), line -> {
            if (line.startsWith("frame=") && !line.equals("frame=0")) {
                firstFrame.countDown();
            }
        });
        recorder.read(recorder.ffmpeg.getErrorStream(), line -> {
            synchronized (recorder.errors) {
                recorder.errors.append(line).append('\n');
            }
        });
        try {
            if (!firstFrame.await(START_SECONDS, TimeUnit.SECONDS)) {
                recorder.ffmpeg.destroyForcibly();
                throw new IOException("ffmpeg recorded no frame of " + display + " within " + START_SECONDS + " s: " + recorder.errors());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recorder.ffmpeg.destroyForcibly();
            throw new IOException("interrupted while ffmpeg started", e);
        }
        return recorder;
    }

    private void read(java.io.InputStream stream, java.util.function.Consumer<String> lines) {
        Thread.ofPlatform().daemon().name("ffmpeg output").start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // ffmpeg ended
            }
        });
    }

    /** Stops the recording (ffmpeg's own {@code q}, so that the file is finished) and waits for ffmpeg. */
    private void stop() throws IOException {
        try (OutputStream keys = ffmpeg.getOutputStream()) {
            keys.write('q');
        } catch (IOException e) {
            // ffmpeg has gone already: its exit status below says how
        }
        try {
            if (!ffmpeg.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                ffmpeg.destroyForcibly();
                throw new IOException("ffmpeg did not finish the file within " + STOP_SECONDS + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ffmpeg.destroyForcibly();
            throw new IOException("interrupted while ffmpeg finished the file", e);
        }
        if (ffmpeg.exitValue() != 0) {
            throw new IOException("ffmpeg failed (exit " + ffmpeg.exitValue() + "): " + errors());
        }
    }

    /** Stops and renames the finished file to the name asked for; returns it. */
    public Path keep() throws IOException {
        stop();
        return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Stops and renames what was recorded to {@code NAME-failed.mp4}; returns it, or null if nothing was written. */
    public Path discardAsFailed() {
        try {
            stop();
        } catch (IOException e) {
            // the recording failed too: keep what there is
        }
        String name = target.getFileName().toString();
        Path failed = target.resolveSibling((name.endsWith(".mp4") ? name.substring(0, name.length() - 4) : name) + "-failed.mp4");
        try {
            return Files.exists(partial) ? Files.move(partial, failed, StandardCopyOption.REPLACE_EXISTING) : null;
        } catch (IOException e) {
            return partial;
        }
    }

    private String errors() {
        synchronized (errors) {
            return errors.toString().strip();
        }
    }
}
