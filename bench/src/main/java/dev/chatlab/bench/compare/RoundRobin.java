package dev.chatlab.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The order of a comparison's runs: every server once per round, rounds one after the other (A B A B). */
public final class RoundRobin {

    private RoundRobin() {
    }

    /** One planned run: the server's position in the comparison and the round, both from 1. */
    public record Slot(int server, int round) {
    }

    /**
     * The runs for {@code servers} servers over {@code rounds} rounds.
     *
     * @throws IllegalArgumentException if fewer than 2 servers or 2 rounds are asked for
     */
    public static List<Slot> plan(int servers, int rounds) {
        if (servers < 2) {
            throw new IllegalArgumentException("--compare needs at least 2 servers: " + servers);
        }
        if (rounds < 2) {
            throw new IllegalArgumentException("--rounds must be at least 2 (the servers alternate A B A B): "
                    + rounds);
        }
        List<Slot> slots = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            for (int server = 1; server <= servers; server++) {
                slots.add(new Slot(server, round));
            }
        }
        return List.copyOf(slots);
    }

    /** The labels in run order, for checking a plan: {@code [a, b, a, b]}. */
    public static List<String> labels(List<Slot> plan, List<String> servers) {
        Objects.requireNonNull(servers, "servers");
        return plan.stream().map(slot -> servers.get(slot.server() - 1)).toList();
    }
}
