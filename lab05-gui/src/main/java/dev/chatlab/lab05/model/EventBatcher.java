package dev.chatlab.lab05.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.swing.SwingUtilities;

/**
 * The one door from the network threads to Swing. Any thread {@link #post}s an event; the events are handed
 * to {@code sink} on the event dispatch thread (EDT) in batches: however many arrive, at most one
 * {@code invokeLater} is outstanding, and each EDT turn takes at most {@code maxBatch} of them, so that the
 * EDT paints and reads the keyboard between two batches even during a flood.
 *
 * <p>Thread-safe; {@code sink} runs on the EDT only, in posting order.
 */
public final class EventBatcher<E> {

    /** Events per EDT turn by default: a few milliseconds of work. */
    public static final int DEFAULT_MAX_BATCH = 250;

    private final Queue<E> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<List<E>> sink;
    private final int maxBatch;

    /** A batcher that hands at most {@code maxBatch} events at a time to {@code sink}, on the EDT. */
    public EventBatcher(Consumer<List<E>> sink, int maxBatch) {
        this.sink = Objects.requireNonNull(sink, "sink");
        if (maxBatch < 1) {
            throw new IllegalArgumentException("A batch holds at least 1 event: " + maxBatch);
        }
        this.maxBatch = maxBatch;
    }

    /** Queues {@code event} for the EDT. Never blocks, never touches Swing itself; callable from any thread. */
    public void post(E event) {
        Objects.requireNonNull(event, "event");
        // BEGIN SOLUTION: queue the event and schedule one drain on the EDT unless one is scheduled already
        queue.add(event);
        if (scheduled.compareAndSet(false, true)) {
            SwingUtilities.invokeLater(this::drain);
        }
        // END SOLUTION
    }

    /** On the EDT: hands the next batch to the sink, and schedules another turn if more are waiting. */
    private void drain() {
        scheduled.set(false); // from here on a new post schedules a new drain: nothing is left behind
        List<E> batch = new ArrayList<>(Math.min(maxBatch, 64));
        E event;
        while (batch.size() < maxBatch && (event = queue.poll()) != null) {
            batch.add(event);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
        if (!queue.isEmpty() && scheduled.compareAndSet(false, true)) {
            // The rest goes behind what was queued meanwhile: input, repaints, other tasks run first.
            SwingUtilities.invokeLater(this::drain);
        }
    }
}
