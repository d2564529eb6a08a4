package dev.chatlab.lab04.client;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * A part of the client: the random part of the reconnect delay. <b>What this part decides:</b> how long the
 * client waits before a reconnect attempt, given that attempt's ceiling {@code min(cap, base * 2^attempt)}
 * (from {@link Backoff}) and a random source. {@link #FULL} is chat/1's full jitter; without jitter, clients
 * that lost their connections together (a server restart) would all come back at the same instants.
 */
@FunctionalInterface
public interface Jitter {

    /** chat/1's full jitter: uniformly random in {@code [0, ceiling)}. */
    Jitter FULL = Jitter::full;

    /** The delay before an attempt whose ceiling is {@code ceiling} (positive), drawn from {@code random}. */
    Duration delay(Duration ceiling, RandomGenerator random);

    private static Duration full(Duration ceiling, RandomGenerator random) {
        // BEGIN SOLUTION: full jitter: a delay uniformly random below min(cap, base * 2^attempt)
        return Duration.ofNanos(random.nextLong(ceiling.toNanos()));
        // END SOLUTION
    }
}
