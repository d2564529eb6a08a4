package dev.chatlab.relay.event;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The bounded record of a relay's events: the newest {@code capacity} events are kept, older ones are
 * dropped and counted. Every event also goes to the subscribed listeners, in the same order. Thread-safe.
 */
public final class EventLog {

    /** The events a relay keeps unless told otherwise. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final long startNanos = System.nanoTime();
    private final int capacity;
    private final PrintStream errors;
    private final ReentrantLock lock = new ReentrantLock(); // orders the log and the listeners alike
    private final Condition recorded = lock.newCondition();
    private final ArrayDeque<RelayEvent> events = new ArrayDeque<>();
    private final List<RelayListener> listeners = new CopyOnWriteArrayList<>();
    private long dropped; // guarded by lock

    /**
     * @param capacity the most events kept (at least 1)
     * @param errors where a failing listener is reported
     */
    public EventLog(int capacity, PrintStream errors) {
        if (capacity < 1) {
            throw new IllegalArgumentException("Event log capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    /** Time since this log was created, which is the relay's clock. */
    public Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    /** Adds a listener that hears every event from now on. */
    public void subscribe(RelayListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Records the event that {@code make} builds from the current time, and tells the listeners. */
    public RelayEvent record(Function<Duration, RelayEvent> make) {
        lock.lock();
        try {
            RelayEvent event = Objects.requireNonNull(make.apply(elapsed()), "event");
            if (events.size() == capacity) {
                events.removeFirst();
                dropped++;
            }
            events.addLast(event);
            recorded.signalAll();
            for (RelayListener listener : listeners) {
                try {
                    listener.onEvent(event);
                } catch (RuntimeException e) {
                    errors.println("relay: an event listener failed: " + e);
                }
            }
            return event;
        } finally {
            lock.unlock();
        }
    }

    /** Records a {@link RelayEvent.FaultApplied}. */
    public void fault(String fault) {
        record(at -> new RelayEvent.FaultApplied(at, fault));
    }

    /** Records a {@link RelayEvent.Notice}. */
    public void notice(String text) {
        record(at -> new RelayEvent.Notice(at, text));
    }

    /**
     * Blocks until an event that {@code test} accepts is in the log (one recorded earlier counts), or
     * {@code timeout} has passed.
     *
     * @return the first such event, or empty on timeout
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public Optional<RelayEvent> await(Predicate<RelayEvent> test, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (true) {
                Optional<RelayEvent> found = events.stream().filter(test).findFirst();
                long left = deadline - System.nanoTime();
                if (found.isPresent() || left <= 0) {
                    return found;
                }
                recorded.awaitNanos(left);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The events kept, oldest first. */
    public List<RelayEvent> events() {
        lock.lock();
        try {
            return List.copyOf(events);
        } finally {
            lock.unlock();
        }
    }

    /** How many old events were dropped to keep the bound. */
    public long dropped() {
        lock.lock();
        try {
            return dropped;
        } finally {
            lock.unlock();
        }
    }

    /** The kept events as transcript lines, after a first line that counts the dropped ones, if any. */
    public List<String> transcript() {
        lock.lock();
        try {
            List<String> lines = new ArrayList<>(events.size() + 1);
            if (dropped > 0) {
                lines.add("(" + dropped + " earlier events dropped)");
            }
            events.forEach(event -> lines.add(event.transcriptLine()));
            return lines;
        } finally {
            lock.unlock();
        }
    }
}
