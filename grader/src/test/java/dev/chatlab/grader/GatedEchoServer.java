package dev.chatlab.grader;

import dev.chatlab.lab01.Lab01;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * lab01's reference server behind a gate, for proving that the grader prints each check's line as the check
 * ends. Run as {@code GatedEchoServer FOLDER server --port 0}: the test writes into {@code FOLDER/seen} how
 * many check lines it has read from the grader's stdout. The n-th server started (one per check) waits, at most
 * 10 s, until the test has seen n-1 lines, appends the number it saw to {@code FOLDER/starts}, and serves.
 * A grader that held its lines back makes a server start with fewer lines seen than checks before it.
 */
public final class GatedEchoServer {

    private static final long GATE_NANOS = 10_000_000_000L;

    private GatedEchoServer() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        Path starts = folder.resolve("starts");
        int checksBefore = Files.exists(starts) ? Files.readAllLines(starts).size() : 0;
        long end = System.nanoTime() + GATE_NANOS;
        int seen = seen(folder);
        while (seen < checksBefore && System.nanoTime() < end) {
            Thread.sleep(20);
            seen = seen(folder);
        }
        Files.writeString(starts, seen + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
        Lab01.main(Arrays.copyOfRange(args, 1, args.length));
    }

    private static int seen(Path folder) throws Exception {
        Path seen = folder.resolve("seen");
        return Files.exists(seen) ? Integer.parseInt(Files.readString(seen).strip()) : 0;
    }
}
