package dev.chatlab.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * CPU time and peak memory of a process and all its descendants, read from Linux's {@code /proc}:
 * utime+stime of {@code /proc/PID/stat} (in clock ticks, 100 per second on Linux) and VmHWM of
 * {@code /proc/PID/status}. Where {@code /proc} is missing (macOS, say) the answers are null: unavailable,
 * not zero.
 */
public final class ProcessTreeMetrics {

    /** USER_HZ: the unit of utime and stime, fixed at 100 by the Linux ABI. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcessTreeMetrics() {
    }

    /** The CPU seconds the tree of {@code root} has used so far, or null if {@code /proc} cannot tell. */
    public static Double cpuSeconds(ProcessHandle root) {
        long ticks = 0;
        for (ProcessHandle process : tree(root)) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
                // Fields after the command name (in parentheses, which may hold spaces): state is field 3.
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException e) {
                if (process.equals(root)) {
                    return null;
                }
            }
        }
        return ticks / TICKS_PER_SECOND;
    }

    /** The peak resident memory (VmHWM) of the tree of {@code root} summed, in bytes, or null. */
    public static Long peakRssBytes(ProcessHandle root) {
        long kib = 0;
        for (ProcessHandle process : tree(root)) {
            try {
                List<String> lines = Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"));
                for (String line : lines) {
                    if (line.startsWith("VmHWM:")) {
                        kib += Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | RuntimeException e) {
                if (process.equals(root)) {
                    return null;
                }
            }
        }
        return kib * 1024;
    }

    private static List<ProcessHandle> tree(ProcessHandle root) {
        return Stream.concat(Stream.of(root), root.descendants()).toList();
    }
}
