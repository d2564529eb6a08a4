package dev.chatlab.bench.network;

import dev.chatlab.relay.Relay;
import dev.chatlab.relay.fault.Direction;
import dev.chatlab.relay.link.RelayLink;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;

/**
 * Plays {@link RetransmissionStalls} on a relay: one platform thread that, every
 * {@link RetransmissionStalls#TICK}, draws for each direction of each open link whether it starts a stall,
 * and if so stalls it through the relay's faults (so each stall is also in the relay's event log). Runs until
 * {@link #close()}, which the relay calls when it closes.
 */
final class StallScheduler implements AutoCloseable {

    private static final Duration STOP_WAIT = Duration.ofSeconds(1);

    private final Relay relay;
    private final RetransmissionStalls stalls;
    private final RandomGenerator random;
    private final AtomicLong started = new AtomicLong();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("bench-net-stalls").daemon().factory());

    /** A scheduler that draws from {@code random}; nothing happens until {@link #start()}. */
    StallScheduler(Relay relay, RetransmissionStalls stalls, RandomGenerator random) {
        this.relay = Objects.requireNonNull(relay, "relay");
        this.stalls = Objects.requireNonNull(stalls, "stalls");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Starts ticking; the relay stops the scheduler when it closes. */
    void start() {
        long tick = RetransmissionStalls.TICK.toNanos();
        ticker.scheduleAtFixedRate(() -> {
            try {
                tick();
            } catch (RuntimeException e) { // a failed tick would silently end the schedule: say so loudly
                relay.events().notice("BUG in the stall scheduler: " + e);
                e.printStackTrace(System.err);
            }
        }, tick, tick, TimeUnit.NANOSECONDS);
        relay.closeWith(this);
    }

    /** One round of draws over every open link; returns the stalls it started. Called on the ticker thread. */
    int tick() {
        int count = 0;
        for (RelayLink link : relay.links().open()) {
            for (Direction direction : Direction.values()) {
                if (random.nextDouble() < stalls.chancePerTick()) {
                    long low = stalls.shortest().toNanos();
                    Duration length = Duration.ofNanos(low + random.nextLong(stalls.longest().toNanos() - low + 1));
                    if (relay.faults().stall(link.id(), Set.of(direction), length)) {
                        count++;
                    }
                }
            }
        }
        started.addAndGet(count);
        return count;
    }

    /** The stalls started so far. */
    long started() {
        return started.get();
    }

    /** Stops the ticker; waits at most a second for a tick under way. Idempotent. */
    @Override
    public void close() {
        ticker.shutdownNow();
        try {
            ticker.awaitTermination(STOP_WAIT.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
