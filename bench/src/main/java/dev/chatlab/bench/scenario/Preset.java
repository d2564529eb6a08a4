package dev.chatlab.bench.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The named scenarios: clients, senders and offered rate (0 = as fast as the server takes them). Command
 * line flags override any of them.
 */
public enum Preset {
    /** Few clients, many messages: the broadcast path at full speed. */
    FANOUT(100, 10, 0),
    /** A realistic room at a steady 200k deliveries/s: latency under a load the server can carry. */
    LATENCY(1000, 10, 200),
    /** Many clients, few senders: 500k deliveries/s spread thin. */
    CROWD(5000, 5, 100),
    /** Ten times what a reference server carries: who is dropped as slow, how latency grows. */
    OVERLOAD(1000, 10, 2000),
    /** Ten thousand idle connections and a trickle of messages: the cost of holding connections. */
    CONNECTIONS(10_000, 5, 20);

    private final int clients;
    private final int senders;
    private final int rate;

    Preset(int clients, int senders, int rate) {
        this.clients = clients;
        this.senders = senders;
        this.rate = rate;
    }

    public int clients() {
        return clients;
    }

    public int senders() {
        return senders;
    }

    public int rate() {
        return rate;
    }

    /** The preset's name as typed on the command line: {@code fanout}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The preset called {@code name} (as typed: {@code fanout}).
     *
     * @throws IllegalArgumentException naming the known presets, if there is none by that name
     */
    public static Preset named(String name) {
        for (Preset preset : values()) {
            if (preset.label().equals(name)) {
                return preset;
            }
        }
        throw new IllegalArgumentException("Unknown preset: " + name + " (known: " + known() + ")");
    }

    /** "fanout, latency, crowd, overload, connections". */
    public static String known() {
        return Arrays.stream(values()).map(Preset::label).collect(Collectors.joining(", "));
    }
}
