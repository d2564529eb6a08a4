package dev.chatlab.grader.guidriver;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.SwingUtilities;

/**
 * Measures how responsive the EDT is: a thread of its own posts a tiny task to the EDT every 20 ms (one at a
 * time) and notes how long each waited before it ran; {@link #stop()} returns the longest wait, counting a task
 * still waiting at that moment. A window whose EDT waits for the network, or handles 1000 rows one layout at a
 * time, shows here as a wait of seconds.
 */
final class EdtLatencyProbe {

    private static final long PERIOD_MILLIS = 20;

    private final AtomicLong longestNanos = new AtomicLong();
    private final AtomicLong waitingSince = new AtomicLong(); // 0: no task waiting
    private volatile boolean running = true;
    private final Thread thread;

    private EdtLatencyProbe() {
        thread = Thread.ofPlatform().daemon().name("driver edt probe").start(this::probe);
    }

    static EdtLatencyProbe start() {
        return new EdtLatencyProbe();
    }

    private void probe() {
        try {
            while (running) {
                if (waitingSince.get() == 0) {
                    long posted = System.nanoTime();
                    waitingSince.set(posted);
                    SwingUtilities.invokeLater(() -> {
                        longestNanos.accumulateAndGet(System.nanoTime() - posted, Math::max);
                        waitingSince.set(0);
                    });
                }
                TimeUnit.MILLISECONDS.sleep(PERIOD_MILLIS); // the sampling period, not a synchronisation
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops probing; returns the longest wait in milliseconds, without waiting for the EDT. */
    long stop() {
        running = false;
        thread.interrupt();
        long waiting = waitingSince.get();
        long stillWaiting = waiting == 0 ? 0 : System.nanoTime() - waiting;
        return TimeUnit.NANOSECONDS.toMillis(Math.max(longestNanos.get(), stillWaiting));
    }
}
