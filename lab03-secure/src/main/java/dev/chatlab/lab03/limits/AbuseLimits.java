package dev.chatlab.lab03.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * The numbers behind lab03's abuse limits, one record so that a test can shorten a deadline without touching
 * the others. {@link #CONTRACT} holds the values the protocol names; the server command uses them, with
 * {@code --max-connections}, {@code --message-rate} and {@code --message-burst} as its options.
 *
 * @param maxConnections       connections open at once, handshaking ones included; the next is closed at once
 * @param handshakeDeadline    time from accept to a finished TLS handshake, else the connection closes
 * @param helloDeadline        time from accept to a successful hello, else the connection closes
 * @param messagesPerSecond    the token bucket's refill rate for say and whisper
 * @param messageBurst         the token bucket's size (it starts full)
 * @param maxConsecutiveErrors error replies in a row (RATE_LIMITED aside) after which the connection closes
 */
public record AbuseLimits(int maxConnections, Duration handshakeDeadline, Duration helloDeadline,
                          double messagesPerSecond, int messageBurst, int maxConsecutiveErrors) {

    /** The default of {@code --max-connections}. */
    public static final int DEFAULT_MAX_CONNECTIONS = 1000;

    /** The protocol's limits: 1000 connections, handshake in 10 s, hello in 30 s, 10/s burst 20, 10 errors. */
    public static final AbuseLimits CONTRACT = new AbuseLimits(DEFAULT_MAX_CONNECTIONS, Duration.ofSeconds(10),
            Duration.ofSeconds(30), TokenBucket.DEFAULT_RATE_PER_SECOND, TokenBucket.DEFAULT_BURST, 10);

    /** Checks every limit, naming the first that is out of range, e.g. {@code Max connections must be at least 1: 0}. */
    public AbuseLimits {
        Objects.requireNonNull(handshakeDeadline, "handshakeDeadline");
        Objects.requireNonNull(helloDeadline, "helloDeadline");
        if (maxConnections < 1) {
            throw new IllegalArgumentException("Max connections must be at least 1: " + maxConnections);
        }
        if (handshakeDeadline.isNegative() || handshakeDeadline.isZero()) {
            throw new IllegalArgumentException("Handshake deadline must be positive: " + handshakeDeadline);
        }
        if (helloDeadline.isNegative() || helloDeadline.isZero()) {
            throw new IllegalArgumentException("Hello deadline must be positive: " + helloDeadline);
        }
        if (maxConsecutiveErrors < 1) {
            throw new IllegalArgumentException("Max consecutive errors must be at least 1: " + maxConsecutiveErrors);
        }
        new TokenBucket(messagesPerSecond, messageBurst, () -> 0); // checks the rate and the burst
    }

    /** These limits with {@code maxConnections} instead. */
    public AbuseLimits withMaxConnections(int maxConnections) {
        return new AbuseLimits(maxConnections, handshakeDeadline, helloDeadline, messagesPerSecond, messageBurst,
                maxConsecutiveErrors);
    }

    /** These limits with a token bucket of {@code messageBurst} tokens that gains {@code messagesPerSecond} a second. */
    public AbuseLimits withMessageRate(double messagesPerSecond, int messageBurst) {
        return new AbuseLimits(maxConnections, handshakeDeadline, helloDeadline, messagesPerSecond, messageBurst,
                maxConsecutiveErrors);
    }

    /** These limits with other deadlines, both measured from accept. */
    public AbuseLimits withDeadlines(Duration handshakeDeadline, Duration helloDeadline) {
        return new AbuseLimits(maxConnections, handshakeDeadline, helloDeadline, messagesPerSecond, messageBurst,
                maxConsecutiveErrors);
    }

    /** A full token bucket with these limits' rate and burst, on {@link System#nanoTime()}. */
    public TokenBucket newBucket() {
        return new TokenBucket(messagesPerSecond, messageBurst, System::nanoTime);
    }
}
