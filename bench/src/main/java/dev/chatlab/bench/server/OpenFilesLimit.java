package dev.chatlab.bench.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The open-files limit (ulimit -n) of this process, read from {@code /proc/self/limits}. A JVM cannot raise
 * its own limit, so a scenario that needs more sockets than allowed is refused with the command that
 * raises it; {@code ./chatlab bench} raises the soft limit to the hard one before starting the JVM.
 */
public final class OpenFilesLimit {

    /** Descriptors the generator needs besides one per client: jars, selectors, pipes, the JDK's own. */
    public static final int SPARE = 100;

    private OpenFilesLimit() {
    }

    /** The soft and hard limits, or empty where {@code /proc/self/limits} does not exist. */
    public static Optional<long[]> current() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
                if (line.startsWith("Max open files")) {
                    String[] fields = line.substring("Max open files".length()).trim().split("\\s+");
                    return Optional.of(new long[] {parse(fields[0]), parse(fields[1])});
                }
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Why {@code clients} connections cannot be opened under the current limit, or empty when they can (or
     * when the limit cannot be read, which {@link #unknownNote(int)} then explains).
     */
    public static Optional<String> problemFor(int clients) {
        long needed = (long) clients + SPARE;
        return current().filter(limits -> limits[0] < needed).map(limits -> "a scenario with " + clients
                + " clients needs about " + needed + " open files, but this process may open only " + limits[0]
                + "; run `ulimit -n " + needed + "` first"
                + (limits[1] < needed ? " (the hard limit is " + limits[1] + ": raise it as root, e.g. in "
                + "/etc/security/limits.conf)" : " (./chatlab bench does this itself up to the hard limit, "
                + limits[1] + ")"));
    }

    /** The advice to print where the limit cannot be read. */
    public static String unknownNote(int clients) {
        return "note: cannot read the open-files limit here; " + clients + " clients need `ulimit -n "
                + (clients + SPARE) + "` or more";
    }

    private static long parse(String value) {
        return "unlimited".equals(value) ? Long.MAX_VALUE : Long.parseLong(value);
    }
}
