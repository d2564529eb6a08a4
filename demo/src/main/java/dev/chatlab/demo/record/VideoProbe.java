package dev.chatlab.demo.record;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What ffprobe says about a video file, and single frames cut out of it with ffmpeg: how the demo reports
 * what it recorded, and how its test checks the file.
 *
 * @param seconds the duration
 * @param width   the first video stream's frame width
 * @param height  its frame height
 * @param bytes   the file's size
 */
public record VideoProbe(double seconds, int width, int height, long bytes) {

    /**
     * Probes {@code video} with {@code ffprobe}.
     *
     * @throws IOException if ffprobe fails or reports no video stream
     */
    public static VideoProbe of(Path ffprobe, Path video) throws IOException {
        String out = run(List.of(ffprobe.toString(), "-v", "error", "-select_streams", "v:0", "-show_entries",
                "format=duration:stream=width,height", "-of", "default=noprint_wrappers=1", video.toString()));
        Map<String, String> fields = new HashMap<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            }
        }
        if (!fields.containsKey("width") || !fields.containsKey("duration")) {
            throw new IOException("ffprobe found no video stream in " + video + ": " + out);
        }
        return new VideoProbe(Double.parseDouble(fields.get("duration")), Integer.parseInt(fields.get("width")),
                Integer.parseInt(fields.get("height")), Files.size(video));
    }

    /** Writes the frame at {@code seconds} of {@code video} to {@code png}. */
    public static void frame(Path ffmpeg, Path video, double seconds, Path png) throws IOException {
        run(List.of(ffmpeg.toString(), "-v", "error", "-y", "-ss", Double.toString(seconds), "-i", video.toString(),
                "-frames:v", "1", png.toString()));
    }

    /** {@code 83.4 s, 1280x720, 4.2 MB}. */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%.1f s, %dx%d, %.1f MB", seconds, width, height, bytes / 1e6);
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(command.getFirst() + " failed: " + new String(out, StandardCharsets.UTF_8).strip());
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while " + command.getFirst() + " ran", e);
        }
    }
}
