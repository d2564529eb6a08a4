package dev.chatlab.bench.scenario;

import dev.chatlab.bench.network.NetworkPreset;
import java.time.Duration;
import java.util.Objects;

/**
 * One load scenario. {@code clients} connect and say hello with distinct nicks and stay; the first
 * {@code senders} of them say messages, {@code rate} messages per second in total (0: as fast as the server
 * takes them, each sender keeping at most {@code window} messages sent but not yet seen back). Sending lasts
 * {@code warmup + duration}; only the {@code duration} after the warm-up is measured. Every client connects
 * over {@code network}.
 *
 * @param messageSize the length of every text, in ASCII characters (it carries the send time)
 * @param network     what stands between the clients and the server ({@link NetworkPreset#NONE}: nothing)
 */
public record Scenario(String name, int clients, int senders, int rate, Duration duration, Duration warmup,
                       int messageSize, int window, NetworkPreset network) {

    /** The shortest text that holds a message's sequence number, sender and send time. */
    public static final int MIN_MESSAGE_SIZE = 48;
    /** The longest text chat/1 accepts, in code points. */
    public static final int MAX_MESSAGE_SIZE = 2000;
    /** The most clients a run opens: nicks are a 4-letter prefix and the client's number, within 16 chars. */
    public static final int MAX_CLIENTS = 1_000_000;

    /** @throws IllegalArgumentException with the rule broken, in the words of the command line */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(network, "network");
        require(clients >= 1 && clients <= MAX_CLIENTS, "--clients must be 1 to " + MAX_CLIENTS + ": " + clients);
        require(senders >= 1, "--senders must be at least 1: " + senders);
        require(senders <= clients, "--senders (" + senders + ") must not exceed --clients (" + clients + ")");
        require(rate >= 0, "--rate must be 0 (as fast as the server takes them) or more: " + rate);
        require(!duration.isNegative() && !duration.isZero(), "--duration must be positive: " + duration);
        require(!warmup.isNegative(), "--warmup must not be negative: " + warmup);
        require(messageSize >= MIN_MESSAGE_SIZE && messageSize <= MAX_MESSAGE_SIZE,
                "--message-size must be " + MIN_MESSAGE_SIZE + " to " + MAX_MESSAGE_SIZE + ": " + messageSize);
        require(window >= 1, "--window must be at least 1: " + window);
    }

    /** A scenario with direct connections to the server ({@link NetworkPreset#NONE}). */
    public Scenario(String name, int clients, int senders, int rate, Duration duration, Duration warmup,
                    int messageSize, int window) {
        this(name, clients, senders, rate, duration, warmup, messageSize, window, NetworkPreset.NONE);
    }

    /** This scenario at another offered rate (one point of a sweep). */
    public Scenario withRate(int newRate) {
        return new Scenario(name, clients, senders, newRate, duration, warmup, messageSize, window, network);
    }

    /** "as fast as possible" for rate 0, else "2000 msgs/s". */
    public String rateLabel() {
        return rate == 0 ? "max" : rate + " msgs/s";
    }

    private static void require(boolean rule, String message) {
        if (!rule) {
            throw new IllegalArgumentException(message);
        }
    }
}
