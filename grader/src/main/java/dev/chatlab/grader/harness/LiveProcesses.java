package dev.chatlab.grader.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Every process the grader has started and not yet stopped: the servers and clients under test, and the
 * builds of submissions. When the grader is interrupted (Ctrl-C, SIGTERM), {@link #stopAll} kills each of them
 * with every process it started, so that no process of the grading outlives the grader; from then on, a
 * process registered is killed at once. One registry per JVM, like the shutdown hook that uses it.
 */
public final class LiveProcesses {

    /** The live processes, oldest first, each with what it is ("server", "the build of lab01-echo"). */
    private static final Map<Process, String> LIVE = new LinkedHashMap<>();
    private static boolean stopping; // guarded by LIVE

    private LiveProcesses() {
    }

    /**
     * Records {@code process} as live until {@link #unregister}. Once {@link #stopAll} has begun, kills it
     * instead and throws {@link IllegalStateException}: a grading being interrupted starts nothing new.
     */
    public static void register(Process process, String label) {
        Objects.requireNonNull(process, "process");
        Objects.requireNonNull(label, "label");
        synchronized (LIVE) {
            if (!stopping) {
                LIVE.put(process, label);
                return;
            }
        }
        killTree(process.toHandle());
        throw new IllegalStateException("The grader is stopping, so the " + label + " was killed as it started");
    }

    /** Forgets {@code process}, once it has been stopped. */
    public static void unregister(Process process) {
        synchronized (LIVE) {
            LIVE.remove(process);
        }
    }

    /**
     * Kills {@code process} and every process it started, as they are now: the descendants are listed first,
     * since a child whose parent has died is no longer found under it. Does not wait; returns the processes
     * killed, {@code process} first.
     */
    public static List<ProcessHandle> killTree(ProcessHandle process) {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process);
        tree.addAll(process.descendants().toList());
        tree.forEach(ProcessHandle::destroyForcibly);
        return tree;
    }

    /**
     * Kills every live process with its descendants, waits at most {@code grace} for them all to end, and
     * refuses every process registered afterwards. Returns what was stopped, one entry per live process:
     * "server (pid 4242, and 2 processes it started)".
     */
    public static List<String> stopAll(Duration grace) {
        Map<Process, String> live;
        synchronized (LIVE) {
            stopping = true;
            live = new LinkedHashMap<>(LIVE);
            LIVE.clear();
        }
        List<String> stopped = new ArrayList<>();
        List<ProcessHandle> killed = new ArrayList<>();
        live.forEach((process, label) -> {
            List<ProcessHandle> tree = killTree(process.toHandle());
            killed.addAll(tree);
            int started = tree.size() - 1;
            stopped.add(label + " (pid " + process.pid() + (started == 0 ? ")" : ", and " + started
                    + (started == 1 ? " process" : " processes") + " it started)"));
        });
        long deadline = System.nanoTime() + grace.toNanos();
        for (ProcessHandle each : killed) {
            try {
                each.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException stillDying) {
                // SIGKILL cannot be refused; the kernel ends it on its own time.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return stopped;
    }
}
