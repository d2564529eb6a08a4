package dev.chatlab.demo.record;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where ffmpeg and ffprobe are: the first executable of that name on {@code PATH} (Debian's package installs
 * both in {@code /usr/bin}).
 */
public final class FfmpegTools {

    private FfmpegTools() {
    }

    /** The executable {@code name} on {@code PATH}, or empty. */
    public static Optional<Path> find(String name) {
        String path = System.getenv("PATH");
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isBlank()) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
