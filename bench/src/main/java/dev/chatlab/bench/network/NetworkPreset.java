package dev.chatlab.bench.network;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The networks a run can put between its clients and the server ({@code --net}). Every preset but
 * {@link #NONE} routes each client connection through a relay that delays every chunk by the one-way latency
 * plus a uniform share of the jitter (order kept), in each direction, and paces each direction of each
 * connection to the bandwidth. A message from one client to another crosses the network twice (up to the
 * server, down to the receiver), so every latency a run measures includes at least {@link #roundTrip()}.
 */
public enum NetworkPreset {
    /** No relay: clients connect to the server directly, over loopback. */
    NONE(Duration.ZERO, Duration.ZERO, 0, null),
    /** A switched gigabit LAN: a quarter of a millisecond each way. */
    LAN(Duration.ofNanos(250_000), Duration.ofNanos(100_000), 125_000_000, null),
    /** A home Wi-Fi to a nearby server: 5 ms each way, as much again of jitter, 25 Mbit/s. */
    WIFI(Duration.ofMillis(5), Duration.ofMillis(5), 3_125_000, null),
    /** A 4G phone: 40 ms each way, up to 20 ms of jitter, 10 Mbit/s. */
    MOBILE(Duration.ofMillis(40), Duration.ofMillis(20), 1_250_000, null),
    /** A congested path that loses packets: 25 ms each way, 5 Mbit/s, and retransmission stalls. */
    LOSSY(Duration.ofMillis(25), Duration.ofMillis(10), 625_000,
            new RetransmissionStalls(Duration.ofSeconds(5), Duration.ofMillis(200), Duration.ofMillis(400)));

    private final Duration oneWayLatency;
    private final Duration jitter;
    private final long bytesPerSecond;
    private final RetransmissionStalls stalls;

    NetworkPreset(Duration oneWayLatency, Duration jitter, long bytesPerSecond, RetransmissionStalls stalls) {
        this.oneWayLatency = oneWayLatency;
        this.jitter = jitter;
        this.bytesPerSecond = bytesPerSecond;
        this.stalls = stalls;
    }

    /** The delay every chunk gets in each direction, before jitter. */
    public Duration oneWayLatency() {
        return oneWayLatency;
    }

    /** The most extra delay a chunk gets: a uniform draw from 0 to this, never reordering. */
    public Duration jitter() {
        return jitter;
    }

    /** Bytes per second of each direction of each connection; 0 for {@link #NONE}. */
    public long bytesPerSecond() {
        return bytesPerSecond;
    }

    /** The stalls that stand for lost packets, or null when the preset loses nothing. */
    public RetransmissionStalls stalls() {
        return stalls;
    }

    /** The least time a message takes from one client through the server to another: two one-way latencies. */
    public Duration roundTrip() {
        return oneWayLatency.multipliedBy(2);
    }

    /** False for {@link #NONE}: no relay, direct connections. */
    public boolean relayed() {
        return this != NONE;
    }

    /** The name as typed after {@code --net}: {@code mobile}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * {@code mobile: 40 ms one way + up to 20 ms jitter, 1,250,000 B/s per connection and direction}, or
     * {@code none: direct connections}.
     */
    public String describe() {
        if (!relayed()) {
            return label() + ": direct connections";
        }
        return label() + ": " + millis(oneWayLatency) + " ms one way + up to " + millis(jitter) + " ms jitter, "
                + String.format(Locale.ROOT, "%,d", bytesPerSecond) + " B/s per connection and direction"
                + (stalls == null ? "" : ", " + stalls.describe());
    }

    /**
     * The preset called {@code name} (as typed: {@code mobile}).
     *
     * @throws IllegalArgumentException naming the known presets, if there is none by that name
     */
    public static NetworkPreset named(String name) {
        return Arrays.stream(values()).filter(preset -> preset.label().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown network: " + name + " (known: "
                        + Arrays.stream(values()).map(NetworkPreset::label).collect(Collectors.joining(", ")) + ")"));
    }

    /** A duration in milliseconds as short as it can be written: {@code 40}, {@code 0.25}. */
    static String millis(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos(), 6).stripTrailingZeros().toPlainString();
    }
}
