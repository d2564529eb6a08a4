package dev.chatlab.lab04.client;

import dev.chatlab.lab03.limits.TokenBucket;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

/**
 * The numbers and sources of a {@link ReconnectingClient}, one record so that a test can inject a seeded
 * random generator or a shorter timeout.
 *
 * @param backoff          the reconnect delays (full jitter)
 * @param outboxCapacity   says and whispers that may wait unacknowledged; one more is refused
 * @param answerTimeout    for connect and TLS, then again for the answer to hello or resume
 * @param closeTimeout     after bye, how long to wait for the server to close
 * @param sendRate         says and whispers per second the client sends at most: the server's token bucket
 * @param sendBurst        the burst of that rate
 * @param nanoClock        the time for the heartbeat check and the send rate ({@link System#nanoTime()})
 */
public record ClientSettings(Backoff backoff, int outboxCapacity, Duration answerTimeout, Duration closeTimeout,
                             double sendRate, int sendBurst, LongSupplier nanoClock) {

    public ClientSettings {
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(answerTimeout, "answerTimeout");
        Objects.requireNonNull(closeTimeout, "closeTimeout");
        Objects.requireNonNull(nanoClock, "nanoClock");
        if (outboxCapacity < 1) {
            throw new IllegalArgumentException("Outbox capacity must be at least 1: " + outboxCapacity);
        }
        new TokenBucket(sendRate, sendBurst, nanoClock); // checks the rate and the burst
    }

    /**
     * The contract's client: backoff from 250 ms to 8 s on {@code random}, 100 frames in the outbox, 10 s to
     * connect and to be answered, 5 s for the close after bye, and lab03's message rate (10/s, burst 20).
     */
    public static ClientSettings contract(RandomGenerator random) {
        return new ClientSettings(Backoff.contract(random), Outbox.CAPACITY, Duration.ofSeconds(10),
                Duration.ofSeconds(5), TokenBucket.DEFAULT_RATE_PER_SECOND, TokenBucket.DEFAULT_BURST, System::nanoTime);
    }

    /** These settings with another backoff. */
    public ClientSettings withBackoff(Backoff backoff) {
        return new ClientSettings(backoff, outboxCapacity, answerTimeout, closeTimeout, sendRate, sendBurst, nanoClock);
    }

    /** These settings with another outbox capacity. */
    public ClientSettings withOutboxCapacity(int capacity) {
        return new ClientSettings(backoff, capacity, answerTimeout, closeTimeout, sendRate, sendBurst, nanoClock);
    }

    /** A new token bucket for one connection's says and whispers. */
    TokenBucket newBucket() {
        return new TokenBucket(sendRate, sendBurst, nanoClock);
    }
}
