package dev.chatlab.lab05.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;

/**
 * Measures how long the EDT makes new work wait: every {@code periodMillis} a background thread posts a task
 * with {@code invokeLater} and the task records how late it ran. A keystroke or a repaint waits the same way,
 * so the largest delay is how long the window was frozen at worst. Thread-safe.
 */
public final class EdtProbe implements AutoCloseable {

    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("edt probe").factory());
    private final List<Long> delaysNanos = Collections.synchronizedList(new ArrayList<>());

    /** Starts probing at once. */
    public EdtProbe(long periodMillis) {
        timer.scheduleAtFixedRate(() -> {
            long posted = System.nanoTime();
            SwingUtilities.invokeLater(() -> delaysNanos.add(System.nanoTime() - posted));
        }, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** The delays measured so far, in milliseconds, sorted. */
    public List<Double> sortedMillis() {
        synchronized (delaysNanos) {
            return delaysNanos.stream().sorted().map(nanos -> nanos / 1e6).toList();
        }
    }

    /** The {@code q} quantile (0..1) of {@code sorted}, e.g. 0.99. */
    public static double quantile(List<Double> sorted, double q) {
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("No delay was measured");
        }
        return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
