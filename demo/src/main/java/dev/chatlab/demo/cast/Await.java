package dev.chatlab.demo.cast;

import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Bounded waits for something the demo can only observe by looking (a row in a Swing list, a status text):
 * the condition is checked every {@link #POLL} until it holds or the time is up. Never an unbounded wait.
 */
public final class Await {

    /** How long a step may take on a busy machine before the demo calls it failed. */
    public static final Duration STEP = Duration.ofSeconds(15);
    /** How often a condition is checked. */
    public static final Duration POLL = Duration.ofMillis(50);

    private Await() {
    }

    /**
     * Blocks until {@code condition} holds, at most {@code timeout}.
     *
     * @throws StepFailedException naming {@code what} if it does not hold in time
     */
    public static void until(BooleanSupplier condition, Duration timeout, String what) throws StepFailedException {
        Objects.requireNonNull(condition, "condition");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new StepFailedException("timed out after " + seconds(timeout) + " waiting for " + what);
            }
            pause(POLL);
        }
    }

    /** {@link #until} with the {@link #STEP} timeout. */
    public static void until(BooleanSupplier condition, String what) throws StepFailedException {
        until(condition, STEP, what);
    }

    /**
     * Sleeps for {@code time}: presentation only (a hold so that a person can read the screen), never to let
     * something happen.
     */
    public static void pause(Duration time) throws StepFailedException {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StepFailedException("interrupted", e);
        }
    }

    /** {@code 15 s}, {@code 1.5 s}. */
    public static String seconds(Duration time) {
        double s = time.toMillis() / 1000.0;
        return (s == Math.rint(s) ? Long.toString((long) s) : Double.toString(s)) + " s";
    }
}
